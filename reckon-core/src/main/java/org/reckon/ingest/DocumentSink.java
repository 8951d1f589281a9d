package org.reckon.ingest;

import org.reckon.model.Document;

/** Where ingest puts documents: the store, or a list in tests. */
@FunctionalInterface
public interface DocumentSink {
  /**
   * Takes one document.
   *
   * @return true when the document is new, false when the same text was already there
   * @throws StoreFailure when the document could not be kept; ingest stops, since the next
   *     document would most likely fail the same way
   */
  boolean accept(Document document);

  /** The sink could not keep a document (a database error, a full disk). */
  final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
