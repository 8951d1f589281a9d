package org.reckon.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DateRange;
import org.reckon.model.Region;

/**
 * Dates an undated article from the strike it reports (data-contract §2.1): "Tuesday's strike ...
 * killed 11" in the Caribbean matches one strike of {@code strikes.tsv}, and the article appeared
 * in the six days after it. Used only when an article gives no date of its own; a strike that
 * cannot be told apart from another counts for nothing. The record never uses this list.
 */
final class KnownStrikes {
  record Strike(LocalDate date, Region region, int killed) {}

  private static final List<Strike> STRIKES = Lexicons.lines("strikes.tsv").stream()
      .map(line -> line.split("\t"))
      .map(f -> new Strike(LocalDate.parse(f[0]), Region.fromKey(f[1]), Integer.parseInt(f[3])))
      .toList();
  /** Each strike's running sum of the campaign's dead, strike by strike in list order. */
  private static final Map<Strike, Integer> RUNNING_TOLL = runningToll();
  private static final Pattern STRIKE_NEAR_WEEKDAY = Pattern.compile(
      "(?iu)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s) (?:\\p{L}+ )?(?:strike|attack)"
          + "|\\b(?:struck|hit|attacked|destroyed|strike|attack)\\b[^.]{0,80}?\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  private KnownStrikes() {}

  private static Map<Strike, Integer> runningToll() {
    Map<Strike, Integer> running = new java.util.HashMap<>();
    int sum = 0;
    for (Strike k : STRIKES) {
      sum += k.killed();
      running.put(k, sum);
    }
    return Map.copyOf(running);
  }

  /**
   * The days the article can have appeared on when it tells one strike of the list by its weekday
   * ("Tuesday's strike ... killed 11"): from the strike to six days after; null when it tells
   * none or cannot be told apart. Strikes that share weekday, toll and region are told apart by
   * the latest day the article names ({@code notBefore}: the strike is at most six days older)
   * and by its campaign toll ({@code toll}, read only when needed): the strike whose running sum
   * is nearest.
   */
  static @Nullable DateRange window(List<Sentence> sentences, @Nullable LocalDate notBefore,
      java.util.function.Supplier<@Nullable Integer> toll) {
    List<Strike> match = null;
    for (Sentence s : sentences) {
      if (!s.text().toLowerCase(Locale.ROOT).contains("day")) {
        continue; // every English weekday ends in "day": most sentences are skipped without the pattern
      }
      Matcher w = STRIKE_NEAR_WEEKDAY.matcher(s.text());
      if (!w.find()) {
        continue;
      }
      DayOfWeek day = DateResolver.weekday(w.group(1) != null ? w.group(1) : w.group(2));
      Integer killed = Tolls.killed(s.text());
      if (killed == null) {
        continue;
      }
      IncidentRules.RegionMatch r = IncidentRules.region(s.text());
      List<Strike> candidates = new ArrayList<>();
      for (Strike k : STRIKES) {
        if (k.date().getDayOfWeek() == day && k.killed() == killed && (r == null || r.region().compatibleWith(k.region()))
            && (notBefore == null || !k.date().isBefore(notBefore.minusDays(6)))) {
          candidates.add(k);
        }
      }
      if (match != null) {
        candidates.retainAll(match);
      }
      match = candidates;
    }
    if (match == null || match.isEmpty()) {
      return null;
    }
    Strike strike = match.size() == 1 ? match.get(0) : nearestByToll(match, toll.get()); // the toll only when needed
    return strike == null ? null : new DateRange(strike.date(), strike.date().plusDays(6));
  }

  /** The candidate whose running campaign toll is nearest {@code toll}, if one is clearly nearest. */
  private static @Nullable Strike nearestByToll(List<Strike> candidates, @Nullable Integer toll) {
    if (toll == null) {
      return null; // ambiguous: no inference rather than a guess
    }
    Strike best = null;
    int bestDistance = Integer.MAX_VALUE;
    int secondDistance = Integer.MAX_VALUE;
    for (Strike k : candidates) {
      int distance = Math.abs(RUNNING_TOLL.get(k) - toll);
      if (distance < bestDistance) {
        secondDistance = bestDistance;
        bestDistance = distance;
        best = k;
      } else if (distance < secondDistance) {
        secondDistance = distance;
      }
    }
    // published tallies run ahead of this list (people presumed dead, strikes it lacks) by up to
    // about 10%; a candidate counts only when the next one is clearly further away
    return secondDistance - bestDistance > Math.max(6, toll / 10) ? best : null;
  }
}
