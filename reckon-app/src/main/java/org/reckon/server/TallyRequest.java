package org.reckon.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.reckon.model.TallyMetric;
import org.reckon.store.RecordRepository;

/**
 * The filters and page of {@code /api/tallies}, read from query parameters and checked: {@code
 * metric} (killed, strikes, vessels, survivors), {@code from} and {@code to} (as-of days,
 * inclusive), {@code limit} (up to 10,000; every tally when absent, as the series always was
 * given) and {@code offset}.
 */
final class TallyRequest {
  static final Set<String> METRICS = Arrays.stream(TallyMetric.values()).map(TallyMetric::key).collect(Collectors.toSet());

  private TallyRequest() {}

  static RecordRepository.TallyQuery from(Context ctx) {
    String metric = IncidentQuery.oneOf(ctx, "metric", METRICS);
    LocalDate from = IncidentQuery.date(ctx, "from");
    LocalDate to = IncidentQuery.date(ctx, "to");
    return new RecordRepository.TallyQuery(metric == null ? null : TallyMetric.fromKey(metric), from == null ? null : from.toString(),
        to == null ? null : to.toString(), IncidentQuery.integer(ctx, "limit", Integer.MAX_VALUE, 1, 10_000),
        IncidentQuery.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
  }
}
