package org.reckon.store;

import java.time.Instant;
import java.util.Locale;

/**
 * An account of the web UI: a name, a role and the Argon2id hash of its password (never the
 * password).
 */
public record Account(String name, Role role, String passwordHash, Instant createdAt, Instant updatedAt) {

  /** What an account may do; each role may do what the ones before it may. */
  public enum Role {
    /** Reads the record (when reading needs a login). */
    VIEWER,
    /** Also records decisions. */
    EDITOR,
    /** Also creates releases. */
    ADMIN;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code key} ({@code viewer}, {@code editor}, {@code admin}). */
    public static Role fromKey(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }

    public boolean allows(Role needed) {
      return compareTo(needed) >= 0;
    }
  }

  @Override
  public String toString() {
    return "Account[" + name + ", " + role.key() + "]"; // never the hash, not even in logs
  }
}
