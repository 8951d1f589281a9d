package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
