package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reckon.eval.CorpusGold;
import org.reckon.eval.GoldDocument;

/**
 * The development corpus in {@code eval/corpus/corpus.jsonl} (its README says how it was made):
 * it keeps no text of the reports, only facts, and none of its pages is held out.
 */
class CorpusManifestTest {
  private static final Path CORPUS = Path.of("../eval/corpus/corpus.jsonl");
  private static List<CorpusGold.Entry> entries;

  @BeforeAll
  static void read() throws IOException {
    entries = CorpusGold.read(CORPUS);
  }

  @Test
  void everyLine_namesItsTextAddressQueryAndChecksum_once() {
    Set<String> files = new HashSet<>();
    for (CorpusGold.Entry e : entries) {
      assertThat(files.add(e.file())).as("one line per text: %s", e.file()).isTrue();
      assertThat(e.bodySha1()).as(e.file()).matches("[0-9a-f]{40}");
      assertThat(e.line().path("query").asText()).as(e.file()).isNotBlank();
      assertThat(e.language()).as(e.file()).isIn("en", "es");
      assertThat(GoldDocument.ALL_TYPES).containsAll(annotated(e));
    }
    assertThat(entries).hasSizeGreaterThanOrEqualTo(200);
  }

  @Test
  void noLine_quotesItsReport() {
    for (CorpusGold.Entry e : entries) {
      e.line().path("incidents").forEach(i -> assertThat(i.has("place")).as(e.file()).isFalse());
      e.line().path("claims").forEach(c -> assertThat(c.has("text")).as(e.file()).isFalse());
      for (String field : List.of("text", "body", "excerpt")) {
        assertThat(e.line().has(field)).as("%s keeps no %s", e.file(), field).isFalse();
      }
    }
  }

  @Test
  void theSplit_keepsAboutOneThirdForTest() {
    long test = entries.stream().filter(e -> e.split().equals("test")).count();
    assertThat((double) test / entries.size()).isBetween(0.25, 0.42);
  }

  @Test
  void noPage_isHeldOut() throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", SharedMaterial.heldOutTool().toString()));
    entries.forEach(e -> command.add(e.url()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out.lines().filter(l -> l.startsWith("held-out"))).as("held-out pages in the corpus").isEmpty();
    assertThat(out.lines().filter(l -> l.startsWith("free"))).hasSize(entries.size());
  }

  private static List<String> annotated(CorpusGold.Entry e) {
    List<String> types = new ArrayList<>();
    for (JsonNode t : e.line().path("annotated")) {
      types.add(t.asText());
    }
    return types;
  }
}
