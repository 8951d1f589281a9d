package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * An interrupted extraction stops. Issue #10 (D1): neither the regexes nor the loops over a whole
 * document looked at the interrupt, so a document that took minutes ran for minutes after
 * {@code Future.cancel(true)}.
 */
class ExtractorInterruptionTest {
  private static Document document(String text) {
    return new Document(TextNormalizer.sha256(text), "slow.txt", null, null, null, "en", null, null,
        PublishedBasis.UNKNOWN, text, Map.of());
  }

  private static Throwable extractInterruptedAfter(String text, long millis) throws Exception {
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread worker = new Thread(() -> {
      try {
        new Extractor().extract(document(text));
        thrown.complete(null);
      } catch (Throwable t) {
        thrown.complete(t);
      }
    });
    worker.setDaemon(true);
    worker.start();
    Thread.sleep(millis);
    worker.interrupt();
    return thrown.get(20, TimeUnit.SECONDS);
  }

  @Test
  @Timeout(60)
  void extract_interruptedOnAManyMentionDocument_stopsWithExtractionInterrupted() throws Exception {
    // every mention of a person is looked up among all the sentences: minutes, uninterrupted
    assertThat(extractInterruptedAfter("Pete Hegseth said so. ".repeat(60_000), 1_000))
        .isInstanceOf(ExtractionInterruptedException.class);
  }

  @Test
  @Timeout(60)
  void extract_interruptedOnALineOfUnclosedQuotes_stopsWithExtractionInterrupted() throws Exception {
    // each unclosed quote is scanned to the end of its paragraph
    assertThat(extractInterruptedAfter("“Pete Hegseth said so. ".repeat(60_000), 1_000))
        .isInstanceOf(ExtractionInterruptedException.class);
  }

  @Test
  void extract_interruptedBeforeItStarts_stopsAndKeepsTheInterrupt() {
    Thread.currentThread().interrupt();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Extractor().extract(document("Three people were killed.")))
          .isInstanceOf(ExtractionInterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
