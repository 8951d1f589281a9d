package org.reckon.store;

/**
 * The database could not do what was asked. The message names the database (never a password),
 * what went wrong and what to do.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
