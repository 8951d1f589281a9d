package org.reckon.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.model.Decision;
import org.reckon.reconcile.Decisions;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon decide}: an editor's decision about an incident, appended to the log. */
@Command(name = "decide", mixinStandardHelpOptions = true,
    header = "Record an editor's decision about an incident",
    description = {
      "confirm INCIDENT | reject INCIDENT | merge INCIDENT OTHER | split INCIDENT DOCUMENT_ID |",
      "set INCIDENT FIELD VALUE, each with --reason. Decisions are an append-only log (who, when,",
      "why); the record is recomputed from the facts with every decision applied, so they survive",
      "re-extraction. Fields for set: " + "killed_best, killed_min, killed_max, survivors_min,",
      "survivors_max, vessels, region, place, date, follow_up_strike, grade, claimed_affiliation",
      "(';'-separated)."
    })
final class DecideCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(index = "0", paramLabel = "ACTION", description = "confirm, reject, merge, split or set")
  String action = "";

  @Parameters(index = "1", paramLabel = "INCIDENT", description = "Incident id, as 'reckon record' lists it")
  String incident = "";

  @Parameters(index = "2..*", arity = "0..2", paramLabel = "ARG", description = "OTHER, DOCUMENT_ID, or FIELD VALUE")
  List<String> args = List.of();

  @Option(names = "--reason", required = true, description = "Why (required; kept in the log)")
  String reason = "";

  @Option(names = "--by", description = "Who decides (default: the user name)")
  String by = System.getProperty("user.name", "editor");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Decision.Action act;
    try {
      act = Decision.Action.fromKey(action);
    } catch (IllegalArgumentException e) {
      throw new Failures.UserError("'" + action + "' is not a decision; use confirm, reject, merge, split or set");
    }
    if (reason.isBlank()) {
      throw new Failures.UserError("--reason is empty; say why, it is kept in the log");
    }
    int needed = switch (act) {
      case CONFIRM, REJECT -> 0;
      case MERGE, SPLIT -> 1;
      case SET -> 2;
    };
    if (args.size() != needed) {
      throw new Failures.UserError(act.key() + " takes " + needed + " argument(s) after the incident, got " + args.size()
          + "; see 'reckon decide --help'");
    }
    String other = act == Decision.Action.MERGE || act == Decision.Action.SPLIT ? args.get(0) : null;
    String field = act == Decision.Action.SET ? args.get(0) : null;
    String value = act == Decision.Action.SET ? args.get(1) : null;
    try (Database db = database.open()) {
      Decision decision = new Decision(0, Clock.systemUTC().instant(), by, act, incident, other, field, value, reason);
      String problem = Decisions.check(decision, TheRecord.build(db, spec.commandLine().getErr()).record());
      if (problem != null) {
        throw new Failures.UserError(problem);
      }
      Decision stored = db.decisions().append(decision);
      out.println("Recorded decision #" + stored.seq() + ": " + describe(stored));
      out.flush();
    }
    return ReckonCommand.OK;
  }

  static String describe(Decision d) {
    String what = switch (d.action()) {
      case SET -> "set " + d.field() + " of " + d.incidentId() + " to " + d.value();
      case MERGE -> "merge " + d.other() + " into " + d.incidentId();
      case SPLIT -> "split document " + d.other() + " off " + d.incidentId();
      default -> d.action().key() + " " + d.incidentId();
    };
    return what + " (by " + d.madeBy() + ", " + d.madeAt() + ": " + d.reason() + ")";
  }
}
