package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of ingest: the packaged {@code reckon} is killed with SIGKILL in the middle of a
 * run of thousands of files, then run again. Every file must end up stored exactly once and the
 * SQLite file must be intact, because each document is written in one transaction.
 */
class KillDuringIngestIT {
  private static final int FILES = 4_000;
  private static final int KILL_AFTER = 300;

  @TempDir Path dir;

  @Test
  void ingest_killedMidRunThenRerun_storesEveryFileExactlyOnceAndDatabaseIsIntact() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(corpus.resolve(String.format("%05d.txt", i)), "title: Brief " + i + "\npublished: 2025-10-"
          + (10 + i % 20) + "\n\nBrief number " + i + ". " + "A strike on a boat was reported. ".repeat(20) + "\n");
    }
    String db = dir.resolve("crash.db").toString();

    Process first = reckon("ingest", "--db", db, corpus.toString());
    int storedAtKill = waitForDocuments(db, KILL_AFTER, first);
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int storedAfterKill = count(db, "SELECT count(*) FROM documents");
    assertThat(storedAfterKill).as("killed before the end").isBetween(storedAtKill, FILES - 1);

    Process second = reckon("ingest", "--db", db, corpus.toString());
    String summary = new String(second.getErrorStream().readAllBytes());
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(second.exitValue()).as(summary).isZero();
    assertThat(summary).contains(": " + (FILES - storedAfterKill) + " new, " + storedAfterKill + " already present, 0 failed.");
    assertThat(count(db, "SELECT count(*) FROM documents")).isEqualTo(FILES);
    assertThat(count(db, "SELECT count(DISTINCT source) FROM document_sources")).isEqualTo(FILES);
    assertThat(count(db, "SELECT count(*) FROM documents WHERE characters <> length(text)")).isZero();
    assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");
    assertThat(count(db, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
  }

  private Process reckon(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", appJar()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String appJar() {
    Path jar = Path.of(System.getProperty("reckon.app.jar", "target/reckon-app.jar"));
    assertThat(jar).as("the packaged application (run under 'mvn verify')").exists();
    return jar.toString();
  }

  /** Polls until at least {@code n} documents are committed; returns how many were seen. */
  private static int waitForDocuments(String db, int n, Process process) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("ingest ended before it could be killed").isTrue();
      try {
        int stored = count(db, "SELECT count(*) FROM documents");
        if (stored >= n) {
          return stored;
        }
      } catch (SQLException notYetCreated) {
        // the process has not created the schema yet
      }
      Thread.sleep(20);
    }
    throw new AssertionError("fewer than " + n + " documents stored after two minutes");
  }

  private static int count(String db, String sql) throws SQLException {
    return Integer.parseInt(query(db, sql));
  }

  private static String query(String db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
