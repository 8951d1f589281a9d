package org.reckon.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Scores over a set of documents (data-contract §5), micro-averaged: one {@link Score} per fact
 * type and the field accuracies over matched facts.
 */
public record Report(Map<String, Score> types, Map<String, Ratio> fields, int documents) {
  public Report {
    types = Map.copyOf(types);
    fields = Map.copyOf(fields);
  }

  public Score type(String name) {
    return types.getOrDefault(name, Score.ZERO);
  }

  public Ratio field(String name) {
    return fields.getOrDefault(name, Ratio.ZERO);
  }

  /** The report as printed by {@code reckon eval}: one line per fact type, then field accuracies. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-11s %6s %6s %6s  %s%n", "type", "P", "R", "F1", "(tp/fp/fn)"));
    for (String type : Evaluator.TYPES) {
      if (!types.containsKey(type)) {
        out.append(String.format(Locale.ROOT, "%-11s (not annotated)%n", type));
        continue;
      }
      Score t = type(type);
      out.append(String.format(Locale.ROOT, "%-11s %6.3f %6.3f %6.3f  (%d/%d/%d)%n", type, t.precision(), t.recall(),
          t.f1(), t.tp(), t.fp(), t.fn()));
    }
    out.append(String.format(Locale.ROOT, "%nfield accuracy (over matched facts)%n"));
    for (String field : Evaluator.FIELDS) {
      Ratio r = field(field);
      out.append(String.format(Locale.ROOT, "%-26s %6.3f  (%d/%d)%n", field, r.value(), r.right(), r.total()));
    }
    Ratio negatives = fields.get("negative.facts");
    if (negatives != null) {
      out.append(String.format(Locale.ROOT, "facts from negatives      %6d  (in %d negative reports)%n", negatives.right(),
          negatives.total()));
    }
    out.append(String.format(Locale.ROOT, "documents scored: %d%n", documents));
    return out.toString();
  }
}
