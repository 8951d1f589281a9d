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

  private interface Read {
    DocumentReader.FileOutcome run() throws BadInputException;
  }

  /** Reads one input; its failure, or its failed feed entries, are reported and the run goes on. */
  private static int read(Read read, List<BadInputException> failures, Listener listener) {
    try {
      DocumentReader.FileOutcome outcome = read.run();
      outcome.problems().forEach(p -> {
        failures.add(p);
        listener.failed(p);
      });
      return outcome.skipped();
    } catch (BadInputException e) {
      failures.add(e);
      listener.failed(e);
      return 0;
    }
  }

  /**
   * Ingests everything {@code inputs} names: files, directories, globs and web addresses.
   *
   * @throws DocumentSink.StoreFailure when the sink fails; documents stored before it stay stored
   */
  public IngestSummary ingest(List<String> inputs, DocumentSink sink, Listener listener) {
    List<String> addresses = inputs.stream().filter(DocumentReader::isWebAddress).toList();
    InputFiles.Expansion expansion = InputFiles.expand(inputs.stream().filter(i -> !DocumentReader.isWebAddress(i)).toList());
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
    listener.started(expansion.files().size() + addresses.size());
    for (Path file : expansion.files()) {
      skipped += read(() -> reader.read(file, counting), failures, listener);
      listener.fileDone(file);
    }
    for (String address : addresses) {
      skipped += read(() -> reader.read(address, counting), failures, listener);
      listener.fileDone(Path.of(address.replaceAll("[^\\p{Alnum}._-]+", "_")));
    }
    return new IngestSummary(expansion.files().size() + addresses.size(), counts[0], counts[1], skipped, failures);
  }
}
