package org.reckon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.DocumentSink;
import org.reckon.ingest.IngestSummary;
import org.reckon.ingest.Ingester;
import org.reckon.store.Database;
import org.reckon.store.DocumentRepository;
import org.reckon.store.FactRepository;
import org.reckon.extract.Extractor;
import org.reckon.model.Document;
import org.reckon.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon ingest}: reads articles into the database, each document in one transaction. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    header = "Read articles (text, HTML, WARC, RSS/Atom) into the database",
    description = {
      "Reads articles into the database: text files (with an optional",
      "'key: value' header), HTML pages, WARC archives and RSS/Atom feeds (each",
      "entry's own text, or the page it links to), from files, directories",
      "(recursively), globs and web addresses, and stores the facts extracted",
      "from each (see 'reckon extract') in the same transaction. The same text is",
      "stored once, whatever its file name. A bad input is reported and skipped;",
      "the others are still stored. A document whose extraction takes longer than",
      "--time-budget is stopped, stored without facts (for 'reckon reextract') and",
      "reported as failed. Exit status 1 when any input failed."
    })
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      defaultValue = "20MB",
      converter = ByteSize.class,
      description = "Largest file (or WARC capture) to read, e.g. 20MB (default: ${DEFAULT-VALUE})")
  long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;

  @Mixin FetchOption fetch;

  @Mixin TimeBudgetOption timeBudget;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, glob patterns, web addresses of pages or feeds")
  List<String> paths = List.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = database.open()) {
      IngestSummary summary;
      try (ExtractionRunner runner = timeBudget.runner()) {
        summary = ingest(db, paths, fetch.reader(maxBytes), err, runner);
      }
      return summary.failed() ? ReckonCommand.SOME_INPUTS_FAILED : ReckonCommand.OK;
    }
  }

  /** Ingests {@code inputs} into {@code db} and prints the summary; shared with {@code demo}. */
  static IngestSummary ingest(Database db, List<String> inputs, DocumentReader reader, PrintWriter err) {
    try (ExtractionRunner runner = new ExtractionRunner(ExtractionRunner.DEFAULT_BUDGET)) {
      return ingest(db, inputs, reader, err, runner);
    }
  }

  /**
   * Ingests with {@code runner}: documents are read in order and extracted on every core, and each
   * is stored, with its facts, in one transaction, in the order read. A document whose extraction
   * runs over the budget is stored without facts and counted as failed, so that {@code reckon
   * reextract} (or the same ingest with a larger {@code --time-budget}) can extract it later.
   */
  private static IngestSummary ingest(Database db, List<String> inputs, DocumentReader reader, PrintWriter err,
      ExtractionRunner runner) {
    DocumentRepository documents = db.documents();
    FactRepository facts = db.facts();
    Set<String> queued = new HashSet<>(); // read in this run, not stored yet
    int[] counts = new int[2]; // added, present
    List<BadInputException> overBudget = new ArrayList<>();
    Consumer<ExtractionRunner.Outcome> store = o -> {
      Document document = o.document();
      queued.remove(document.id());
      boolean added;
      try {
        added = documents.add(document, o.extraction());
      } catch (StoreException e) {
        throw new DocumentSink.StoreFailure(document.source() + ": not stored: " + e.getMessage(), e);
      }
      counts[added ? 0 : 1]++;
      if (o.failure() != null) {
        overBudget.add(new BadInputException(document.source(), o.failure() + ", stored without facts",
            ExtractionRunner.OVER_BUDGET_FIX.equals(o.fix())
                ? "split the document, or raise --time-budget and run 'reckon reextract --time-budget SECONDS'"
                : o.fix()));
      }
    };
    DocumentSink sink = document -> {
      // extract only what is not stored yet: re-ingesting a corpus costs no extraction; the same
      // text twice in one run is extracted once
      if (queued.add(document.id()) && !facts.hasExtraction(document.id(), Extractor.VERSION)) {
        runner.submit(document, store);
      } else {
        runner.pass(document, store);
      }
      return true; // not known until stored: the summary counts from the store instead
    };
    Progress progress = new Progress();
    IngestSummary read;
    try {
      read = new Ingester(reader).ingest(inputs, sink, progress);
      runner.finish();
    } catch (DocumentSink.StoreFailure e) {
      progress.close();
      throw new StoreException(e.getMessage() + " (documents stored before it are kept; run the same command again to resume)", e);
    }
    progress.close();
    List<BadInputException> failures = new ArrayList<>(read.failures());
    failures.addAll(overBudget);
    IngestSummary summary = new IngestSummary(read.files(), counts[0], counts[1], read.skipped(), failures);
    report(summary, db.description(), err);
    return summary;
  }

  private static void report(IngestSummary summary, String where, PrintWriter err) {
    StringBuilder line = new StringBuilder()
        .append("Ingested ").append(plural(summary.files(), "file")).append(" into ").append(where).append(": ")
        .append(summary.added()).append(" new, ")
        .append(summary.present()).append(" already present, ")
        .append(summary.failures().size()).append(" failed");
    if (summary.skipped() > 0) {
      line.append(", ").append(plural(summary.skipped(), "WARC capture")).append(" skipped (not articles)");
    }
    err.println(line.append('.'));
    if (summary.failed()) {
      err.println("Failed:");
      for (BadInputException failure : summary.failures()) {
        err.println("  " + TerminalText.escape(failure.getMessage())); // feed titles and URLs are untrusted
      }
    }
    err.flush();
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A progress bar on a terminal for runs of more than a few files; nothing otherwise. */
  private static final class Progress implements Ingester.Listener, AutoCloseable {
    private static final int MIN_FILES_FOR_BAR = 20;
    private @Nullable ProgressBar bar;

    @Override
    public void started(int files) {
      if (System.console() != null && files >= MIN_FILES_FOR_BAR) {
        bar = new ProgressBarBuilder()
            .setTaskName("Ingesting")
            .setInitialMax(files)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUnit(" files", 1)
            .build();
      }
    }

    @Override
    public void fileDone(Path file) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
