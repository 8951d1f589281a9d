-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- What the server shows of the record beyond its incidents, kept in the database like them, so
-- that it never has to read every extraction to show the record (issue #10, item 4).

-- Each document's tallies, claims and actors (a JSON org.reckon.model.Contribution), from its
-- newest extraction: the tally series, claims, contradictions and actors are assembled from these.
CREATE TABLE record_contributions (
    document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    payload     TEXT NOT NULL
);

-- Each served incident as the record's model (a JSON org.reckon.model.RecordIncident, decisions
-- applied), read back by the pages that draw the whole record.
ALTER TABLE record_served ADD COLUMN model TEXT;

-- Fill both on the next open, from the stored extractions.
UPDATE record_state SET built = 0;

-- The search index adds the documents stored since it last looked.
CREATE INDEX documents_ingested_at ON documents (ingested_at);
