package org.reckon.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reckon.model.CampaignRecord;
import org.reckon.reconcile.RecordJson;
import org.reckon.server.Csv;

/**
 * The reconciled record written as files: incidents, tallies, claims, actors or contradictions,
 * as JSON Lines, a JSON array (every source span kept), CSV (one flat row each) or GeoJSON
 * (incidents only). Shared by {@code reckon export} and releases. Thread-safe.
 */
public final class RecordFiles {
  /** What part of the record. */
  public enum What { incidents, tallies, claims, contradictions, actors }

  /** Which file format. */
  public enum Format { jsonl, json, csv, geojson }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordFiles() {}

  /**
   * Writes {@code what} of {@code record} as {@code format} to {@code out}.
   *
   * @throws IllegalArgumentException for GeoJSON of anything but incidents
   */
  public static void write(CampaignRecord record, What what, Format format, Writer out) throws IOException {
    if (format == Format.geojson && what != What.incidents) {
      throw new IllegalArgumentException("--format geojson is for --what incidents only (the others have no places)");
    }
    List<ObjectNode> nodes;
    List<String> columns;
    List<List<Object>> rows = new ArrayList<>();
    switch (what) {
      case incidents -> {
        var byDocument = RecordJson.claimsByDocument(record.claims());
        nodes = record.incidents().stream().map(i -> RecordJson.incident(i, byDocument)).toList();
        columns = RecordJson.INCIDENT_COLUMNS;
        record.incidents().forEach(i -> rows.add(RecordJson.incidentRow(i)));
      }
      case tallies -> {
        nodes = record.tallies().stream().map(RecordJson::tally).toList();
        columns = RecordJson.TALLY_COLUMNS;
        record.tallies().forEach(p -> rows.add(RecordJson.tallyRow(p)));
      }
      case claims -> {
        nodes = record.claims().stream().map(RecordJson::claim).toList();
        columns = RecordJson.CLAIM_COLUMNS;
        record.claims().forEach(c -> rows.add(RecordJson.claimRow(c)));
      }
      case actors -> {
        nodes = record.actors().stream().map(RecordJson::actor).toList();
        columns = RecordJson.ACTOR_COLUMNS;
        record.actors().forEach(a -> rows.add(RecordJson.actorRow(a)));
      }
      default -> {
        nodes = record.contradictions().stream().map(RecordJson::contradiction).toList();
        columns = RecordJson.CONTRADICTION_COLUMNS;
        record.contradictions().forEach(c -> rows.addAll(RecordJson.contradictionRows(c)));
      }
    }
    switch (format) {
      case geojson -> {
        out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(RecordJson.geojson(record.incidents())));
        out.write('\n');
      }
      case csv -> csv(columns, rows, out);
      case json -> {
        ArrayNode array = MAPPER.createArrayNode();
        nodes.forEach(array::add);
        out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        out.write('\n');
      }
      default -> {
        for (ObjectNode n : nodes) {
          out.write(MAPPER.writeValueAsString(n));
          out.write('\n');
        }
      }
    }
  }

  /** {@link #write} into a string. */
  public static String text(CampaignRecord record, What what, Format format) {
    StringWriter out = new StringWriter();
    try {
      write(record, what, format, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /** RFC 4180 CSV with a header row, article text neutralised against formula injection ({@link Csv}). */
  static void csv(List<String> columns, List<List<Object>> rows, Writer out) throws IOException {
    Csv csv = Csv.open(out, columns);
    for (List<Object> row : rows) {
      csv.row(row);
    }
    csv.flush();
  }
}
