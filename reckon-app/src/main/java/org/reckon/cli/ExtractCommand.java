package org.reckon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.extract.ExtractionJson;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon extract}: the facts of each document as JSON Lines, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Print the facts of each document as JSON Lines (no database)",
    description = {
      "Reads the files (as ingest does) and prints one JSON object per document: incidents,",
      "tallies, claims, actors and instruments, each with the spans of text it came from",
      "(data-contract section 2), in the order of the inputs, extracting on every core. A",
      "document whose extraction takes longer than --time-budget is stopped, named on standard",
      "error and not printed; the others are. Exit status 1 when an input failed or was skipped."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default: ${DEFAULT-VALUE})")
  Format format = Format.jsonl;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", converter = ByteSize.class,
      description = "Largest file to read (default: ${DEFAULT-VALUE})")
  long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;

  @picocli.CommandLine.Mixin TimeBudgetOption timeBudget;

  @picocli.CommandLine.Mixin FetchOption fetch;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, glob patterns, web addresses of pages or feeds")
  List<String> paths = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<BadInputException> failures = new ArrayList<>();
    List<Document> documents = ExtractionRunner.read(paths, fetch.reader(maxBytes), failures);
    failures.forEach(f -> err.println(TerminalText.escape(f.getMessage())));
    int[] done = {0};
    try (ExtractionRunner runner = timeBudget.runner()) {
      runner.forEach(documents, o -> {
        if (o.extraction() != null) {
          out.println(ExtractionJson.line(o.extraction()));
          done[0]++;
        } else {
          err.println(o.document().source() + ": skipped: " + o.failure() + "; " + o.fix());
        }
      });
    }
    out.flush();
    err.flush();
    return failures.isEmpty() && done[0] == documents.size() ? ReckonCommand.OK : ReckonCommand.SOME_INPUTS_FAILED;
  }
}
