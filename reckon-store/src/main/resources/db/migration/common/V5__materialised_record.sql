-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- The reconciled record, kept up to date in the transaction that changes its inputs (issue #10,
-- item 4), so that a reader sees the record before a document or decision or after it, never a mix.

-- One row. version grows by one in every transaction that changes documents, facts or decisions;
-- built is 0 until the record_* tables have been filled from the facts (databases made before V5).
CREATE TABLE record_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL,
    built   INTEGER NOT NULL
);
INSERT INTO record_state (id, version, built) VALUES (1, 0, 0);

-- Where the dated incident mentions of each document's newest extraction fall: a day
-- ('2025-09-02') or, for a month- or year-dated mention, a month ('2025-09'). A mention dated from
-- an announcement may belong to the strike of the day before (day_before). Reconciliation merges
-- mentions only within a day, a month and the day before an announcement, so these rows tell which
-- incidents a new document can change.
CREATE TABLE record_mentions (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    unit        TEXT NOT NULL,
    day_before  TEXT,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX record_mentions_unit ON record_mentions (unit);
CREATE INDEX record_mentions_day_before ON record_mentions (day_before);

-- Undated mentions that reconciliation may place by weekday and toll within a publication window
-- (open ends are null).
CREATE TABLE record_undated (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    weekday     INTEGER NOT NULL,                     -- 1 Monday .. 7 Sunday
    window_from TEXT,
    window_to   TEXT,
    PRIMARY KEY (document_id, ordinal)
);

-- record_incidents holds each incident as reconciled from the facts (before decisions); unit is
-- the day or month of its id.
ALTER TABLE record_incidents ADD COLUMN unit TEXT NOT NULL DEFAULT '';
CREATE INDEX record_incidents_unit ON record_incidents (unit);

-- The record as served: each incident after the editors' decisions, with the columns lists filter
-- and sort on, a compact summary for lists and the full JSON (every source span) for one incident.
CREATE TABLE record_served (
    incident_id TEXT    PRIMARY KEY,
    day         TEXT    NOT NULL,
    region      TEXT    NOT NULL,
    grade       TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    killed_best INTEGER,
    killed_min  INTEGER,
    sources     INTEGER NOT NULL,
    precision   TEXT    NOT NULL,
    search_text TEXT    NOT NULL,                     -- lower-case id, place, affiliation, cargo, merge notes
    summary     TEXT    NOT NULL,                     -- JSON: the incident with its sources listed compactly
    payload     TEXT    NOT NULL                      -- JSON: data-contract §3 with every source span
);
CREATE INDEX record_served_day ON record_served (day, incident_id);
CREATE INDEX record_served_region_day ON record_served (region, day, incident_id);
CREATE INDEX record_served_killed ON record_served (killed_best, incident_id);
CREATE INDEX record_served_sources ON record_served (sources, incident_id);
CREATE INDEX record_served_grade ON record_served (grade, incident_id);
CREATE INDEX record_served_status ON record_served (status, incident_id);
