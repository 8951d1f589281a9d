package org.reckon.cli;

import org.reckon.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a command cannot recover from into one line on standard error and exit
 * status 2. Expected failures (a database that cannot be opened) print their message alone; a
 * bug prints its stack trace, since that is what a report needs.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof StoreException || e instanceof UserError) {
      cli.getErr().println("reckon: " + e.getMessage());
    } else {
      cli.getErr().println("reckon: internal error: " + e);
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return ReckonCommand.CANNOT_RUN;
  }

  /** A mistake of the user's that the command detected itself; the message says what to do. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }
}
