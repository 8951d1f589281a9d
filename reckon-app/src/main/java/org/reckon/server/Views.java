package org.reckon.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reckon.model.Document;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.reconcile.Decisions;
import org.reckon.store.RecordRepository;

/** Selections of the record shown beside an incident. */
final class Views {
  private Views() {}

  /**
   * What an incident's page shows, read from the database in one transaction per request: the
   * incident as served, the changes editors' decisions made to it and the incident as extracted,
   * before them; the texts of its sources (by document id), their claims in the record's order
   * and the contradictions those take part in; the incidents an editor may merge into it.
   */
  record Detail(long version, RecordIncident incident, List<Decisions.Change> changes, Optional<RecordIncident> extracted,
      Map<String, Document> documents, List<SourcedClaim> claims, List<RecordRepository.Touching> contradictions,
      List<String> mergeable) {}

  /**
   * How far apart two incidents an editor merges may be: reports of one strike disagree on its day
   * by a few days at most; listing every incident of a record of thousands helps no one.
   */
  static final int MERGE_DAYS = 31;

  /** Claims about the incident's strike, from the documents that report it, in the record's order. */
  static List<SourcedClaim> claimsAbout(Detail d) {
    String about = "incident:" + d.incident().date().iso();
    return d.claims().stream().filter(c -> c.claim().about().equals(about)).toList();
  }
}
