package org.reckon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.PageFetcher;
import org.reckon.ingest.IngestSummary;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reckon demo}: the main job on the bundled sample corpus, into the default database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Ingest the sample corpus into ./reckon.db, print the record, serve the UI",
    description = {
      "Ingests the bundled sample corpus (samples/ in the Reckon folder) into the database, lists",
      "the documents, prints the reconciled record and serves the web UI (say --no-serve to stop",
      "after printing). Running it again stores nothing new."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "The sample corpus (default: samples/ in the Reckon folder, from -Dreckon.home)")
  Path samples = defaultSamples();

  @Option(names = "--no-serve", description = "Stop after listing, without starting the web UI")
  boolean noServe;

  @Option(names = "--port", defaultValue = "7070", description = "Port of the web UI (default: ${DEFAULT-VALUE})")
  int port = 7070;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(samples)) {
      throw new Failures.UserError(samples + ": sample corpus not found; run ./reckon from the Reckon folder or pass --samples DIR");
    }
    try (Database db = database.open()) {
      IngestSummary summary = IngestCommand.ingest(db, List.of(samples.toString()),
          new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, PageFetcher.offline()), err);
      out.println();
      DocsCommand.printTable(db.documents().list(), out);
      out.println();
      RecordCommand.print(TheRecord.build(db, err).record(), out);
      out.println();
      out.println("Stored in " + db.description() + ". Next: ./reckon show ID_PREFIX, "
          + "./reckon export --what incidents --format csv");
      out.flush();
      if (summary.failed()) {
        return ReckonCommand.SOME_INPUTS_FAILED;
      }
      if (!noServe) {
        ServeCommand.serve(db, "127.0.0.1", port, false, out);
      }
      return ReckonCommand.OK;
    }
  }

  private static Path defaultSamples() {
    return Path.of(System.getProperty("reckon.home", "."), "samples");
  }
}
