-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Each claim of the record, one row (and its stances, below), written with its document's contribution (V6), so the
-- claims list is filtered and paged by the database instead of from a copy of the whole record
-- in memory (issue #10, item 4). The keys are lower case (java.util.Locale.ROOT), as the filters
-- compare them; payload is the claim with its source (org.reckon.model.SourcedClaim) as JSON.
-- The record's order of claims is by document, then the claim's place in its extraction.
CREATE TABLE record_claims (
    document_id  TEXT    NOT NULL,
    ordinal      INTEGER NOT NULL,
    speaker_key  TEXT,
    speaker_type TEXT    NOT NULL,
    about        TEXT    NOT NULL,
    text_key     TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX record_claims_speaker ON record_claims (speaker_key);
CREATE INDEX record_claims_type ON record_claims (speaker_type, about);
-- What each claim says on the fields contradictions are found on (org.reckon.model.ClaimReading),
-- one row per field and subject it takes a side on: side is 'true' (asserts) or 'false'
-- (disputes); for field 'killed' the subject is the strike the claim is about and side the toll
-- it gives. A field and subject with two sides is a contradiction, found by the database's index
-- instead of by grouping every claim of the record.
CREATE TABLE record_stances (
    document_id TEXT    NOT NULL,
    ordinal     INTEGER NOT NULL,
    field       TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    side        TEXT    NOT NULL,
    PRIMARY KEY (document_id, ordinal, field, subject)
);
CREATE INDEX record_stances_subject ON record_stances (field, subject, side);
-- The contributions (V6) keep the documents' tallies and actors only: their claims are here.
-- Filled on the next open, from the stored extractions.
UPDATE record_state SET built = 0;

-- The documents list (/api/documents, by publication day, unknown last, then source and id),
-- read a page at a time in this index's order instead of sorting every document per page.
CREATE INDEX documents_listed ON documents ((published IS NULL), published, source, id);

-- The undated mentions whose window holds a day, found by weekday and window when a day of the
-- record changes, instead of by reading them all.
CREATE INDEX record_undated_weekday ON record_undated (weekday, window_from, window_to);
