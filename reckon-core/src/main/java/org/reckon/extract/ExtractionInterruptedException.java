package org.reckon.extract;

/**
 * Thrown by {@link Extractor#extract} when the thread it runs on is interrupted: the extraction
 * stopped part-way and gave nothing. The thread's interrupt status is left set.
 */
public final class ExtractionInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ExtractionInterruptedException() {
    super("extraction interrupted");
  }
}
