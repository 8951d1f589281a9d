package org.reckon.store;

import java.time.Instant;

/**
 * A signed-in browser: the SHA-256 of its cookie's token, whose account it is, the CSRF token its
 * forms must carry, and when it ends.
 */
public record Session(String tokenHash, Account account, String csrfToken, Instant createdAt, Instant expiresAt) {
  @Override
  public String toString() {
    return "Session[" + account.name() + ", until " + expiresAt + "]";
  }
}
