package org.reckon.server;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.reckon.model.Document;
import org.reckon.model.Contradiction;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;

/** Selections of the record shown beside an incident. */
final class Views {
  private Views() {}

  /**
   * What an incident's page shows beside the snapshot, read from the database per request: the
   * texts of its sources (by document id), the incident as extracted, before decisions, and its
   * sources' claims, in the record's order.
   */
  record Detail(Map<String, Document> documents, Optional<RecordIncident> extracted, List<SourcedClaim> claims) {
    static Detail none() {
      return new Detail(Map.of(), Optional.empty(), List.of());
    }
  }

  /** The incidents an editor may merge into {@code i}: those within {@link #MERGE_DAYS} days of it, not merged away. */
  static List<RecordIncident> mergeable(Snapshot s, RecordIncident i) {
    return s.record().incidents().stream()
        .filter(x -> !x.incidentId().equals(i.incidentId()) && !x.status().equals("merged"))
        .filter(x -> !i.date().known() || !x.date().known()
            || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(i.date().day(), x.date().day())) <= MERGE_DAYS)
        .toList();
  }

  /**
   * How far apart two incidents an editor merges may be: reports of one strike disagree on its day
   * by a few days at most; listing every incident of a record of thousands helps no one.
   */
  static final int MERGE_DAYS = 31;

  /** Claims about the incident's strike, from the documents that report it, in the record's order. */
  static List<SourcedClaim> claimsAbout(Detail d, RecordIncident i) {
    String about = "incident:" + i.date().iso();
    return d.claims().stream().filter(c -> c.claim().about().equals(about)).toList();
  }

  /** Contradictions with a side in one of the incident's documents, in the record's order. */
  static List<Contradiction> contradictionsAbout(Snapshot s, RecordIncident i) {
    Set<Contradiction> touching = Collections.newSetFromMap(new IdentityHashMap<>()); // sides can be long: no equals
    documentsOf(i).forEach(d -> touching.addAll(s.contradictionsByDocument().getOrDefault(d, List.of())));
    return touching.isEmpty() ? List.of() : s.record().contradictions().stream().filter(touching::contains).toList();
  }

  private static SortedSet<String> documentsOf(RecordIncident i) {
    return i.sources().stream().map(IncidentSource::documentId).collect(Collectors.toCollection(TreeSet::new));
  }
}
