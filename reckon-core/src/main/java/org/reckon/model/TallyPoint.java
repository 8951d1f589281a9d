package org.reckon.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reported campaign tally in the time series: as of when, by which document, and whether it
 * falls below a lower bound reported earlier (a sign of an outdated or wrong figure).
 */
public record TallyPoint(
    @Nullable LocalDate asOf,
    TallyMetric metric,
    Count count,
    String documentId,
    String source,
    @Nullable String outlet,
    List<Span> evidence,
    boolean belowEarlierBound) {
  public TallyPoint {
    evidence = List.copyOf(evidence);
  }
}
