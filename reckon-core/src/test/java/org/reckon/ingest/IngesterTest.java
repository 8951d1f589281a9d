package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

  /** Regression (issue #10, D3): /dev/zero passed the size check (Files.size is 0) and filled the heap. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard only: the fix never reads the device
  void ingest_devZeroBesideAText_readsTheTextAndRefusesDevZeroByName() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "/dev/zero is missing on this system; nothing to test");
    Path text = Files.writeString(dir.resolve("short.txt"), "Two men were killed in the strike.\n");

    IngestSummary s = new Ingester(new DocumentReader(1_000_000))
        .ingest(List.of(zero.toString(), text.toString()), sink, new Ingester.Listener() {});

    assertThat(byId.values()).extracting(Document::source).containsExactly(text.toString());
    assertThat(s.failures()).extracting(BadInputException::getMessage).containsExactly(
        "/dev/zero: not a regular file (a character device); ingest reads only regular files: "
            + "save its content to a file and ingest that");
  }

  /** Regression (issue #10, D3): a FIFO nobody writes to blocked the run forever when it was opened. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard only: the fix never opens the FIFO
  void ingest_fifoWithoutWriterBesideAText_isRefusedWithoutHanging() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    boolean made;
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available here, so no FIFO can be made; skipping the FIFO test");
    Path text = Files.writeString(dir.resolve("short.txt"), "Two men were killed in the strike.\n");

    IngestSummary s = new Ingester(new DocumentReader(1_000_000))
        .ingest(List.of(fifo.toString(), text.toString()), sink, new Ingester.Listener() {});

    assertThat(byId.values()).extracting(Document::source).containsExactly(text.toString());
    assertThat(s.failures()).extracting(BadInputException::getMessage).containsExactly(
        fifo + ": not a regular file (a FIFO); ingest reads only regular files: save its content to a file and ingest that");
  }
}
