package org.reckon.extract;

/** A sentence of a document: {@code [start, end)} in its text, and its paragraph's number. */
record Sentence(int index, int start, int end, int paragraph, String text) {
  boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
