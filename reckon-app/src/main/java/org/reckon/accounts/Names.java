package org.reckon.accounts;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What an account name and a password may be. */
public final class Names {
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  /** The shortest password accepted (NIST SP 800-63B's minimum for a chosen password). */
  public static final int MIN_PASSWORD = 8;

  private Names() {}

  /** Why {@code name} cannot name an account, or null when it can. */
  public static @Nullable String accountNameProblem(String name) {
    if (ACCOUNT.matcher(name).matches()) {
      return null;
    }
    return "'" + name + "' is not a valid account name: use 1 to 64 letters, digits, '.', '_', '@' or '-', "
        + "starting with a letter or digit";
  }

  /** Why {@code password} is refused, or null when it is accepted. */
  public static @Nullable String passwordProblem(char[] password) {
    if (password.length < MIN_PASSWORD) {
      return "the password is too short: use at least " + MIN_PASSWORD + " characters";
    }
    if (password.length > 1024) {
      return "the password is too long: use at most 1024 characters";
    }
    return null;
  }
}
