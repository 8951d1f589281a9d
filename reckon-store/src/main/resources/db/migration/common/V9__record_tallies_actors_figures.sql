-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- The rest of what the server shows of the whole record, kept one row per fact so that the
-- overview, the map, the tally series and the actors are read from the database's indexes
-- instead of from a copy of the whole record held in memory (issue #10, item 4).

-- Each tally of each document's newest extraction. The series is read in the index's order
-- (org.reckon.reconcile.Reconciler.SERIES_ORDER: metric, as-of day with none last, value,
-- document, then the tally's place in its extraction), a page at a time; whether a tally falls
-- below the lower bound of a strictly earlier day is read from the highest lower bound of each
-- metric and day. payload is the org.reckon.model.TallyPoint as JSON.
CREATE TABLE record_tallies (
    document_id TEXT    NOT NULL,
    ordinal     INTEGER NOT NULL,
    metric_rank INTEGER NOT NULL,                     -- org.reckon.model.TallyMetric ordinal
    undated     INTEGER NOT NULL,                     -- 1 when the tally has no as-of day
    as_of       TEXT,
    value       INTEGER NOT NULL,
    bound       TEXT    NOT NULL,                     -- org.reckon.model.Bound key
    lower_bound INTEGER,                              -- the bound it sets for later tallies; none for "almost", "at most"
    source      TEXT    NOT NULL,                     -- the document's source, as the chart names it
    payload     TEXT    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX record_tallies_series ON record_tallies (metric_rank, undated, as_of, value, document_id, ordinal);
-- The overview's chart: the reports of one figure as of one day drawn as one point, counted.
CREATE INDEX record_tallies_told ON record_tallies (metric_rank, undated, as_of, value, bound);

-- Each actor of each document's newest extraction; name_key is the name compared without case or
-- accents (org.reckon.reconcile.Reconciler.actorKey), by which actors across documents are one.
-- payload is the org.reckon.model.Actor as JSON.
CREATE TABLE record_actors (
    document_id TEXT    NOT NULL,
    ordinal     INTEGER NOT NULL,
    name_key    TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX record_actors_key ON record_actors (name_key, document_id, ordinal);

-- The documents each served incident is told by, for the overview's count of source documents.
CREATE TABLE record_sources (
    incident_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (incident_id, document_id)
);
-- covering: the distinct documents are read from the index alone, in its order
CREATE INDEX record_sources_document ON record_sources (document_id, incident_id);

-- The overview's figures and timeline read these beside killed_min and killed_best.
ALTER TABLE record_served ADD COLUMN killed_max INTEGER;
ALTER TABLE record_served ADD COLUMN survivors_min INTEGER;
-- covering the overview's sums and its timeline (by day, then id): read from the index alone,
-- never from the rows, which hold each incident's JSON
CREATE INDEX record_served_figures ON record_served (precision, day, incident_id, status, region, killed_min, killed_max,
    killed_best, survivors_min);

-- The version each served incident was last written at: what changed since a version is found by
-- this index (the review queue brings itself up to date from it instead of reading every incident).
ALTER TABLE record_served ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX record_served_changed ON record_served (changed_at);

-- Filled on the next open, from the stored extractions.
UPDATE record_state SET built = 0;
