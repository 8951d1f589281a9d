package org.reckon.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One document's account of a reconciled incident: what it says and where it says it. */
public record IncidentSource(
    String documentId,
    String source,
    @Nullable String outlet,
    @Nullable LocalDate published,
    DateValue date,
    @Nullable CountRange killed,
    List<Span> evidence) {
  public IncidentSource {
    evidence = List.copyOf(evidence);
  }
}
