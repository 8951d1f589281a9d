-- Facts per document and extractor version (data-contract §2), each with its source spans.
-- Raw extractions are never edited: a new extractor version adds a new extraction.
CREATE TABLE extractions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id       TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extractor_version TEXT    NOT NULL,
    extracted_at      TEXT    NOT NULL,
    document_facts    TEXT    NOT NULL DEFAULT '{}',  -- JSON: language, published_range, published_basis
    UNIQUE (document_id, extractor_version)
);

CREATE TABLE facts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    extraction_id INTEGER NOT NULL REFERENCES extractions (id) ON DELETE CASCADE,
    document_id   TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    fact_type     TEXT    NOT NULL CHECK (fact_type IN ('incident', 'tally', 'claim', 'actor', 'instrument')),
    ordinal       INTEGER NOT NULL,
    payload       TEXT    NOT NULL,                   -- the fact as JSON, data-contract §2
    UNIQUE (extraction_id, fact_type, ordinal)
);
CREATE INDEX facts_document ON facts (document_id, fact_type);

CREATE TABLE fact_spans (
    fact_id    INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,                      -- UTF-16 offsets into documents.text
    span_end   INTEGER NOT NULL,
    role       TEXT    NOT NULL DEFAULT 'evidence',
    PRIMARY KEY (fact_id, ordinal),
    CHECK (span_start >= 0 AND span_end >= span_start)
);

-- Editor decisions: an append-only log (who, when, why). The record is recomputed from facts
-- plus this log, so re-extraction keeps every decision.
CREATE TABLE decisions (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    made_at           TEXT NOT NULL,
    made_by           TEXT NOT NULL,
    action            TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'merge', 'split', 'set')),
    incident_id       TEXT NOT NULL,
    other_incident_id TEXT,                           -- merge: the incident merged into incident_id
    field             TEXT,                           -- set: the field and its new value
    value             TEXT,
    reason            TEXT NOT NULL
);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: record a new decision instead');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: record a new decision instead');
END;

-- The reconciled record: derived, recomputed from facts and decisions; safe to rebuild.
CREATE TABLE record_incidents (
    incident_id    TEXT    PRIMARY KEY,
    payload        TEXT    NOT NULL,                  -- JSON, data-contract §3
    computed_at    TEXT    NOT NULL
);

CREATE TABLE record_incident_facts (
    incident_id TEXT    NOT NULL REFERENCES record_incidents (incident_id) ON DELETE CASCADE,
    fact_id     INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE,
    merge_rule  TEXT,                                 -- why this mention joined the incident
    PRIMARY KEY (incident_id, fact_id)
);
