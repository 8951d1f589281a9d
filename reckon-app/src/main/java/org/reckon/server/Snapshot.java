package org.reckon.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.SourcedClaim;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;
import org.reckon.search.SearchIndex;

/**
 * Everything the server shows, computed once from the database: the record as extracted and
 * with decisions applied, the documents and their extractions, and the search index. Immutable; shared by all
 * request threads.
 */
record Snapshot(CampaignRecord computed, Decisions.Applied applied, Map<String, Document> documents, Map<String, Extraction> extractions,
    SearchIndex search, long version, Map<String, List<SourcedClaim>> claimsByDocument) {

  CampaignRecord record() {
    return applied.record();
  }

  /** The record before decisions: what extraction gave. */
  static Snapshot of(CampaignRecord computed, Decisions.Applied applied, List<Extraction> extractions, List<Document> documents,
      SearchIndex search, long version) {
    Map<String, Document> docs = new LinkedHashMap<>();
    documents.forEach(d -> docs.put(d.id(), d));
    Map<String, Extraction> byDoc = new LinkedHashMap<>();
    extractions.forEach(e -> byDoc.put(e.document().id(), e));
    return new Snapshot(computed, applied, docs, byDoc, search, version, RecordJson.claimsByDocument(applied.record().claims()));
  }
}
