package org.reckon.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.model.RecordIncident;
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
    return new RecordRepository.Query(from == null ? null : from.toString(), to == null ? null : to.toString(), region, grade,
        status, text, sort, descending, limit, offset);
  }

  List<RecordIncident> apply(List<RecordIncident> incidents) {
    Comparator<RecordIncident> order = switch (sort) {
      case "killed" -> Comparator.comparing(RecordIncident::killedBest, Comparator.nullsFirst(Comparator.naturalOrder()));
      case "sources" -> Comparator.comparingInt(i -> i.sources().size());
      case "grade" -> Comparator.comparing(RecordIncident::grade);
      case "region" -> Comparator.comparing(i -> i.region().key());
      default -> Comparator.comparing(i -> i.date().day());
    };
    order = order.thenComparing(RecordIncident::incidentId);
    return incidents.stream()
        .filter(i -> from == null || !i.date().day().isBefore(from))
        .filter(i -> to == null || !i.date().day().isAfter(to))
        .filter(i -> region == null || i.region().key().equals(region))
        .filter(i -> grade == null || i.grade().equals(grade))
        .filter(i -> status == null || i.status().equals(status))
        .filter(i -> text == null || matches(i, text))
        .sorted(descending ? order.reversed() : order)
        .toList();
  }

  private static boolean matches(RecordIncident i, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    String hay = String.join(" ", i.incidentId(), i.place() == null ? "" : i.place(), String.join(" ", i.claimedAffiliation()),
        String.join(" ", i.claimedCargo()), String.join(" ", i.mergeNotes())).toLowerCase(Locale.ROOT);
    return hay.contains(needle);
  }

  private static @Nullable LocalDate date(Context ctx, String name) {
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

  private static @Nullable String oneOf(Context ctx, String name, Set<String> allowed) {
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
