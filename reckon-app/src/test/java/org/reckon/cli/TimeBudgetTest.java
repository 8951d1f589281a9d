package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.store.Database;

/**
 * {@code --time-budget} on extract, ingest and reextract: a document whose extraction runs over is
 * stopped and named as failed, and the documents after it keep their facts. Issue #10 (D1): the
 * slow document was never stopped (one worker, and {@code Future.cancel} cannot stop a rule), so
 * every later document timed out behind it, and ingest stored them all without facts, printed
 * "0 failed" and exited 0.
 */
class TimeBudgetTest {
  /**
   * 11 MB of one name said again and again, under the default size limit. When this test was
   * written, each mention was looked up among all the sentences and 0.9 MB took a minute; since
   * extraction is linear (issue #10 D4) a warm extractor does about 0.5 MB a second, so the text is
   * large enough to run well over any budget here however fast the machine (1.3 MB once finished
   * inside 3 s in CI).
   */
  static final String SLOW_TEXT = "published: 2025-09-03\n\n" + "Pete Hegseth said so. ".repeat(500_000);
  private static final String SHORT_A = """
      published: 2025-09-03

      U.S. forces struck a boat in the southern Caribbean on Tuesday, killing 11 people aboard, Defense Secretary Pete Hegseth said.
      """;
  private static final String SHORT_B = """
      published: 2025-10-28

      A strike on a vessel in the eastern Pacific on Monday killed four people, the Pentagon said.
      """;
  private static final String BUDGET = "3";

  @TempDir Path dir;

  private List<String> inputs() throws Exception {
    return List.of(Files.writeString(dir.resolve("slow.txt"), SLOW_TEXT).toString(),
        Files.writeString(dir.resolve("a.txt"), SHORT_A).toString(),
        Files.writeString(dir.resolve("b.txt"), SHORT_B).toString());
  }

  private static String[] args(List<String> head, List<String> tail) {
    return java.util.stream.Stream.concat(head.stream(), tail.stream()).toArray(String[]::new);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void extract_documentOverBudgetBeforeShortOnes_namesItWithTheFixPrintsTheOthersExitsOne() throws Exception {
    List<String> files = inputs();

    Cli run = Cli.run(args(List.of("extract", "--time-budget", BUDGET), files));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(files.get(0)
        + ": skipped: extraction took longer than 3 s; split the document or raise --time-budget");
    List<JsonNode> printed = run.out().lines().map(TimeBudgetTest::json).toList();
    assertThat(printed).hasSize(2);
    assertThat(printed).allSatisfy(e -> assertThat(e.get("incidents")).isNotEmpty());
    assertThat(printed.get(0).get("incidents").get(0).get("killed").get("min").asInt()).isEqualTo(11);
    assertThat(printed.get(1).get("incidents").get(0).get("killed").get("min").asInt()).isEqualTo(4);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void ingest_documentOverBudgetBeforeShortOnes_storesItWithoutFactsCountsItFailedExitsOne() throws Exception {
    List<String> files = inputs();
    String db = dir.resolve("r.db").toString();

    Cli run = Cli.run(args(List.of("ingest", "--db", db, "--time-budget", BUDGET), files));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(": 3 new, 0 already present, 1 failed.").contains("  " + files.get(0)
        + ": extraction took longer than 3 s, stored without facts; split the document, or raise --time-budget and run"
        + " 'reckon reextract --time-budget SECONDS'");
    try (Database d = Database.open(db)) {
      assertThat(d.documents().count()).isEqualTo(3);
      assertThat(d.facts().hasExtraction(TextNormalizer.sha256(SHORT_A.substring(SHORT_A.indexOf("\n\n") + 2).strip()),
          Extractor.VERSION)).isTrue();
      assertThat(d.facts().hasExtraction(TextNormalizer.sha256(SHORT_B.substring(SHORT_B.indexOf("\n\n") + 2).strip()),
          Extractor.VERSION)).isTrue();
      assertThat(d.facts().documentsWithout(Extractor.VERSION)).hasSize(1);
    }

    Cli retry = Cli.run("reextract", "--db", db, "--time-budget", BUDGET);

    assertThat(retry.exitCode()).as(retry.err()).isEqualTo(1);
    assertThat(retry.err()).contains(files.get(0) + ": skipped: extraction took longer than 3 s; split the document or raise"
        + " --time-budget").contains("Re-extracted 0 documents with " + Extractor.VERSION).contains("1 failed");
  }

  @Test
  void ingest_timeBudgetNotPositive_isAUsageErrorNamingTheValue() throws Exception {
    Cli zero = Cli.run("ingest", "--db", dir.resolve("r.db").toString(), "--time-budget", "0", inputs().get(1));
    Cli word = Cli.run("extract", "--time-budget", "soon", inputs().get(1));

    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("'0' is not a positive number of seconds up to a year; write e.g. 20 or 0.5");
    assertThat(word.exitCode()).isEqualTo(2);
    assertThat(word.err()).contains("'soon' is not a number of seconds; write e.g. 20 or 0.5");
  }

  @Test
  void extract_fractionalBudget_isAccepted() throws Exception {
    Cli run = Cli.run("extract", "--time-budget", "10.5", inputs().get(1), inputs().get(2));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2);
  }

  private static JsonNode json(String line) {
    try {
      return DocumentJson.MAPPER.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
