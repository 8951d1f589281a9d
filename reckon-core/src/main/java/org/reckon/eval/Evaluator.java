package org.reckon.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
import org.reckon.model.Tally;

/**
 * Scores extractions against gold exactly as data-contract §5 says.
 *
 * <ul>
 *   <li>incident: dates agree at the gold's precision (an unknown gold date agrees only with an
 *       unknown one) and regions do not conflict; one-to-one;
 *       then killed, survivors, vessels and region are compared (exact interval equality).
 *   <li>tally: metric, value and bound all equal.
 *   <li>claim: character spans overlap, or the texts share at least half of the gold text's
 *       tokens; and the speakers agree (same canonical name, or both unnamed with overlapping
 *       mentions). Speaker-type accuracy over matched claims.
 *   <li>actor: canonical name, case-insensitive; alias recall over matched actors.
 *   <li>published date: the exact day where the gold gives a day; containment in the gold range
 *       otherwise.
 * </ul>
 * Only the fact types a gold document annotates are scored ({@link GoldDocument#scored}); every
 * incident or tally extracted from a negative report is a false positive, and their number is
 * also reported as {@code negative.facts}. Names are compared case-insensitively and without
 * accents ("Nicolas" is "Nicolás"): the same person is not another because one outlet dropped an
 * accent.
 */
public final class Evaluator {
  static final List<String> TYPES = List.of("incident", "tally", "claim", "actor");
  static final List<String> FIELDS = List.of("incident.killed", "incident.survivors", "incident.survivors_stated",
      "incident.vessels", "incident.region", "claim.speaker_type", "actor.alias_recall", "published");

  private Evaluator() {}

  /** One document's extraction and its gold. */
  public record Pair(Extraction predicted, GoldDocument gold) {}

  /**
   * One fact the extraction missed, added or got wrong, with the sentences it stands in, for
   * error analysis ({@code reckon eval --errors}).
   *
   * @param kind {@code missed} (in the gold, not extracted), {@code extra} (extracted, not in the
   *     gold) or {@code wrong} (matched, with a field that differs)
   */
  public record Finding(String file, String kind, String type, String fact, String evidence) {}

  public static Report score(List<Pair> pairs) {
    return score(pairs, f -> {});
  }

  /** Scores {@code pairs} and gives each missed, extra and wrong fact to {@code findings}. */
  public static Report score(List<Pair> pairs, Consumer<Finding> findings) {
    Map<String, Score> types = new HashMap<>();
    Map<String, Ratio> fields = new HashMap<>();
    for (Pair p : pairs) {
      Extraction e = p.predicted();
      GoldDocument gold = p.gold();
      String text = e.document().text();
      Findings out = new Findings(gold.file(), text, findings);
      if (gold.scored().contains("incidents")) {
        types.merge("incident", incidents(e.incidents(), gold.incidents(), fields, out), Score::plus);
      }
      if (gold.scored().contains("tallies")) {
        types.merge("tally", tallies(e.tallies(), gold.tallies(), out), Score::plus);
      }
      if (gold.scored().contains("claims")) {
        types.merge("claim", claims(text, e.claims(), gold.claims(), fields, out), Score::plus);
      }
      if (gold.scored().contains("actors")) {
        types.merge("actor", actors(e.actors(), gold.actors(), fields, out), Score::plus);
      }
      if (gold.scored().contains("published")) {
        boolean right = published(e, gold);
        fields.merge("published", Ratio.ZERO.add(right), Ratio::plus);
        if (!right) {
          out.add("wrong", "published", "gold " + (gold.published() != null ? gold.published() : gold.publishedRange())
              + ", got " + (e.published() != null ? e.published() : e.publishedRange()), List.of());
        }
      }
      if (gold.negative()) {
        int facts = e.incidents().size() + e.tallies().size();
        fields.merge("negative.facts", new Ratio(facts, 1), Ratio::plus);
      }
    }
    return new Report(types, fields, pairs.size());
  }

  /** Where one document's findings go, with the text their spans point into. */
  private record Findings(String file, String text, Consumer<Finding> sink) {
    void add(String kind, String type, String fact, List<Span> evidence) {
      StringBuilder where = new StringBuilder();
      for (Span s : evidence) {
        where.append(where.length() == 0 ? "" : " | ").append(sentenceAround(text, s));
      }
      sink.accept(new Finding(file, kind, type, fact, where.toString()));
    }
  }

  /** The sentence (or line) around {@code span}, on one line, cut at 400 characters. */
  static String sentenceAround(String text, Span span) {
    int start = span.start();
    while (start > 0 && start > span.start() - 300 && !boundaryBefore(text, start)) {
      start--;
    }
    int end = Math.min(text.length(), span.end());
    while (end < text.length() && end < span.end() + 300 && !boundaryAt(text, end)) {
      end++;
    }
    String s = text.substring(start, Math.min(text.length(), end + 1)).replaceAll("\\s+", " ").strip();
    return s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }

  private static boolean boundaryBefore(String text, int i) {
    char c = text.charAt(i - 1);
    return c == '\n' || (i >= 2 && Character.isWhitespace(c) && ".!?".indexOf(text.charAt(i - 2)) >= 0);
  }

  private static boolean boundaryAt(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (".!?".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }

  private static Score incidents(List<Incident> predicted, List<GoldDocument.GoldIncident> gold, Map<String, Ratio> fields,
      Findings out) {
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
      if (best < 0) {
        out.add("missed", "incident", g.date() + " " + g.region() + " killed " + g.killed() + " survivors "
            + g.survivors() + " vessels " + g.vessels(), g.evidence());
        continue;
      }
      used[best] = true;
      tp++;
      Incident p = predicted.get(best);
      compare(fields, out, "incident.killed", g.killed(), p.killed(), p.evidence());
      compare(fields, out, "incident.survivors", g.survivors(), p.survivors(), p.evidence());
      if (g.survivors() != null) {
        fields.merge("incident.survivors_stated", Ratio.ZERO.add(Objects.equals(g.survivors(), p.survivors())), Ratio::plus);
      }
      compare(fields, out, "incident.vessels", g.vessels(), p.vessels(), p.evidence());
      compare(fields, out, "incident.region", g.region(), p.region().key(), p.evidence());
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        Incident p = predicted.get(i);
        out.add("extra", "incident", p.date() + " " + p.region().key() + " killed " + p.killed() + " survivors "
            + p.survivors() + " vessels " + p.vessels(), p.evidence());
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static void compare(Map<String, Ratio> fields, Findings out, String field, @Nullable Object gold,
      @Nullable Object predicted, List<Span> evidence) {
    boolean right = Objects.equals(gold, predicted);
    fields.merge(field, Ratio.ZERO.add(right), Ratio::plus);
    if (!right) {
      out.add("wrong", field, "gold " + gold + ", got " + predicted, evidence);
    }
  }

  /**
   * Dates agree at the gold's precision: a gold month matches any day of that month, and a gold
   * date the text does not give (an undated report's "Tuesday") matches only an unknown date.
   */
  static boolean sameDate(DateValue gold, DateValue predicted) {
    if (!gold.known()) {
      return !predicted.known();
    }
    return predicted.known() && gold.covers(predicted);
  }

  private static Score tallies(List<Tally> predicted, List<GoldDocument.GoldTally> gold, Findings out) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldDocument.GoldTally g : gold) {
      boolean found = false;
      for (int i = 0; i < predicted.size() && !found; i++) {
        Tally p = predicted.get(i);
        if (!used[i] && p.metric().key().equals(g.metric()) && p.count().value() == g.value()
            && p.count().bound().key().equals(g.bound())) {
          used[i] = true;
          found = true;
          tp++;
        }
      }
      if (!found) {
        out.add("missed", "tally", g.metric() + " " + g.bound() + " " + g.value(), g.evidence());
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        Tally p = predicted.get(i);
        out.add("extra", "tally", p.metric().key() + " " + p.count().bound().key() + " " + p.count().value(), p.evidence());
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static Score claims(String text, List<Claim> predicted, List<GoldDocument.GoldClaim> gold, Map<String, Ratio> fields,
      Findings out) {
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
      if (best < 0) {
        out.add("missed", "claim", who(g.speaker(), g.speakerMention()) + ": " + g.text(),
            goldSpans.isEmpty() ? List.of() : goldSpans.subList(0, 1));
        continue;
      }
      used[best] = true;
      tp++;
      Claim p = predicted.get(best);
      boolean right = p.speakerType().key().equals(g.speakerType());
      fields.merge("claim.speaker_type", Ratio.ZERO.add(right), Ratio::plus);
      if (!right) {
        out.add("wrong", "claim.speaker_type", "gold " + g.speakerType() + ", got " + p.speakerType().key() + " for "
            + who(p.speaker(), p.speakerMention()), p.evidence());
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        Claim p = predicted.get(i);
        out.add("extra", "claim", who(p.speaker(), p.speakerMention()) + ": " + p.text(), p.evidence());
      }
    }
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static String who(@Nullable String speaker, String mention) {
    return (speaker == null ? "unnamed" : speaker) + " [" + mention + "]";
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

  private static Score actors(List<Actor> predicted, List<GoldDocument.GoldActor> gold, Map<String, Ratio> fields,
      Findings out) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldDocument.GoldActor g : gold) {
      boolean found = false;
      for (int i = 0; i < predicted.size() && !found; i++) {
        if (!used[i] && fold(predicted.get(i).name()).equals(fold(g.name()))) {
          used[i] = true;
          found = true;
          tp++;
          Set<String> aliases = new HashSet<>();
          predicted.get(i).aliases().forEach(a -> aliases.add(fold(a)));
          aliases.add(fold(predicted.get(i).name()));
          for (String alias : g.aliases()) {
            fields.merge("actor.alias_recall", Ratio.ZERO.add(aliases.contains(fold(alias))), Ratio::plus);
          }
        }
      }
      if (!found) {
        out.add("missed", "actor", g.name(), List.of());
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        Actor a = predicted.get(i);
        out.add("extra", "actor", a.name() + " (" + a.type().key() + ")",
            a.evidence().isEmpty() ? List.of() : a.evidence().subList(0, 1));
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
