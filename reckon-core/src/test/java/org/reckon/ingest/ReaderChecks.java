package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Document;

/**
 * What every reader promises for any bytes (data-contract §1 and {@link BadInputException}), checked
 * by the fuzz tests and by the regression corpus: a file gives documents or a {@link
 * BadInputException}, never another exception; each document's text is normalised, not blank, and
 * its id is the SHA-256 of that text; every rejection is one line naming the input, the problem and
 * the fix; the outcome counts the documents the sink got.
 */
public final class ReaderChecks {
  private ReaderChecks() {}

  /** What reading one file gave: its documents and outcome, or the rejection. */
  public record Read(List<Document> documents, DocumentReader.@Nullable FileOutcome outcome,
      @Nullable BadInputException failure) {}

  /**
   * Reads {@code file} as ingest does and checks the promises above.
   *
   * @throws Exception whatever else the reader threw: that is the finding
   */
  public static Read readAndCheck(DocumentReader reader, Path file) throws Exception {
    List<Document> documents = new ArrayList<>();
    Read read;
    try {
      read = new Read(documents, reader.read(file, d -> documents.add(d)), null);
    } catch (BadInputException e) {
      read = new Read(documents, null, e);
    }
    check(read, file.toString());
    return read;
  }

  static void check(Read read, String input) {
    if (read.failure() != null) {
      checkMessage(read.failure());
      assertThat(read.failure().input()).as("the input a rejection names").isEqualTo(input);
    } else {
      assertThat(read.outcome().documents()).as("documents counted vs handed over").isEqualTo(read.documents().size());
      assertThat(read.outcome().skipped()).isNotNegative();
      read.outcome().problems().forEach(ReaderChecks::checkMessage);
    }
    read.documents().forEach(ReaderChecks::checkDocument);
  }

  static void checkMessage(BadInputException e) {
    assertThat(e.input()).as("the input named").isNotBlank();
    assertThat(e.problem()).as("the problem in " + e.getMessage()).isNotBlank();
    assertThat(e.fix()).as("the fix in " + e.getMessage()).isNotBlank();
    assertThat(e.getMessage()).as("a rejection is one line").doesNotContain("\n").doesNotContain("\r");
  }

  static void checkDocument(Document d) {
    String text = d.text();
    assertThat(text).as("a document's text").isNotBlank();
    assertThat(TextNormalizer.normalize(text)).as("a document's text is normalised").isEqualTo(text);
    assertThat(d.id()).as("a document's id is the SHA-256 of its text").isEqualTo(TextNormalizer.sha256(text));
    assertThat(d.source()).isNotBlank();
    for (String value : new String[] {d.url(), d.title(), d.outlet(), d.language()}) {
      if (value != null) {
        assertThat(value).as("a stated url, title, outlet or language").isNotBlank();
      }
    }
    d.metadata().keySet().forEach(k -> assertThat(k).as("a metadata key").isNotBlank());
  }
}
