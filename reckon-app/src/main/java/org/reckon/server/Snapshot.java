package org.reckon.server;

import java.util.List;
import java.util.Map;
import org.reckon.model.CampaignRecord;
import org.reckon.model.SourcedClaim;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;
import org.reckon.store.RecordRepository;

/**
 * The whole record as the pages that draw all of it need it (overview, map, review, claims,
 * exports), read from what the database keeps of the record ({@link RecordRepository#whole}):
 * the served incidents and each document's tallies, claims and actors, never the documents'
 * texts or extractions, which pages read per request. Immutable; shared by all request threads.
 *
 * @param documents how many documents the database held at {@code version}
 */
record Snapshot(Decisions.Applied applied, long version, int documents, Map<String, List<SourcedClaim>> claimsByDocument) {

  CampaignRecord record() {
    return applied.record();
  }

  static Snapshot of(RecordRepository.Whole whole) {
    return new Snapshot(whole.applied(), whole.version(), whole.documents(),
        RecordJson.claimsByDocument(whole.applied().record().claims()));
  }
}
