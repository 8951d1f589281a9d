package org.reckon.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateValue;
import org.reckon.model.Instrument;
import org.reckon.model.Span;

/**
 * Instruments: the directives, orders, opinions, designations and authorisations an article
 * names ({@code instruments.tsv}), each once, dated by the date expression nearest its mention.
 */
final class InstrumentRules {
  private record Kind(String name, List<String> cues, Pattern pattern) {}

  private static final List<Kind> KINDS = Lexicons.lines("instruments.tsv").stream()
      .map(line -> line.split("\t", 3))
      .map(f -> new Kind(f[0], List.of(f[1].split("\\|")), Pattern.compile("(?iu)(?<![\\p{L}])(?:" + f[2] + ")(?![\\p{L}])")))
      .toList();

  private InstrumentRules() {}

  static List<Instrument> find(Analysis a) {
    Map<String, DateValue> dates = new LinkedHashMap<>();
    Map<String, List<Span>> evidence = new LinkedHashMap<>();
    for (Sentence s : a.sentences()) {
      String lower = s.text().toLowerCase(java.util.Locale.ROOT);
      for (Kind kind : KINDS) {
        if (kind.cues().stream().noneMatch(lower::contains)) {
          continue;
        }
        Matcher m = kind.pattern().matcher(s.text());
        if (!m.find()) {
          continue;
        }
        evidence.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(a.span(s, m.start(), m.end()));
        DateValue date = nearest(a.dates(s), m.start(), m.end());
        DateValue known = dates.getOrDefault(kind.name(), DateValue.UNKNOWN);
        if (date.known() && (!known.known() || finer(date, known))) {
          dates.put(kind.name(), date);
        } else {
          dates.putIfAbsent(kind.name(), known);
        }
      }
    }
    List<Instrument> instruments = new ArrayList<>();
    evidence.forEach((name, spans) -> instruments.add(new Instrument(name, dates.get(name), spans)));
    return instruments;
  }

  private static boolean finer(DateValue a, DateValue b) {
    return a.precision().ordinal() < b.precision().ordinal() && a.precision() != DatePrecision.UNKNOWN;
  }

  /** The date expression nearest the mention in its sentence, or unknown. */
  private static DateValue nearest(List<DateMention> mentions, int start, int end) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention d : mentions) {
      int distance = d.end() <= start ? start - d.end() : Math.max(0, d.start() - end);
      if (d.value().known() && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best == null ? DateValue.UNKNOWN : best.value();
  }
}
