package org.reckon.extract;

/**
 * A sentence of a document: {@code [start, end)} in its text, and its paragraph's number.
 *
 * <p>Reading {@link #text()} checks whether the extraction was stopped ({@link Interruptions}):
 * every rule reads the sentences it works on, so no rule runs on for long after a stop.
 */
record Sentence(int index, int start, int end, int paragraph, String text) {
  /**
   * The sentence's text.
   *
   * @throws ExtractionInterruptedException when the current thread has been interrupted
   */
  @Override
  public String text() {
    Interruptions.check();
    return text;
  }

  boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
