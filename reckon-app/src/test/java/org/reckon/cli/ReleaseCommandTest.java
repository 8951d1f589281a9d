package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommandTest {
  @TempDir Path dir;

  private String ingestSamples() {
    String db = dir.resolve("r.db").toString();
    Cli.run("ingest", "--db", db, Path.of(System.getProperty("reckon.home", "../.."), "samples").toString());
    return db;
  }

  @Test
  void create_withOutput_writesEveryFileThatTheManifestSums() throws Exception {
    String db = ingestSamples();
    Path out = dir.resolve("release-2026-01");

    Cli create = Cli.run("release", "create", "2026-01", "-o", out.toString(), "--db", db, "--by", "root");

    assertThat(create.exitCode()).as(create.err()).isZero();
    assertThat(create.out()).startsWith("Created release 2026-01: 12 files in " + out + ".\n")
        .contains("Reckon incident record, release 2026-01 (");
    String manifest = Files.readString(out.resolve("MANIFEST.sha256"));
    assertThat(manifest.lines()).hasSize(11).allSatisfy(line -> {
      String[] parts = line.split("  ", 2);
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve(parts[1])))))
          .as(parts[1]).isEqualTo(parts[0]);
    });
    assertThat(Files.readString(out.resolve("CHANGES.md"))).contains("The first release: ").contains("- 2025-09-02-caribbean");
    assertThat(Files.readString(out.resolve("incidents.csv"))).startsWith("incident_id,date,");
    assertThat(Cli.run("release", "list", "--db", db).out()).contains("2026-01").contains("root");
  }

  @Test
  void create_afterADecision_changesListIt() throws Exception {
    String db = ingestSamples();
    Cli.run("release", "create", "2026-01", "--db", db);
    Cli.run("decide", "--db", db, "set", "2025-09-02-caribbean", "killed_best", "12", "--reason", "one more", "--by", "ana");
    Path out = dir.resolve("two");

    Cli second = Cli.run("release", "create", "2026-02", "-o", out.toString(), "--db", db);

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Files.readString(out.resolve("CHANGES.md"))).contains("changes since 2026-01", "## Incidents changed (1)",
        "- 2025-09-02-caribbean\n  - killed_best: 11 → 12 — decision #1 (set by ana, ");
  }

  @Test
  void create_existingOrBadName_orFullDirectory_isRefused() throws Exception {
    String db = ingestSamples();
    Cli.run("release", "create", "2026-01", "--db", db);
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("notes.txt"), "mine");

    Cli again = Cli.run("release", "create", "2026-01", "--db", db);
    Cli script = Cli.run("release", "create", "<script>x</script>", "--db", db);
    Cli notEmpty = Cli.run("release", "create", "2026-02", "-o", full.toString(), "--db", db);

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("reckon: release '2026-01' exists, and releases never change; choose another name\n");
    assertThat(script.err()).startsWith("reckon: '<script>x</script>' is not a valid release name: ");
    assertThat(notEmpty.err()).isEqualTo("reckon: " + full + " is not empty; write the release into a new or empty directory\n");
    assertThat(Cli.run("release", "list", "--db", db).out().lines()).hasSize(2);
  }
}
