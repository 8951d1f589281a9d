package org.reckon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.extract.Extractor;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reckon reextract}: extracts every stored document the current extractor has not read yet. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
    header = "Extract stored documents again with the current extractor",
    description = {
      "After an upgrade, extracts every stored document that has no extraction by the current",
      "extractor version and stores the facts beside the old ones (extractions are never edited).",
      "A document whose extraction takes longer than --time-budget is named and left as it was;",
      "exit status 1 then."
    })
final class ReextractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin TimeBudgetOption timeBudget;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int[] done = {0};
    int[] skipped = {0};
    try (Database db = database.open(); ExtractionRunner runner = timeBudget.runner()) {
      List<String> pending = db.facts().documentsWithout(Extractor.VERSION);
      for (String id : pending) {
        runner.submit(db.documents().find(id), o -> {
          if (o.extraction() == null) {
            skipped[0]++;
            err.println(o.document().source() + ": skipped: " + o.failure() + "; " + o.fix());
          } else if (db.facts().save(o.extraction())) {
            done[0]++;
          }
        });
      }
      runner.finish();
      int total = db.documents().count();
      err.println("Re-extracted " + IngestCommand.plural(done[0], "document") + " with " + Extractor.VERSION + " in "
          + db.description() + " (" + (total - pending.size()) + " already current"
          + (skipped[0] > 0 ? ", " + skipped[0] + " failed" : "") + ").");
    }
    return skipped[0] > 0 ? ReckonCommand.SOME_INPUTS_FAILED : ReckonCommand.OK;
  }
}
