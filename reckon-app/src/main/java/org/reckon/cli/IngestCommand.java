package org.reckon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
import org.reckon.model.Extraction;
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
      "the others are still stored. Exit status 1 when any input failed."
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, glob patterns, web addresses of pages or feeds")
  List<String> paths = List.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = database.open()) {
      IngestSummary summary = ingest(db, paths, fetch.reader(maxBytes), err);
      return summary.failed() ? ReckonCommand.SOME_INPUTS_FAILED : ReckonCommand.OK;
    }
  }

  /** Ingests {@code inputs} into {@code db} and prints the summary; shared with {@code demo}. */
  static IngestSummary ingest(Database db, List<String> inputs, DocumentReader reader, PrintWriter err) {
    try (ExtractionRunner extractor = new ExtractionRunner(ExtractionRunner.DEFAULT_BUDGET)) {
      return ingest(db, inputs, reader, err, extractor);
    }
  }

  private static IngestSummary ingest(Database db, List<String> inputs, DocumentReader reader, PrintWriter err,
      ExtractionRunner extractor) {
    DocumentRepository documents = db.documents();
    FactRepository facts = db.facts();
    DocumentSink sink = document -> {
      try {
        // extract only what is not stored yet: re-ingesting a corpus costs no extraction
        Extraction extraction = facts.hasExtraction(document.id(), Extractor.VERSION) ? null : extractor.extract(document, err);
        return documents.add(document, extraction);
      } catch (StoreException e) {
        throw new DocumentSink.StoreFailure(document.source() + ": not stored: " + e.getMessage(), e);
      }
    };
    Progress progress = new Progress();
    IngestSummary summary;
    try {
      summary = new Ingester(reader).ingest(inputs, sink, progress);
    } catch (DocumentSink.StoreFailure e) {
      progress.close();
      throw new StoreException(e.getMessage() + " (documents stored before it are kept; run the same command again to resume)", e);
    }
    progress.close();
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
