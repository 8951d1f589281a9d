package org.reckon.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates written in headers and metadata: ISO dates and date-times. */
final class PublishedDates {
  /**
   * An ISO date, optionally followed by a time ({@code T} or a space) and a zone. The day is
   * taken as written: the article's own calendar day, not converted to UTC.
   */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private PublishedDates() {}

  /** The day of an ISO date or date-time, or empty when {@code value} is not one. */
  static Optional<LocalDate> parse(String value) {
    Matcher m = ISO.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // 2025-13-40 has the shape but is no day
    }
  }
}
