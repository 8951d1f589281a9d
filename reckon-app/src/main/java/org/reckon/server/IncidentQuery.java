package org.reckon.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.store.RecordRepository;

/**
 * The filters, sort and page of an incident list, read from query parameters and checked: a bad
 * value is answered with {@code 400 bad_parameter} naming the parameter and the value.
 */
record IncidentQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String region, @Nullable String grade,
    @Nullable String status, @Nullable String text, String sort, boolean descending, int limit, int offset) {

  static final Set<String> REGIONS = Set.copyOf(org.reckon.model.Region.keys());
  static final Set<String> GRADES = Set.of("confirmed", "fair", "weak", "contested", "discounted");
  static final Set<String> STATUSES = Set.of("extracted", "confirmed", "rejected", "merged");
  static final Set<String> SORTS = Set.of("date", "killed", "sources", "grade", "region");

  static IncidentQuery from(Context ctx) {
    return new IncidentQuery(date(ctx, "from"), date(ctx, "to"), oneOf(ctx, "region", REGIONS), oneOf(ctx, "grade", GRADES),
        oneOf(ctx, "status", STATUSES), blankToNull(ctx.queryParam("q")),
        orDefault(oneOf(ctx, "sort", SORTS), "date"), "desc".equals(orDefault(oneOf(ctx, "order", Set.of("asc", "desc")), "asc")),
        integer(ctx, "limit", 50, 1, 1000), integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
  }

  /** This query as the database answers it. */
  RecordRepository.Query stored() {
    return stored(limit, offset);
  }

  /** This query's filter and order, every incident it selects, as the database answers it: for downloads. */
  RecordRepository.Query all() {
    return stored(Integer.MAX_VALUE, 0);
  }

  private RecordRepository.Query stored(int limit, int offset) {
    return new RecordRepository.Query(from == null ? null : from.toString(), to == null ? null : to.toString(), region, grade,
        status, text, sort, descending, limit, offset);
  }

  static @Nullable LocalDate date(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badParameter(name, v, "a date YYYY-MM-DD");
    }
  }

  static @Nullable String oneOf(Context ctx, String name, Set<String> allowed) {
    String v = blankToNull(ctx.queryParam(name));
    if (v != null && !allowed.contains(v)) {
      throw ApiError.badParameter(name, v, "one of " + String.join(", ", allowed.stream().sorted().toList()));
    }
    return v;
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badParameter(name, v, "a whole number from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badParameter(name, v, "a whole number from " + min + " to " + max);
    }
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String orDefault(@Nullable String v, String fallback) {
    return v == null ? fallback : v;
  }
}
