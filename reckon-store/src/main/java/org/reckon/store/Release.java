package org.reckon.store;

import java.time.Instant;
import java.util.List;

/**
 * A release: a frozen, citable copy of the record, its files listed with their SHA-256.
 *
 * @param lastDecision the log position of the last decision it includes (0 when none)
 */
public record Release(String name, Instant createdAt, String createdBy, long lastDecision, String citation, List<File> files) {
  public Release {
    files = List.copyOf(files);
  }

  /** One file of a release, as stored; {@code content} is its whole text (UTF-8 when written out). */
  public record File(String path, String sha256, String content) {}
}
