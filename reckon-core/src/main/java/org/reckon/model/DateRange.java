package org.reckon.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A closed range of days; either end may be open ({@code null}) but not both.
 *
 * @param from first possible day, or null when unbounded below
 * @param to last possible day, or null when unbounded above
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {
  public DateRange {
    if (from == null && to == null) {
      throw new IllegalArgumentException("a date range needs at least one end");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + " .. " + to);
    }
  }
}
