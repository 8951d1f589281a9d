package org.reckon.server;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reckon.model.Contradiction;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;

/** Selections of the record shown beside an incident. */
final class Views {
  private Views() {}

  /** Claims about the incident's strike, from the documents that report it. */
  static List<SourcedClaim> claimsAbout(Snapshot s, RecordIncident i) {
    Set<String> documents = i.sources().stream().map(IncidentSource::documentId).collect(Collectors.toSet());
    String about = "incident:" + i.date().iso();
    return s.record().claims().stream()
        .filter(c -> documents.contains(c.documentId()) && c.claim().about().equals(about))
        .toList();
  }

  /** Contradictions with a side in one of the incident's documents. */
  static List<Contradiction> contradictionsAbout(Snapshot s, RecordIncident i) {
    Set<String> documents = i.sources().stream().map(IncidentSource::documentId).collect(Collectors.toSet());
    return s.record().contradictions().stream()
        .filter(c -> c.asserting().stream().anyMatch(x -> documents.contains(x.documentId()))
            || c.disputing().stream().anyMatch(x -> documents.contains(x.documentId())))
        .toList();
  }
}
