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

/**
 * CSV exports of article-controlled text that a spreadsheet would run as a formula. Issue #10
 * (D7): titles and claims starting with {@code =HYPERLINK(} were written as they stood.
 */
class ExportCsvTest {
  static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example/\",\"click\")";
  /** Every claim of this article starts with a character a spreadsheet reads as a formula. */
  static final String FORMULA_ARTICLE = """
      url: https://news.example/formula
      title: =HYPERLINK("http://evil.example/","click")
      published: 2025-09-03

      U.S. forces struck a boat in the southern Caribbean on Tuesday, killing 11 people aboard, Defense Secretary Pete Hegseth said.

      “=HYPERLINK("http://evil.example/","these were narco-terrorists"), and we will keep going,” Hegseth said.

      Hegseth said @SUM(1+1)*cmd|' /C calc'!A0 was the target.
      """;

  @TempDir Path dir;
  private String db;

  @BeforeEach
  void ingest() throws Exception {
    db = dir.resolve("r.db").toString();
    Files.writeString(dir.resolve("formula.txt"), FORMULA_ARTICLE);
    assertThat(Cli.run("ingest", "--db", db, dir.resolve("formula.txt").toString()).exitCode()).isZero();
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
  }

  @Test
  void exportDocuments_formulaTitle_isPrefixedWithQuote() throws Exception {
    Cli run = Cli.run("export", "--db", db, "--what", "documents", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    List<CSVRecord> rows = parse(run.out());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("title")).isEqualTo("'" + FORMULA_TITLE);
    assertThat(rows.get(0).get("url")).isEqualTo("https://news.example/formula");
  }

  @Test
  void exportClaims_formulaClaimText_isPrefixedWithQuoteAndStaysOneCell() throws Exception {
    Cli run = Cli.run("export", "--db", db, "--what", "claims", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    List<String> texts = parse(run.out()).stream().map(r -> r.get("text")).toList();
    assertThat(texts).contains(
        "'=HYPERLINK(\"http://evil.example/\",\"these were narco-terrorists\"), and we will keep going",
        "'@SUM(1+1)*cmd|' /C calc'!A0 was the target");
    assertThat(texts).noneMatch(t -> t.startsWith("=") || t.startsWith("@") || t.startsWith("+") || t.startsWith("-"));
  }

  @Test
  void exportIncidents_numbers_areWrittenAsNumbers() throws Exception {
    Cli run = Cli.run("export", "--db", db, "--what", "incidents", "--format", "csv");

    CSVRecord incident = parse(run.out()).get(0);
    assertThat(incident.get("killed_min")).isEqualTo("11");
    assertThat(incident.get("place")).isEqualTo("in the southern Caribbean");
  }
}
