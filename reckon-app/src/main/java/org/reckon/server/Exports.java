package org.reckon.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.model.TallyPoint;
import org.reckon.reconcile.RecordJson;
import org.reckon.store.RecordRepository;

/** Downloads of the current filter: {@code /api/export/incidents?format=csv&region=caribbean}. */
final class Exports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Exports() {}

  /**
   * @param tallies reads the tally series from the database
   * @param incidents reads the incidents a query selects from the database
   * @param claims reads the claims a filter selects from the database
   * @param claimsOf reads the claims of some documents from the database
   */
  static void write(Context ctx, Supplier<List<TallyPoint>> tallies, Function<RecordRepository.Query, RecordRepository.Models> incidents,
      Function<RecordRepository.ClaimFilter, RecordRepository.ClaimPage> claims,
      Function<Collection<String>, List<SourcedClaim>> claimsOf) throws Exception {
    String what = ctx.pathParam("what");
    String format = IncidentQuery.blankToNull(ctx.queryParam("format"));
    format = format == null ? "json" : format;
    if (!List.of("json", "csv", "geojson").contains(format)) {
      throw ApiError.badParameter("format", format, "json, csv or geojson");
    }
    String body;
    String profile = IncidentQuery.blankToNull(ctx.queryParam("profile"));
    if (profile != null) {
      if (!what.equals("incidents") || format.equals("geojson") || !List.of("acled", "ucdp").contains(profile)) {
        throw ApiError.badParameter("profile", profile, "acled or ucdp, for incidents as csv or json");
      }
      StringWriter out = new StringWriter();
      org.reckon.publish.Profiles.write(org.reckon.publish.Profiles.Profile.valueOf(profile),
          incidents.apply(IncidentQuery.from(ctx).all()).items(), org.reckon.publish.RecordFiles.Format.valueOf(format), out);
      ctx.header("Content-Disposition", "attachment; filename=\"reckon-incidents-" + profile + "." + format + "\"");
      ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json").result(out.toString());
      return;
    }
    switch (what) {
      case "incidents" -> {
        List<RecordIncident> selected = incidents.apply(IncidentQuery.from(ctx).all()).items();
        if (format.equals("geojson")) {
          body = JSON.writeValueAsString(RecordJson.geojson(selected));
        } else if (format.equals("csv")) {
          StringWriter out = new StringWriter();
          Csv csv = Csv.open(out, RecordJson.INCIDENT_COLUMNS);
          for (RecordIncident i : selected) {
            csv.row(RecordJson.incidentRow(i));
          }
          csv.flush();
          body = out.toString();
        } else {
          ArrayNode a = JSON.createArrayNode();
          Set<String> sources = new TreeSet<>();
          selected.forEach(i -> i.sources().forEach(x -> sources.add(x.documentId())));
          Map<String, List<SourcedClaim>> byDocument = RecordJson.claimsByDocument(claimsOf.apply(sources));
          selected.forEach(i -> a.add(RecordJson.incident(i, byDocument)));
          body = JSON.writeValueAsString(a);
        }
      }
      case "tallies" -> {
        if (format.equals("geojson")) {
          throw ApiError.badParameter("format", format, "json or csv for tallies");
        }
        if (format.equals("csv")) {
          StringWriter out = new StringWriter();
          Csv csv = Csv.open(out, RecordJson.TALLY_COLUMNS);
          for (var p : tallies.get()) {
            csv.row(RecordJson.tallyRow(p));
          }
          csv.flush();
          body = out.toString();
        } else {
          ArrayNode a = JSON.createArrayNode();
          tallies.get().forEach(p -> a.add(RecordJson.tally(p)));
          body = JSON.writeValueAsString(a);
        }
      }
      case "claims" -> {
        if (format.equals("geojson")) {
          throw ApiError.badParameter("format", format, "json or csv for claims");
        }
        var selected = claims.apply(ClaimQuery.from(ctx).all()).items();
        if (format.equals("csv")) {
          StringWriter out = new StringWriter();
          Csv csv = Csv.open(out, RecordJson.CLAIM_COLUMNS);
          for (var c : selected) {
            csv.row(RecordJson.claimRow(c));
          }
          csv.flush();
          body = out.toString();
        } else {
          ArrayNode a = JSON.createArrayNode();
          selected.forEach(c -> a.add(RecordJson.claim(c)));
          body = JSON.writeValueAsString(a);
        }
      }
      default -> throw ApiError.badParameter("what", what, "incidents, tallies or claims");
    }
    String extension = format.equals("geojson") ? "geojson" : format;
    ctx.header("Content-Disposition", "attachment; filename=\"reckon-" + what + "." + extension + "\"");
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8"
        : format.equals("geojson") ? "application/geo+json" : "application/json").result(body);
  }
}
