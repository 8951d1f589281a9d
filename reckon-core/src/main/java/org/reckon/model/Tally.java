package org.reckon.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A cumulative campaign figure as reported: "killing at least 99 people" (data-contract §2). */
public record Tally(TallyMetric metric, Count count, @Nullable LocalDate asOf, List<Span> evidence) {
  public Tally {
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a tally needs at least one evidence span");
    }
  }
}
