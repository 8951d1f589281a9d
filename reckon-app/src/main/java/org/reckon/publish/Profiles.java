package org.reckon.publish;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DateValue;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.Region;

/**
 * The incidents in the column names and codes of the datasets users already work with, so that a
 * file loads where ACLED's or UCDP GED's do. Each column is documented in the README ("Export
 * profiles"); a test holds the two lists together.
 *
 * <ul>
 *   <li>{@code acled}: ACLED's names and precision codes ({@code time_precision} 1 = day, 3 =
 *       month or vaguer; {@code geo_precision} 2 = a named place without coordinates, 3 = only
 *       the region); {@code fatalities} is the conservative figure, the lowest the sources
 *       allow; {@code notes} tells the range and any dispute.
 *   <li>{@code ucdp}: UCDP GED's names and codes ({@code date_prec} 1 = day, 4 = month, 5 =
 *       year or unknown; {@code where_prec} 7 = international waters, for strikes at sea without
 *       coordinates); {@code best}/{@code low}/{@code high} the death toll.
 * </ul>
 */
public final class Profiles {
  /** The profiles {@code --profile} offers. */
  public enum Profile { acled, ucdp }

  public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "event_type", "sub_event_type", "region", "location", "latitude", "longitude", "geo_precision", "source", "notes",
      "fatalities");
  public static final List<String> UCDP_COLUMNS = List.of("id", "year", "date_start", "date_end", "date_prec", "region",
      "where_description", "latitude", "longitude", "where_prec", "event_clarity", "best", "low", "high", "number_of_sources",
      "source_article");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Profiles() {}

  public static List<String> columns(Profile p) {
    return p == Profile.acled ? ACLED_COLUMNS : UCDP_COLUMNS;
  }

  public static List<Object> row(Profile p, RecordIncident i) {
    return p == Profile.acled ? acled(i) : ucdp(i);
  }

  /** Writes the incidents in profile {@code p} as CSV, a JSON array, or JSON Lines. */
  public static void write(Profile p, List<RecordIncident> incidents, RecordFiles.Format format, Writer out) throws IOException {
    List<List<Object>> rows = incidents.stream().map(i -> row(p, i)).toList();
    switch (format) {
      case csv -> RecordFiles.csv(columns(p), rows, out);
      case json, jsonl -> {
        ArrayNode array = MAPPER.createArrayNode();
        for (List<Object> row : rows) {
          ObjectNode n = array.addObject();
          for (int c = 0; c < row.size(); c++) {
            n.set(columns(p).get(c), MAPPER.valueToTree(row.get(c)));
          }
        }
        if (format == RecordFiles.Format.json) {
          out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
          out.write('\n');
        } else {
          for (var n : array) {
            out.write(MAPPER.writeValueAsString(n));
            out.write('\n');
          }
        }
      }
      default -> throw new IllegalArgumentException("--profile " + p + " writes csv, json or jsonl, not " + format);
    }
  }

  private static List<Object> acled(RecordIncident i) {
    DateValue d = i.date();
    List<Object> row = new ArrayList<>();
    row.add(i.incidentId());
    row.add(d.known() ? d.day().toString() : null);
    row.add(d.known() ? d.day().getYear() : null);
    row.add(switch (d.precision()) {
      case DAY -> 1;
      default -> 3;
    });
    row.add("Explosions/Remote violence");
    row.add("Air/drone strike");
    row.add(regionName(i.region()));
    row.add(i.place());
    row.add(null);
    row.add(null);
    row.add(i.place() != null && i.region() != Region.UNKNOWN ? 2 : 3);
    row.add(String.join("; ", outlets(i)));
    row.add(notes(i));
    row.add(conservative(i));
    return row;
  }

  private static List<Object> ucdp(RecordIncident i) {
    DateValue d = i.date();
    List<Object> row = new ArrayList<>();
    LocalDate start = d.day();
    LocalDate end = start == null ? null : switch (d.precision()) {
      case MONTH -> YearMonth.from(start).atEndOfMonth();
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
      default -> start;
    };
    row.add(i.incidentId());
    row.add(start == null ? null : start.getYear());
    row.add(start == null ? null : start.toString());
    row.add(end == null ? null : end.toString());
    row.add(switch (d.precision()) {
      case DAY -> 1;
      case MONTH -> 4;
      default -> 5;
    });
    row.add(regionName(i.region()));
    row.add(i.place());
    row.add(null);
    row.add(null);
    row.add(7);
    row.add(i.grade().equals("confirmed") || i.grade().equals("fair") ? 1 : 2);
    Integer low = i.killedMin() != null && i.killedMax() != null ? Integer.valueOf(Math.min(i.killedMin(), i.killedMax())) : i.killedMin();
    Integer high = i.killedMin() != null && i.killedMax() != null ? Integer.valueOf(Math.max(i.killedMin(), i.killedMax())) : i.killedMax();
    row.add(i.killedBest());
    row.add(low);
    row.add(high);
    row.add(i.sources().size());
    List<String> articles = new ArrayList<>();
    for (IncidentSource s : i.sources()) {
      articles.add((s.outlet() == null ? "" : s.outlet() + ", ") + (s.published() == null ? "undated" : s.published().toString())
          + ", " + s.source());
    }
    row.add(String.join("; ", articles));
    return row;
  }

  /** The lowest toll the sources allow: the lower bound, or when they cross the smaller end; 0 when none is given (ACLED's convention). */
  static int conservative(RecordIncident i) {
    if (i.killedMin() != null && i.killedMax() != null) {
      return Math.min(i.killedMin(), i.killedMax());
    }
    if (i.killedMin() != null) {
      return i.killedMin();
    }
    return i.killedMax() != null ? i.killedMax() : 0;
  }

  private static String notes(RecordIncident i) {
    StringBuilder n = new StringBuilder("Killed: ");
    if (i.killedMin() == null && i.killedMax() == null) {
      n.append("not stated");
    } else if (i.killedMin() != null && i.killedMin().equals(i.killedMax())) {
      n.append(i.killedMin());
    } else {
      n.append(i.killedMin() == null ? "?" : i.killedMin()).append("-").append(i.killedMax() == null ? "?" : i.killedMax());
    }
    if (i.killedBest() != null) {
      n.append(" (best ").append(i.killedBest()).append(')');
    }
    n.append('.');
    if (i.contested()) {
      n.append(" Contested: sources disagree on the death toll (").append(i.killedMin()).append(" at least, ")
          .append(i.killedMax()).append(" at most).");
    }
    if (i.survivorsMin() != null) {
      n.append(" Survivors: at least ").append(i.survivorsMin()).append('.');
    }
    if (!i.claimedAffiliation().isEmpty()) {
      n.append(" Claimed affiliation: ").append(String.join("; ", i.claimedAffiliation())).append('.');
    }
    n.append(" Grade: ").append(i.grade()).append("; status: ").append(i.status()).append('.');
    return n.toString();
  }

  private static Set<String> outlets(RecordIncident i) {
    Set<String> out = new LinkedHashSet<>();
    i.sources().forEach(s -> out.add(s.outlet() != null ? s.outlet() : s.source()));
    return out;
  }

  private static @Nullable String regionName(Region r) {
    return r == Region.UNKNOWN ? null : capitalized(r.key().replace('_', ' '));
  }

  private static String capitalized(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
    }
    return b.toString();
  }
}
