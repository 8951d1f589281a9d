package org.reckon.ingest;

import java.util.List;

/**
 * The end of an ingest run: how many files were read, how many documents were new or already
 * stored, how many captures inside archives were skipped, and every failure with its message.
 */
public record IngestSummary(int files, int added, int present, int skipped, List<BadInputException> failures) {
  public IngestSummary {
    failures = List.copyOf(failures);
  }

  public boolean failed() {
    return !failures.isEmpty();
  }
}
