-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Each document's contribution now keeps what each of its claims says on the fields contradictions
-- are found on (org.reckon.model.ClaimReading), read once when the document is stored, so the
-- record's contradictions are grouped, not read again from every claim on each change.
-- Refill the contributions on the next open, from the stored extractions. A contribution without
-- readings is still read right (its claims are read when the record is assembled), only slower.
UPDATE record_state SET built = 0;
