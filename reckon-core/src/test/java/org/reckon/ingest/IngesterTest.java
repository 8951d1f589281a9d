package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Document;

class IngesterTest {
  @TempDir Path dir;

  private final Map<String, Document> byId = new HashMap<>();
  private final DocumentSink sink = d -> byId.putIfAbsent(d.id(), d) == null;

  @Test
  void ingest_sameTextUnderTwoNames_isNewOnceThenPresent() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Eleven were killed.\n");
    Files.writeString(dir.resolve("b.txt"), "title: Copy\n\nEleven were killed.\r\n");

    IngestSummary s = new Ingester(new DocumentReader(1_000_000)).ingest(List.of(dir.toString()), sink, new Ingester.Listener() {});

    assertThat(s.files()).isEqualTo(2);
    assertThat(s.added()).isEqualTo(1);
    assertThat(s.present()).isEqualTo(1);
    assertThat(byId).hasSize(1);
  }

  @Test
  void ingest_mixOfGoodAndBad_storesGoodOnesAndReportsEachBadOne() throws Exception {
    Files.writeString(dir.resolve("good1.txt"), "Three were killed.");
    Files.writeString(dir.resolve("good2.html"), "<html><body><p>Four were killed.</p></body></html>");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2});
    Files.writeString(dir.resolve("bad-date.txt"), "published: yesterday\n\nText.");

    IngestSummary s = new Ingester(new DocumentReader(1_000_000))
        .ingest(List.of(dir.toString(), dir + "/absent.txt"), sink, new Ingester.Listener() {});

    assertThat(s.added()).isEqualTo(2);
    assertThat(s.failed()).isTrue();
    assertThat(s.failures()).extracting(BadInputException::input).containsExactlyInAnyOrder(
        dir + "/absent.txt", dir + "/empty.txt", dir + "/binary.txt", dir + "/bad-date.txt");
  }
}
