package org.reckon.ingest;

/**
 * An input that cannot be ingested. The message is one line: the input, what is wrong with it
 * and what to do, e.g. {@code notes/a.txt: invalid UTF-8 at byte 12 (line 1, column 13); re-save
 * the file as UTF-8}.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String problem;
  private final String fix;

  public BadInputException(String input, String problem, String fix) {
    super(input + ": " + problem + "; " + fix);
    this.input = input;
    this.problem = problem;
    this.fix = fix;
  }

  public BadInputException(String input, String problem, String fix, Throwable cause) {
    this(input, problem, fix);
    initCause(cause);
  }

  /** The file, URL or WARC record that was rejected. */
  public String input() {
    return input;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }
}
