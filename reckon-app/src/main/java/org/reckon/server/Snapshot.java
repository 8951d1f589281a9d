package org.reckon.server;

import org.reckon.model.CampaignRecord;
import org.reckon.reconcile.Decisions;
import org.reckon.store.RecordRepository;

/**
 * The whole record as the pages that draw all of it need it (overview, map, review, the tally
 * series, actors and contradictions), read from what the database keeps of the record
 * ({@link RecordRepository#withoutClaims}): the served incidents, the tally series, the
 * contradictions and the actors; never the claims, the documents' texts or extractions, which
 * pages read per request, a page at a time. Immutable; shared by all request threads.
 *
 * @param documents how many documents the database held at {@code version}
 */
record Snapshot(Decisions.Applied applied, long version, int documents) {

  CampaignRecord record() {
    return applied.record();
  }

  static Snapshot of(RecordRepository.Whole whole) {
    return new Snapshot(whole.applied(), whole.version(), whole.documents());
  }
}
