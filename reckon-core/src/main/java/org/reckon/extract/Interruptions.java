package org.reckon.extract;

/**
 * Where a running extraction notices it was stopped. {@code Future.cancel(true)} only sets the
 * thread's interrupt status, and neither {@code java.util.regex} nor a plain loop looks at it, so
 * the rules look themselves: between sentences (every read of {@link Sentence#text()}), in the loops
 * over a whole document, and, for patterns run over a whole document, on every character the
 * matcher reads ({@link #chars}). A check is one read of the interrupt status: cheap enough for
 * every character.
 */
final class Interruptions {
  private Interruptions() {}

  /** @throws ExtractionInterruptedException when the current thread has been interrupted */
  static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new ExtractionInterruptedException();
    }
  }

  /** {@code text} for a {@link java.util.regex.Matcher} that stops when the thread is interrupted. */
  static CharSequence chars(String text) {
    return new Checked(text, 0, text.length());
  }

  private record Checked(String text, int from, int to) implements CharSequence {
    @Override
    public char charAt(int index) {
      check();
      return text.charAt(from + index);
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Checked(text, from + start, from + end);
    }

    @Override
    public String toString() {
      return text.substring(from, to);
    }
  }
}
