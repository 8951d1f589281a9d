package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.ingest.TextNormalizer;

/** docs, show, export and demo over a small database written by ingest. */
class ReadBackCommandsTest {
  private static final String TRICKY = "He said, \"11 were killed\"; the boat burned.\nSecond line, with a comma.";

  @TempDir Path dir;
  private String db;
  private String trickyId;

  @BeforeEach
  void ingest() throws Exception {
    db = dir.resolve("r.db").toString();
    Files.writeString(dir.resolve("a.txt"), "url: https://news.example/a\ntitle: A strike\npublished: 2025-09-02\n\n" + TRICKY);
    Files.writeString(dir.resolve("b.txt"), "Undated text.");
    trickyId = TextNormalizer.sha256(TRICKY);
    assertThat(Cli.run("ingest", "--db", db, dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()).exitCode()).isZero();
  }

  @Test
  void docs_table_listsIdDateBasisCharsSourceTitle() {
    Cli run = Cli.run("docs", "--db", db);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("PUBLISHED", "BASIS", "CHARS", "SOURCE", "TITLE");
    assertThat(lines.get(1)).startsWith(trickyId.substring(0, 12)).contains("2025-09-02", "header",
        String.valueOf(TRICKY.length()), "A strike");
    assertThat(lines.get(2)).contains("-", "unknown", "b.txt");
  }

  @Test
  void docs_emptyDatabase_saysHowToAddDocuments() {
    Cli run = Cli.run("docs", "--db", dir.resolve("empty.db").toString());
    assertThat(run.err()).contains("No documents in ").contains("add some with 'reckon ingest PATH'");
  }

  @Test
  void show_prefix_printsMetadataThenText() {
    Cli run = Cli.run("show", "--db", db, trickyId.substring(0, 8));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("id:          " + trickyId, "url:         https://news.example/a",
        "published:   2025-09-02 (header)", "characters:  " + TRICKY.length());
    assertThat(run.out()).endsWith("\n" + TRICKY + System.lineSeparator());
  }

  /** Regression (issue #10, D8d): titles and text could drive the terminal (clear it, retitle it, hide lines). */
  @Test
  void docsAndShow_controlCharactersInTitleAndText_arePrintedEscaped() throws Exception {
    String body = "Two killed.\u001b[2J\tTabbed\u009b31m on\nline two\u0007.";
    Files.writeString(dir.resolve("evil.txt"), "title: Boat\u001b]0;pwned\u0007 strike\noutlet: Wire\u0090Desk\n\n" + body);
    assertThat(Cli.run("ingest", "--db", db, dir.resolve("evil.txt").toString()).exitCode()).isZero();

    Cli docs = Cli.run("docs", "--db", db);
    Cli show = Cli.run("show", "--db", db, TextNormalizer.sha256(body).substring(0, 8));

    assertThat(docs.out()).contains("Boat\\x1B]0;pwned\\x07 strike").doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F]");
    assertThat(show.out()).contains("title:       Boat\\x1B]0;pwned\\x07 strike", "outlet:      Wire\\x90Desk",
        "Two killed.\\x1B[2J\tTabbed\\x9B31m on\nline two\\x07.")
        .doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
  }

  @Test
  void show_unknownId_exitsTwoWithHint() {
    Cli run = Cli.run("show", "--db", db, "ffffffff");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no document id starts with 'ffffffff'").contains("list them with 'reckon docs'");
  }

  @Test
  void export_csv_roundTripsTextWithQuotesCommasAndNewlines() throws Exception {
    Cli run = Cli.run("export", "--db", db, "--what", "documents", "--format", "csv");

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("id")).isEqualTo(trickyId);
    assertThat(rows.get(0).get("text")).isEqualTo(TRICKY);
    assertThat(rows.get(0).get("published")).isEqualTo("2025-09-02");
    assertThat(rows.get(1).get("published")).isEmpty();
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(ExportCommand.DOCUMENT_COLUMNS);
  }

  @Test
  void export_jsonlToFile_writesOneObjectPerDocument() throws Exception {
    Path out = dir.resolve("docs.jsonl");
    Cli run = Cli.run("export", "--db", db, "--format", "jsonl", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    var first = DocumentJson.MAPPER.readTree(lines.get(0));
    assertThat(first.get("text").asText()).isEqualTo(TRICKY);
    assertThat(first.get("published_basis").asText()).isEqualTo("header");
    assertThat(first.has("published_range")).isTrue();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void demo_samples_ingestsAndListsThemTwiceWithoutDuplicates() {
    Path samples = Path.of(System.getProperty("reckon.home", "../.."), "samples");
    String demoDb = dir.resolve("demo.db").toString();

    Cli first = Cli.run("demo", "--no-serve", "--db", demoDb, "--samples", samples.toString());
    Cli second = Cli.run("demo", "--no-serve", "--db", demoDb, "--samples", samples.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).contains(" new, 0 already present, 0 failed.");
    assertThat(second.err()).contains(": 0 new, ");
    assertThat(first.out()).contains("2025-09-02", "header", "Stored in " + demoDb);
  }

  @Test
  void help_listsCommandsAndExitStatus() {
    Cli run = Cli.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ingest", "docs", "show", "export", "demo", "Exit status:",
        "1  some inputs failed");
  }
}
