package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void extract_printsOneContractObjectPerDocumentWithSpansIntoTheText() throws Exception {
    String body = "“We hit the boat,” Defense Secretary Pete Hegseth said. Tuesday's strike in the Caribbean killed three people.";
    Path file = Files.writeString(dir.resolve("a.txt"), "published: 2025-09-17\n\n" + body + "\n");

    Cli run = Cli.run("extract", "--format", "jsonl", file.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode e = DocumentJson.MAPPER.readTree(run.out().strip());
    assertThat(e.get("document").get("published").asText()).isEqualTo("2025-09-17");
    assertThat(e.get("document").get("published_basis").asText()).isEqualTo("header");
    assertThat(e.get("document").get("language").asText()).isEqualTo("en");
    JsonNode incident = e.get("incidents").get(0);
    assertThat(incident.get("date").asText()).isEqualTo("2025-09-16");
    assertThat(incident.get("killed").get("min").asInt()).isEqualTo(3);
    for (String type : new String[] {"incidents", "claims", "actors"}) {
      for (JsonNode fact : e.get(type)) {
        for (JsonNode span : fact.get("evidence")) {
          assertThat(body.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
        }
      }
    }
  }

  @Test
  void extract_badInputAmongGood_isNamedAndExitIsOne() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Three people were killed.");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

    Cli run = Cli.run("extract", good.toString(), empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).contains(empty + ": empty file (0 bytes)");
  }

  @Test
  void runner_documentOverTheTimeBudget_isSkippedWithAMessageNamingIt() {
    String text = "A sentence about a strike that killed people. ".repeat(200_000);
    Document big = new Document(TextNormalizer.sha256(text), "huge.txt", null, null, null, null, null, null,
        PublishedBasis.UNKNOWN, text, Map.of());
    StringWriter err = new StringWriter();
    try (ExtractionRunner runner = new ExtractionRunner(Duration.ofMillis(1))) {
      assertThat(runner.extract(big, new PrintWriter(err, true))).isNull();
    }
    assertThat(err.toString()).contains("huge.txt: skipped, extraction took longer than 1 ms; split the document or raise --time-budget");
  }
}
