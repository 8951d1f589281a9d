-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Documents: one row per distinct normalised text (data-contract §1). Dates are ISO-8601 text
-- (days 'YYYY-MM-DD', instants 'YYYY-MM-DDThh:mm:ssZ'), so both databases sort them alike.
CREATE TABLE documents (
    id              TEXT    PRIMARY KEY CHECK (length(id) = 64),  -- SHA-256 hex of text
    source          TEXT    NOT NULL,                             -- first path or URL it came from
    url             TEXT,
    title           TEXT,
    outlet          TEXT,
    language        TEXT,
    published       TEXT,
    published_from  TEXT,
    published_to    TEXT,
    published_basis TEXT    NOT NULL CHECK (published_basis IN ('header', 'meta', 'text', 'inferred', 'unknown')),
    text            TEXT    NOT NULL,
    characters      INTEGER NOT NULL,
    metadata        TEXT    NOT NULL DEFAULT '{}',                -- JSON object of other header/meta values
    ingested_at     TEXT    NOT NULL
);
CREATE INDEX documents_published ON documents (published);

-- Every name under which a document's text was seen: wire copies and re-downloads.
CREATE TABLE document_sources (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    PRIMARY KEY (document_id, source)
);
