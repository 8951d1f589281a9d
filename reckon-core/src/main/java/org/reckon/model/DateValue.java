package org.reckon.model;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A date known to some precision: a day, a month or a year. {@code day} holds the first day of
 * the period; {@link #iso()} writes only the known part ({@code 2025-09-02}, {@code 2025-08},
 * {@code 2025}).
 */
public record DateValue(@Nullable LocalDate day, DatePrecision precision) {
  public static final DateValue UNKNOWN = new DateValue(null, DatePrecision.UNKNOWN);

  public DateValue {
    if ((day == null) != (precision == DatePrecision.UNKNOWN)) {
      throw new IllegalArgumentException("a date has a day exactly when its precision is known");
    }
    if (day != null && precision == DatePrecision.MONTH) {
      day = day.withDayOfMonth(1);
    } else if (day != null && precision == DatePrecision.YEAR) {
      day = day.withDayOfYear(1);
    }
  }

  public static DateValue ofDay(LocalDate day) {
    return new DateValue(day, DatePrecision.DAY);
  }

  public static DateValue ofMonth(YearMonth month) {
    return new DateValue(month.atDay(1), DatePrecision.MONTH);
  }

  public static DateValue ofYear(int year) {
    return new DateValue(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }

  /** Parses {@code 2025-09-02}, {@code 2025-08} or {@code 2025}; null or blank is unknown. */
  public static DateValue parse(@Nullable String iso) {
    if (iso == null || iso.isBlank()) {
      return UNKNOWN;
    }
    return switch (iso.length()) {
      case 4 -> ofYear(Integer.parseInt(iso));
      case 7 -> ofMonth(YearMonth.parse(iso));
      default -> ofDay(LocalDate.parse(iso));
    };
  }

  public boolean known() {
    return day != null;
  }

  /** The ISO form at this precision, or null when unknown. */
  public @Nullable String iso() {
    if (day == null) {
      return null;
    }
    return switch (precision) {
      case DAY -> day.toString();
      case MONTH -> YearMonth.from(day).toString();
      case YEAR -> String.valueOf(day.getYear());
      case UNKNOWN -> null;
    };
  }

  /** Whether {@code other} falls within this date at this date's precision (a month contains its days). */
  public boolean covers(DateValue other) {
    if (day == null || other.day == null || other.precision.ordinal() > precision.ordinal()) {
      return false;
    }
    return switch (precision) {
      case DAY -> day.equals(other.day);
      case MONTH -> YearMonth.from(day).equals(YearMonth.from(other.day));
      case YEAR -> day.getYear() == other.day.getYear();
      case UNKNOWN -> false;
    };
  }
}
