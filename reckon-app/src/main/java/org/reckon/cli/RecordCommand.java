package org.reckon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reckon.model.CampaignRecord;
import org.reckon.model.RecordIncident;
import org.reckon.model.TallyPoint;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reckon record}: the reconciled incidents and the tally series, as tables. */
@Command(name = "record", mixinStandardHelpOptions = true,
    header = "Print the reconciled record: incidents and the tally series",
    description = {
      "Merges the facts of all stored documents into one row per strike (counts as ranges,",
      "graded by their sources) and lists the reported campaign tallies by date. Export it with",
      "'reckon export --what incidents|tallies'."
    })
final class RecordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.open()) {
      print(TheRecord.build(db, spec.commandLine().getErr()).record(), out);
    }
    return ReckonCommand.OK;
  }

  /** Prints the incidents, the tally series and the running sum of incident tolls; shared with {@code demo}. */
  static void print(CampaignRecord record, PrintWriter out) {
    {
      Table incidents = new Table("INCIDENT", "DATE", "REGION", "VESSELS", "KILLED", "SURVIVORS", "FOLLOW-UP", "SOURCES", "GRADE",
          "STATUS");
      for (RecordIncident i : record.incidents()) {
        incidents.row(i.incidentId(), i.date().iso(), i.region().key(), dash(i.vessels()),
            range(i.killedMin(), i.killedMax()) + (i.contested() ? " (contested)" : ""),
            range(i.survivorsMin(), i.survivorsMax()), i.followUpStrike() == null ? "-" : "yes",
            String.valueOf(i.sources().size()), i.grade(), i.status());
      }
      incidents.print(out);
      out.println();
      Table tallies = new Table("AS OF", "METRIC", "REPORTED", "SOURCE", "FLAG");
      for (TallyPoint p : record.tallies()) {
        tallies.row(p.asOf() == null ? "-" : p.asOf().toString(), p.metric().key(),
            p.count().bound().key().replace('_', ' ') + " " + p.count().value(), Table.clip(p.source(), 50),
            p.belowEarlierBound() ? "below an earlier lower bound" : "");
      }
      tallies.print(out);
      out.println();
      for (var c : record.contradictions()) {
        out.println("CONTRADICTION on " + c.field() + " (" + c.subject() + "):");
        c.asserting().forEach(x -> out.println("  asserts:  " + who(x) + " — " + Table.clip(x.claim().text(), 90)));
        c.disputing().forEach(x -> out.println("  disputes: " + who(x) + " — " + Table.clip(x.claim().text(), 90)));
        out.println();
      }
      Table sum = new Table("DATE", "SUM OF INCIDENT TOLLS (LOWER BOUNDS)");
      record.killedSum().forEach(p -> sum.row(p.date().toString(), String.valueOf(p.killedMin())));
      sum.print(out);
      out.flush();
    }
  }

  private static String who(org.reckon.model.SourcedClaim c) {
    String name = c.claim().speaker() != null ? c.claim().speaker() : c.claim().speakerMention();
    return name + " (" + c.claim().speakerType().key().replace('_', ' ') + ", " + java.nio.file.Path.of(c.source()).getFileName() + ")";
  }

  private static String dash(Integer n) {
    return n == null ? "-" : n.toString();
  }

  static String range(Integer min, Integer max) {
    if (min == null && max == null) {
      return "-";
    }
    if (min != null && min.equals(max)) {
      return min.toString();
    }
    return (min == null ? "?" : min) + "–" + (max == null ? "?" : max);
  }
}
