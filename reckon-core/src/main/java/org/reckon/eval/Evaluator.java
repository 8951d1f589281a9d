package org.reckon.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Actor;
import org.reckon.model.Claim;
import org.reckon.model.DateRange;
import org.reckon.model.DateValue;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.Region;
import org.reckon.model.Span;

/**
 * Scores extractions against gold exactly as data-contract §5 says.
 *
 * <ul>
 *   <li>incident: dates agree at the gold's precision and regions do not conflict; one-to-one;
 *       then killed, survivors, vessels and region are compared (exact interval equality).
 *   <li>tally: metric, value and bound all equal.
 *   <li>claim: character spans overlap, or the texts share at least half of the gold text's
 *       tokens; and the speakers agree (same canonical name, or both unnamed with overlapping
 *       mentions). Speaker-type accuracy over matched claims.
 *   <li>actor: canonical name, case-insensitive; alias recall over matched actors.
 *   <li>published date: the exact day where the gold gives a day; containment in the gold range
 *       otherwise.
 * </ul>
 * Names are compared case-insensitively and without accents ("Nicolas" is "Nicolás"): the same
 * person is not another because one outlet dropped an accent.
 */
public final class Evaluator {
  static final List<String> TYPES = List.of("incident", "tally", "claim", "actor");
  static final List<String> FIELDS = List.of("incident.killed", "incident.survivors", "incident.vessels",
      "incident.region", "claim.speaker_type", "actor.alias_recall", "published");

  private Evaluator() {}

  /** One document's extraction and its gold. */
  public record Pair(Extraction predicted, GoldDocument gold) {}

  public static Report score(List<Pair> pairs) {
    Map<String, Score> types = new HashMap<>();
    Map<String, Ratio> fields = new HashMap<>();
    for (Pair p : pairs) {
      String text = p.predicted().document().text();
      types.merge("incident", incidents(p.predicted().incidents(), p.gold().incidents(), fields), Score::plus);
      types.merge("tally", tallies(p.predicted().tallies(), p.gold().tallies()), Score::plus);
      types.merge("claim", claims(text, p.predicted().claims(), p.gold().claims(), fields), Score::plus);
      types.merge("actor", actors(p.predicted().actors(), p.gold().actors(), fields), Score::plus);
      fields.merge("published", new Ratio(0, 0).add(published(p.predicted(), p.gold())), Ratio::plus);
    }
    return new Report(types, fields, pairs.size());
  }

  private static Score incidents(List<Incident> predicted, List<GoldDocument.GoldIncident> gold, Map<String, Ratio> fields) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldDocument.GoldIncident g : gold) {
      int best = -1;
      for (int i = 0; i < predicted.size(); i++) {
        Incident p = predicted.get(i);
        if (!used[i] && sameDate(g.date(), p.date()) && Region.fromKey(g.region()).compatibleWith(p.region())) {
          best = i;
          break;
        }
      }
      if (best >= 0) {
        used[best] = true;
        tp++;
        Incident p = predicted.get(best);
        fields.merge("incident.killed", Ratio.ZERO.add(Objects.equals(g.killed(), p.killed())), Ratio::plus);
        fields.merge("incident.survivors", Ratio.ZERO.add(Objects.equals(g.survivors(), p.survivors())), Ratio::plus);
        fields.merge("incident.vessels", Ratio.ZERO.add(Objects.equals(g.vessels(), p.vessels())), Ratio::plus);
        fields.merge("incident.region", Ratio.ZERO.add(g.region().equals(p.region().key())), Ratio::plus);
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  /** Dates agree at the gold's precision: a gold month matches any day of that month. */
  static boolean sameDate(DateValue gold, DateValue predicted) {
    return gold.known() && predicted.known() && gold.covers(predicted);
  }

  private static Score tallies(List<org.reckon.model.Tally> predicted, List<GoldDocument.GoldTally> gold) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldDocument.GoldTally g : gold) {
      for (int i = 0; i < predicted.size(); i++) {
        org.reckon.model.Tally p = predicted.get(i);
        if (!used[i] && p.metric().key().equals(g.metric()) && p.count().value() == g.value()
            && p.count().bound().key().equals(g.bound())) {
          used[i] = true;
          tp++;
          break;
        }
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static Score claims(String text, List<Claim> predicted, List<GoldDocument.GoldClaim> gold, Map<String, Ratio> fields) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldDocument.GoldClaim g : gold) {
      List<Span> goldSpans = occurrences(text, g.text());
      Set<String> goldTokens = tokens(g.text());
      int best = -1;
      double bestOverlap = -1;
      for (int i = 0; i < predicted.size(); i++) {
        Claim p = predicted.get(i);
        if (used[i] || !sameSpeaker(g, p)) {
          continue;
        }
        boolean spansOverlap = p.evidence().stream().anyMatch(s -> goldSpans.stream().anyMatch(s::overlaps));
        double shared = shared(goldTokens, tokens(p.text()));
        if ((spansOverlap || shared >= 0.5) && shared > bestOverlap) {
          best = i;
          bestOverlap = shared;
        }
      }
      if (best >= 0) {
        used[best] = true;
        tp++;
        fields.merge("claim.speaker_type", Ratio.ZERO.add(predicted.get(best).speakerType().key().equals(g.speakerType())),
            Ratio::plus);
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static boolean sameSpeaker(GoldDocument.GoldClaim g, Claim p) {
    if (g.speaker() == null || p.speaker() == null) {
      return g.speaker() == null && p.speaker() == null && mentionsOverlap(g.speakerMention(), p.speakerMention());
    }
    String predicted = fold(p.speaker());
    for (String one : g.speaker().split(";")) {
      if (fold(one).equals(predicted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsOverlap(String gold, String predicted) {
    String g = fold(gold);
    String p = fold(predicted);
    if (g.contains(p) || p.contains(g)) {
      return true;
    }
    Set<String> common = new HashSet<>(tokens(g));
    common.retainAll(tokens(p));
    common.removeAll(Set.of("the", "a", "an", "of", "and", "to", "in", "with", "who", "for", "on"));
    return !common.isEmpty();
  }

  private static Score actors(List<Actor> predicted, List<GoldDocument.GoldActor> gold, Map<String, Ratio> fields) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldDocument.GoldActor g : gold) {
      for (int i = 0; i < predicted.size(); i++) {
        if (!used[i] && fold(predicted.get(i).name()).equals(fold(g.name()))) {
          used[i] = true;
          tp++;
          Set<String> found = new HashSet<>();
          predicted.get(i).aliases().forEach(a -> found.add(fold(a)));
          found.add(fold(predicted.get(i).name()));
          for (String alias : g.aliases()) {
            fields.merge("actor.alias_recall", Ratio.ZERO.add(found.contains(fold(alias))), Ratio::plus);
          }
          break;
        }
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  static boolean published(Extraction e, GoldDocument gold) {
    if (gold.published() != null) {
      return gold.published().equals(e.published());
    }
    DateRange range = gold.publishedRange();
    if (range == null) {
      return e.published() == null && e.publishedRange() == null;
    }
    if (e.published() != null) {
      return within(e.published(), range);
    }
    DateRange p = e.publishedRange();
    if (p == null) {
      return false;
    }
    boolean fromInside = p.from() != null ? within(p.from(), range) : range.from() == null;
    boolean toInside = p.to() != null ? within(p.to(), range) : range.to() == null;
    return fromInside && toInside;
  }

  private static boolean within(LocalDate day, DateRange range) {
    return (range.from() == null || !day.isBefore(range.from())) && (range.to() == null || !day.isAfter(range.to()));
  }

  private static List<Span> occurrences(String text, String needle) {
    List<Span> spans = new ArrayList<>();
    if (needle.isEmpty()) {
      return spans;
    }
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      spans.add(new Span(i, i + needle.length(), needle));
    }
    return spans;
  }

  static Set<String> tokens(String s) {
    Set<String> tokens = new HashSet<>();
    for (String t : fold(s).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  private static double shared(Set<String> gold, Set<String> predicted) {
    if (gold.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String t : gold) {
      if (predicted.contains(t)) {
        n++;
      }
    }
    return (double) n / gold.size();
  }

  /** Lower case, no accents, straight quotes, single spaces: see {@link TextNormalizer#fold}. */
  static String fold(@Nullable String s) {
    return s == null ? "" : TextNormalizer.fold(s);
  }
}
