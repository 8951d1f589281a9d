package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;
import org.reckon.store.Database;

class DecisionCommandsTest {
  @TempDir Path dir;

  @Test
  void decisions_surviveReextraction_andHistoryShowsThem() throws Exception {
    String db = dir.resolve("r.db").toString();
    String text = "A strike on a boat in the Caribbean on Saturday killed three people, Hegseth said.";
    // The document as an older extractor version stored it: reextract must add a new extraction.
    try (Database d = Database.open(db)) {
      Document doc = new Document(TextNormalizer.sha256(text), "a.txt", null, null, "Wire", "en",
          java.time.LocalDate.of(2025, 11, 2), null, PublishedBasis.HEADER, text, java.util.Map.of());
      Extraction current = new Extractor().extract(doc);
      Extraction old = new Extraction(doc, "rules-0.0", current.language(), current.published(), current.publishedRange(),
          current.publishedBasis(), current.incidents(), current.tallies(), current.claims(), current.actors(),
          current.instruments());
      d.documents().add(doc, old);
    }

    Cli set = Cli.run("decide", "--db", db, "set", "2025-11-01-caribbean", "killed_best", "4", "--reason",
        "a fourth body was found", "--by", "ana");
    Cli confirm = Cli.run("decide", "--db", db, "confirm", "2025-11-01-caribbean", "--reason", "video released");
    Cli reextract = Cli.run("reextract", "--db", db);
    Cli record = Cli.run("export", "--db", db, "--what", "incidents", "--format", "csv");
    Cli history = Cli.run("history", "--db", db, "2025-11-01-caribbean");

    assertThat(set.exitCode()).isZero();
    assertThat(set.out()).startsWith("Recorded decision #1: set killed_best of 2025-11-01-caribbean to 4 (by ana, ");
    assertThat(confirm.exitCode()).isZero();
    assertThat(reextract.err()).contains("Re-extracted 1 document with " + Extractor.VERSION);
    assertThat(record.out()).contains("2025-11-01-caribbean,2025-11-01,day,caribbean").contains(",confirmed\r\n");
    assertThat(record.out().lines().skip(1).findFirst().orElseThrow()).contains(",3,3,4,");
    assertThat(history.out()).contains("#1 ", " ana: killed_best 3 -> 4 (set: a fourth body was found)",
        "status extracted -> confirmed (confirm: video released)");
  }

  @Test
  void decide_badInput_isRefusedWithTheFixAndNothingIsStored() throws Exception {
    String db = dir.resolve("r.db").toString();
    Files.writeString(dir.resolve("a.txt"), "published: 2025-11-02\n\nA strike on a boat in the Caribbean on Saturday killed three people.");
    Cli.run("ingest", "--db", db, dir.resolve("a.txt").toString());

    Cli unknown = Cli.run("decide", "--db", db, "confirm", "2099-01-01-caribbean", "--reason", "x");
    Cli badValue = Cli.run("decide", "--db", db, "set", "2025-11-01-caribbean", "region", "atlantic", "--reason", "x");
    Cli missingArgs = Cli.run("decide", "--db", db, "set", "2025-11-01-caribbean", "--reason", "x");
    Cli noReason = Cli.run("decide", "--db", db, "confirm", "2025-11-01-caribbean");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no incident '2099-01-01-caribbean' in the record; list them with 'reckon record'");
    assertThat(badValue.err()).contains("'atlantic' is not a valid region (one of caribbean, eastern_pacific, unknown)");
    assertThat(missingArgs.err()).contains("set takes 2 argument(s) after the incident, got 0");
    assertThat(noReason.exitCode()).isEqualTo(2);
    assertThat(noReason.err()).contains("Missing required option: '--reason");
    try (Database d = Database.open(db)) {
      assertThat(d.decisions().all()).isEmpty();
    }
  }
}
