package org.reckon.model;

/**
 * Where a fact came from: {@code [start, end)} in UTF-16 {@code char}s of a document's
 * normalised text, with the text itself so that a reader never needs the offsets.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException("span text has " + text.length() + " chars, span is " + (end - start));
    }
  }

  /** The span of {@code [start, end)} in {@code documentText}. */
  public static Span of(String documentText, int start, int end) {
    return new Span(start, end, documentText.substring(start, end));
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
