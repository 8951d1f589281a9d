package org.reckon.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins in a row for one
 * account name (existing or not), further tries for that name are refused, even with the right
 * password, for a wait that doubles with each further failure (from one minute up to an hour).
 * A successful login clears the count. Kept in memory: a restart forgets it. Thread-safe.
 */
public final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);
  private static final int MAX_NAMES = 10_000;

  private record State(int failures, Instant lockedUntil) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code name} must still wait before trying again; zero when it may try now. */
  public Duration waitFor(String name) {
    State s = states.get(key(name));
    if (s == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), s.lockedUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String name) {
    if (states.size() > MAX_NAMES) {
      states.clear(); // a flood of invented names must not exhaust memory
    }
    states.compute(key(name), (k, s) -> {
      int failures = s == null ? 1 : s.failures() + 1;
      Instant until = clock.instant();
      if (failures >= FREE_FAILURES) {
        int doublings = Math.min(failures - FREE_FAILURES, 6);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        until = until.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
      }
      return new State(failures, until);
    });
  }

  public void succeeded(String name) {
    states.remove(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
