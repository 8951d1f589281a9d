package org.reckon.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Contradiction;
import org.reckon.reconcile.Decisions;
import org.reckon.store.RecordRepository;

/**
 * The whole record as the pages that draw all of it need it (overview, map, review, exports),
 * read from what the database keeps of the record ({@link RecordRepository#withoutClaims}): the
 * served incidents, the tally series, the contradictions and the actors; never the claims, the
 * documents' texts or extractions, which pages read per request, a page at a time. Immutable;
 * shared by all request threads.
 *
 * @param documents how many documents the database held at {@code version}
 */
record Snapshot(Decisions.Applied applied, long version, int documents, Map<String, List<Contradiction>> contradictionsByDocument) {

  CampaignRecord record() {
    return applied.record();
  }

  static Snapshot of(RecordRepository.Whole whole) {
    CampaignRecord record = whole.applied().record();
    // an incident's page shows its sources' contradictions: looked up by document, not
    // found by going through every claim of the record on each request
    Map<String, List<Contradiction>> contradictions = new HashMap<>();
    for (Contradiction c : record.contradictions()) {
      Set<String> documents = new HashSet<>();
      c.asserting().forEach(x -> documents.add(x.documentId()));
      c.disputing().forEach(x -> documents.add(x.documentId()));
      documents.forEach(d -> contradictions.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
    }
    return new Snapshot(whole.applied(), whole.version(), whole.documents(), contradictions);
  }
}
