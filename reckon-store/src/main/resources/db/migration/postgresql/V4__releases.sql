-- Releases: frozen copies of the record that others can cite. Each keeps every file it was
-- published as (exports, CHANGES.md, CITATION.txt, MANIFEST.sha256). A release never changes:
-- the database refuses updates and deletes, as it does for the decision log, and any file beyond
-- the number the release declared.
CREATE TABLE releases (
    name          TEXT   PRIMARY KEY,
    created_at    TEXT   NOT NULL,
    created_by    TEXT   NOT NULL,
    last_decision BIGINT NOT NULL,                    -- seq of the last decision it includes (0: none)
    files         INTEGER NOT NULL CHECK (files >= 0), -- how many files it has: once they are in, it is sealed
    citation      TEXT   NOT NULL
);
CREATE TABLE release_files (
    release_name TEXT NOT NULL REFERENCES releases (name),
    path         TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    content      TEXT NOT NULL,
    PRIMARY KEY (release_name, path)
);
CREATE FUNCTION releases_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'releases are immutable: create a new release instead';
END;
$$;
CREATE TRIGGER releases_no_update_or_delete BEFORE UPDATE OR DELETE ON releases
    FOR EACH ROW EXECUTE FUNCTION releases_immutable();
CREATE TRIGGER release_files_no_update_or_delete BEFORE UPDATE OR DELETE ON release_files
    FOR EACH ROW EXECUTE FUNCTION releases_immutable();
-- TRUNCATE skips row triggers; refuse it too.
CREATE TRIGGER releases_no_truncate BEFORE TRUNCATE ON releases
    FOR EACH STATEMENT EXECUTE FUNCTION releases_immutable();
CREATE TRIGGER release_files_no_truncate BEFORE TRUNCATE ON release_files
    FOR EACH STATEMENT EXECUTE FUNCTION releases_immutable();
CREATE FUNCTION release_files_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM release_files WHERE release_name = NEW.release_name)
       >= (SELECT files FROM releases WHERE name = NEW.release_name) THEN
        RAISE EXCEPTION 'releases are immutable: create a new release instead';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER release_files_sealed BEFORE INSERT ON release_files
    FOR EACH ROW EXECUTE FUNCTION release_files_sealed();
