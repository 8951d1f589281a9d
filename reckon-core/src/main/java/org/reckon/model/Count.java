package org.reckon.model;

/**
 * A reported number with its qualifier, such as "at least 99" ({@code Count.of(99, AT_LEAST)}).
 * {@link #range()} gives the interval it allows.
 */
public record Count(int value, Bound bound) {
  public Count {
    if (value < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + value);
    }
  }

  public static Count exactly(int value) {
    return new Count(value, Bound.EXACT);
  }

  public static Count atLeast(int value) {
    return new Count(value, Bound.AT_LEAST);
  }

  public static Count of(int value, Bound bound) {
    return new Count(value, bound);
  }

  /**
   * The interval this report allows: "11" is [11, 11], "at least 99" is [99, open], "more than
   * 80" is [81, open], "up to 5" is [open, 5], "almost 100" is [open, 99]. "About 10" is taken as
   * [10, 10]: a reporter's round figure, kept as written rather than widened by a guessed margin.
   */
  public CountRange range() {
    return switch (bound) {
      case EXACT, ABOUT -> new CountRange(value, value);
      case AT_LEAST -> new CountRange(value, null);
      case MORE_THAN -> new CountRange(value + 1, null);
      case AT_MOST -> new CountRange(null, value);
      case ALMOST -> new CountRange(null, Math.max(0, value - 1));
    };
  }
}
