package org.reckon.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reckon.model.CampaignRecord;
import org.reckon.model.CountRange;
import org.reckon.model.DatePrecision;
import org.reckon.model.Region;
import org.reckon.model.RecordIncident;

/**
 * The record against the gold of all its documents: the strikes the gold tells by day (one per
 * day and sea, however many reports tell it), how many of them the reconciled record holds, how
 * many of the record's dated incidents no gold tells, and how often the record's best toll is one
 * a report states for that strike.
 *
 * @param strikes the gold's strikes told by day
 * @param found those the record holds (same day, seas that do not conflict)
 * @param extra the record's day-precision incidents that match no gold strike
 * @param recordIncidents the record's day-precision incidents
 * @param tollRight found strikes whose best toll a report states (or lies in a stated range)
 * @param tollKnown found strikes for which some report states a toll
 * @param errors each missed strike, extra incident and wrong toll, one line each
 */
public record RecordScore(int strikes, int found, int extra, int recordIncidents, int tollRight, int tollKnown,
    List<String> errors) {

  /** One strike of the gold: its day, its sea (unknown when no report names one) and every toll stated for it. */
  private static final class GoldStrike {
    final LocalDate day;
    Region region;
    final List<CountRange> tolls = new ArrayList<>();
    boolean matched;

    GoldStrike(LocalDate day, Region region) {
      this.day = day;
      this.region = region;
    }
  }

  /** Scores {@code record}, reconciled from the documents of {@code gold}. */
  public static RecordScore of(CampaignRecord record, List<GoldDocument> gold) {
    List<GoldStrike> strikes = new ArrayList<>();
    for (GoldDocument g : gold) {
      if (!g.scored().contains("incidents")) {
        continue;
      }
      for (GoldDocument.GoldIncident i : g.incidents()) {
        if (!i.date().known() || i.date().precision() != DatePrecision.DAY) {
          continue;
        }
        Region region = Region.fromKey(i.region());
        GoldStrike s = strikes.stream()
            .filter(x -> x.day.equals(i.date().day()) && x.region.compatibleWith(region)).findFirst()
            .orElseGet(() -> {
              GoldStrike n = new GoldStrike(i.date().day(), region);
              strikes.add(n);
              return n;
            });
        if (s.region == Region.UNKNOWN) {
          s.region = region;
        }
        if (i.killed() != null) {
          s.tolls.add(i.killed());
        }
      }
    }
    List<String> errors = new ArrayList<>();
    int extra = 0;
    int dated = 0;
    int tollRight = 0;
    int tollKnown = 0;
    for (RecordIncident r : record.incidents()) {
      if (!r.date().known() || r.date().precision() != DatePrecision.DAY) {
        continue;
      }
      dated++;
      GoldStrike s = strikes.stream()
          .filter(x -> !x.matched && x.day.equals(r.date().day()) && x.region.compatibleWith(r.region())).findFirst()
          .orElse(null);
      if (s == null) {
        extra++;
        errors.add("extra  " + r.incidentId() + " killed " + r.killedBest() + " from " + r.sources().size() + " sources: "
            + r.sources().stream().map(x -> x.source().replaceFirst(".*/", "")).distinct().toList());
        continue;
      }
      s.matched = true;
      if (!s.tolls.isEmpty()) {
        tollKnown++;
        Integer best = r.killedBest();
        if (best != null && s.tolls.stream().anyMatch(t -> (t.min() == null || t.min() <= best)
            && (t.max() == null || best <= t.max()))) {
          tollRight++;
        } else {
          errors.add("toll   " + r.incidentId() + " best " + best + ", reports say " + s.tolls);
        }
      }
    }
    strikes.stream().filter(s -> !s.matched)
        .forEach(s -> errors.add("missed " + s.day + " " + s.region.key() + " tolls " + s.tolls));
    int found = (int) strikes.stream().filter(s -> s.matched).count();
    return new RecordScore(strikes.size(), found, extra, dated, tollRight, tollKnown, List.copyOf(errors));
  }

  /** The lines {@code reckon eval --record} prints. */
  public String format() {
    return String.format(Locale.ROOT, "%nrecord (reconciled across the documents scored)%n"
            + "strikes found              %6.3f  (%d of %d gold strikes told by day)%n"
            + "extra incidents            %6.3f  (%d of %d dated record incidents)%n"
            + "toll right                 %6.3f  (%d of %d found strikes with a stated toll)%n",
        ratio(found, strikes), found, strikes, ratio(extra, recordIncidents), extra, recordIncidents,
        ratio(tollRight, tollKnown), tollRight, tollKnown);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
