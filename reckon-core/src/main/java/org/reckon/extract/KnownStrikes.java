package org.reckon.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Region;

/**
 * Dates an undated article from the strike it reports (data-contract §2.1): "Tuesday's strike ...
 * killed 11" in the Caribbean matches one strike of {@code strikes.tsv}, and the article's other
 * weekdays ("The US on Wednesday said") then fall in the week after it. Used only when an article
 * gives no date of its own; only a single match counts. The record never uses this list.
 */
final class KnownStrikes {
  record Strike(LocalDate date, Region region, int killed) {}

  private static final List<Strike> STRIKES = Lexicons.lines("strikes.tsv").stream()
      .map(line -> line.split("\t"))
      .map(f -> new Strike(LocalDate.parse(f[0]), Region.fromKey(f[1]), Integer.parseInt(f[3])))
      .toList();
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?iu)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\\b");
  private static final Pattern STRIKE_NEAR_WEEKDAY = Pattern.compile(
      "(?iu)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s) (?:\\p{L}+ )?(?:strike|attack)"
          + "|\\b(?:struck|hit|attacked|destroyed|strike|attack)\\b[^.]{0,80}?\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  private KnownStrikes() {}

  /** The publication day the article's strike and weekdays imply, or null when they do not. */
  static @Nullable LocalDate publicationDay(List<Sentence> sentences) {
    Strike match = null;
    for (Sentence s : sentences) {
      Matcher w = STRIKE_NEAR_WEEKDAY.matcher(s.text());
      if (!w.find()) {
        continue;
      }
      DayOfWeek day = WEEKDAYS.get((w.group(1) != null ? w.group(1) : w.group(2)).toLowerCase(Locale.ROOT));
      Integer killed = Tolls.killed(s.text());
      if (killed == null) {
        continue;
      }
      IncidentRules.RegionMatch r = IncidentRules.region(s.text());
      List<Strike> candidates = new ArrayList<>();
      for (Strike k : STRIKES) {
        if (k.date().getDayOfWeek() == day && k.killed() == killed && (r == null || r.region().compatibleWith(k.region()))) {
          candidates.add(k);
        }
      }
      if (candidates.size() != 1 || (match != null && !match.equals(candidates.get(0)))) {
        return null; // ambiguous: no inference rather than a guess
      }
      match = candidates.get(0);
    }
    if (match == null) {
      return null;
    }
    // the news day: the latest weekday the article names, counted from the strike's day
    LocalDate latest = match.date();
    for (Sentence s : sentences) {
      for (Matcher m = WEEKDAY.matcher(s.text()); m.find(); ) {
        LocalDate d = match.date().with(TemporalAdjusters.nextOrSame(WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT))));
        if (d.isAfter(latest)) {
          latest = d;
        }
      }
    }
    return latest;
  }
}
