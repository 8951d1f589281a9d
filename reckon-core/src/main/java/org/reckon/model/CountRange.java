package org.reckon.model;

import org.jspecify.annotations.Nullable;

/** An interval of people or boats, as in {@code "killed": {"min": 11, "max": 11}}; null ends are open. */
public record CountRange(@Nullable Integer min, @Nullable Integer max) {
  public CountRange {
    if (min != null && max != null && max < min) {
      throw new IllegalArgumentException("count range ends before it starts: " + min + ".." + max);
    }
  }

  public static CountRange exactly(int n) {
    return new CountRange(n, n);
  }
}
