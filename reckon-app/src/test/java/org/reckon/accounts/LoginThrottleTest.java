package org.reckon.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void fourFailures_stillFree_fifth_locksForAMinute() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ana");
    }
    assertThat(throttle.waitFor("ana")).isZero();

    throttle.failed("ana");

    assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofMinutes(1));
    assertThat(throttle.waitFor("ANA")).as("names are throttled regardless of case").isEqualTo(Duration.ofMinutes(1));
    assertThat(throttle.waitFor("bo")).isZero();
  }

  @Test
  void furtherFailures_doubleTheWait_upToAnHour() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("ana");
    }
    assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofMinutes(2));
    for (int i = 0; i < 10; i++) {
      throttle.failed("ana");
    }
    assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void waitPassed_orSuccess_freesTheName() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("ana");
    }
    clock.now = clock.now.plusSeconds(61);
    assertThat(throttle.waitFor("ana")).isZero();

    throttle.succeeded("ana");
    throttle.failed("ana");
    assertThat(throttle.waitFor("ana")).isZero();
  }
}
