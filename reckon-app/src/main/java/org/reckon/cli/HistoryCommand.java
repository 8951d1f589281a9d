package org.reckon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.reconcile.Decisions;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon history}: how an incident's fields came to be, decision by decision. */
@Command(name = "history", mixinStandardHelpOptions = true,
    header = "Show an incident's changes by editors' decisions",
    description = "Lists each change to the incident's fields: before and after, who, when and why.")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "INCIDENT", description = "Incident id, as 'reckon record' lists it")
  String incident = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.open()) {
      Decisions.Applied applied = TheRecord.build(db, spec.commandLine().getErr());
      var found = applied.record().incidents().stream().filter(i -> i.incidentId().equals(incident)).findFirst();
      if (found.isEmpty()) {
        throw new Failures.UserError("no incident '" + incident + "' in the record; list them with 'reckon record'");
      }
      out.println(incident + ": computed from " + IngestCommand.plural(found.get().sources().size(), "source document"));
      found.get().mergeNotes().forEach(n -> out.println("  source: " + n));
      List<Decisions.Change> changes = applied.changes().stream().filter(c -> c.incidentId().equals(incident)).toList();
      if (changes.isEmpty()) {
        out.println("  no editor decisions");
      }
      for (Decisions.Change c : changes) {
        out.println("  #" + c.decision().seq() + " " + c.decision().madeAt() + " " + c.decision().madeBy() + ": "
            + c.field() + " " + (c.before() == null ? "-" : c.before()) + " -> " + (c.after() == null ? "-" : c.after())
            + " (" + c.decision().action().key() + ": " + c.decision().reason() + ")");
      }
      out.flush();
    }
    return ReckonCommand.OK;
  }
}
