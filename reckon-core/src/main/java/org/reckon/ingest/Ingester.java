package org.reckon.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an ingest: expands the inputs, reads each file, hands its documents to the sink, and
 * reports every bad input without stopping. Thread-confined: one run at a time per instance.
 */
public final class Ingester {
  /** Hears of progress, so the command line can draw a bar; every method has a no-op default. */
  public interface Listener {
    default void started(int files) {}

    default void fileDone(Path file) {}

    default void failed(BadInputException problem) {}
  }

  private final DocumentReader reader;

  public Ingester(DocumentReader reader) {
    this.reader = reader;
  }

  /**
   * Ingests everything {@code inputs} names.
   *
   * @throws DocumentSink.StoreFailure when the sink fails; documents stored before it stay stored
   */
  public IngestSummary ingest(List<String> inputs, DocumentSink sink, Listener listener) {
    InputFiles.Expansion expansion = InputFiles.expand(inputs);
    List<BadInputException> failures = new ArrayList<>();
    expansion.problems().forEach(p -> {
      failures.add(p);
      listener.failed(p);
    });
    int[] counts = new int[2]; // added, present
    DocumentSink counting = document -> {
      boolean added = sink.accept(document);
      counts[added ? 0 : 1]++;
      return added;
    };
    int skipped = 0;
    listener.started(expansion.files().size());
    for (Path file : expansion.files()) {
      try {
        skipped += reader.read(file, counting).skipped();
      } catch (BadInputException e) {
        failures.add(e);
        listener.failed(e);
      }
      listener.fileDone(file);
    }
    return new IngestSummary(expansion.files().size(), counts[0], counts[1], skipped, failures);
  }
}
