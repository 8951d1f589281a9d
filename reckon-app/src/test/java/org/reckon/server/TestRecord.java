package org.reckon.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reckon.extract.Extractor;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.Ingester;
import org.reckon.store.Database;

/** A database for server tests: the bundled samples plus an article written to attack the page. */
final class TestRecord {
  /** An article whose text tries every usual HTML and script injection. */
  static final String HOSTILE = """
      title: <script>window.__xss = 1</script>Strike report
      outlet: <img src=x onerror="window.__xss=2">Hostile Wire
      published: 2025-10-22

      A strike on a boat in the eastern Pacific on Tuesday killed two people, <script>window.__xss = 3</script> officials said.
      “<img src=x onerror=window.__xss=4> We will not stop,” said Hegseth. <iframe src="javascript:window.__xss=5"></iframe>
      <a href="javascript:window.__xss=6">click</a> <svg onload="window.__xss=7"></svg> and </textarea><b>bold</b>.
      """;

  /** The clock of every server test: a fixed instant, moved forward by the tests that need time to pass. */
  static final MovingClock CLOCK = new MovingClock();

  private TestRecord() {}

  /** A clock a test moves; starts at 2026-01-02T03:04:05Z. */
  static final class MovingClock extends java.time.Clock {
    private volatile java.time.Instant now = java.time.Instant.parse("2026-01-02T03:04:05Z");

    void advance(java.time.Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  static Database create(Path dir) throws Exception {
    return create(dir, dir.resolve("server.db").toString());
  }

  /** The test record in the database at {@code location} (a SQLite file or a PostgreSQL URL). */
  static Database create(Path dir, String location) throws Exception {
    Path samples = Path.of(System.getProperty("reckon.home", "../.."), "samples");
    Files.writeString(dir.resolve("hostile.txt"), HOSTILE);
    Database db = Database.open(location, CLOCK);
    Extractor extractor = new Extractor();
    new Ingester(new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES)).ingest(
        List.of(samples.toString(), dir.resolve("hostile.txt").toString()),
        d -> db.documents().add(d, extractor.extract(d)), new Ingester.Listener() {});
    return db;
  }
}
