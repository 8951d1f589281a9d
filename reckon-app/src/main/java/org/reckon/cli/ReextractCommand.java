package org.reckon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.extract.Extractor;
import org.reckon.model.Extraction;
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
      "extractor version and stores the facts beside the old ones (extractions are never edited)."
    })
final class ReextractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int done = 0;
    int skipped = 0;
    try (Database db = database.open(); ExtractionRunner runner = new ExtractionRunner(ExtractionRunner.DEFAULT_BUDGET)) {
      List<String> pending = db.facts().documentsWithout(Extractor.VERSION);
      for (String id : pending) {
        Extraction e = runner.extract(db.documents().find(id), err);
        if (e == null) {
          skipped++;
        } else if (db.facts().save(e)) {
          done++;
        }
      }
      int total = db.documents().count();
      err.println("Re-extracted " + IngestCommand.plural(done, "document") + " with " + Extractor.VERSION + " in "
          + db.description() + " (" + (total - pending.size()) + " already current"
          + (skipped > 0 ? ", " + skipped + " skipped" : "") + ").");
    }
    return skipped > 0 ? ReckonCommand.SOME_INPUTS_FAILED : ReckonCommand.OK;
  }
}
