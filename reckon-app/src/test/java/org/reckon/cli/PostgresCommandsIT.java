package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole command line on a real PostgreSQL server (Zonky's embedded binaries, started
 * in-process): ingest with extraction, record, decisions and export give what they give on SQLite.
 */
class PostgresCommandsIT {
  private static EmbeddedPostgres postgres;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE reckon_cli");
    }
    url = postgres.getJdbcUrl("postgres", "reckon_cli");
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void ingestRecordDecideExport_onPostgres() {
    Path samples = Path.of(System.getProperty("reckon.home", "../.."), "samples");
    String sqlite = Path.of(System.getProperty("java.io.tmpdir"), "reckon-pg-compare-" + System.nanoTime() + ".db").toString();

    Cli ingest = Cli.run("ingest", "--db", url, samples.toString());
    Cli again = Cli.run("ingest", "--db", url, samples.toString());
    Cli.run("ingest", "--db", sqlite, samples.toString());
    Cli decide = Cli.run("decide", "--db", url, "confirm", "2025-10-27-eastern_pacific", "--reason", "four boats shown on video");

    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(again.err()).contains(": 0 new, ");
    assertThat(decide.exitCode()).as(decide.err()).isZero();
    String onPostgres = Cli.run("export", "--db", url, "--what", "incidents", "--format", "csv").out();
    String onSqlite = Cli.run("export", "--db", sqlite, "--what", "incidents", "--format", "csv").out();
    assertThat(onPostgres).contains("2025-10-27-eastern_pacific").contains(",confirmed\r\n");
    assertThat(onPostgres.replace(",confirmed\r\n", ",extracted\r\n")).isEqualTo(onSqlite);
    assertThat(Cli.run("history", "--db", url, "2025-10-27-eastern_pacific").out())
        .contains("status extracted -> confirmed (confirm: four boats shown on video)");
  }
}
