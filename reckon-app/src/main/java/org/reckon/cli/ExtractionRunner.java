package org.reckon.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reckon.extract.Extractor;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.Ingester;
import org.reckon.ingest.IngestSummary;
import org.reckon.model.Document;
import org.reckon.model.Extraction;

/**
 * Reads files into documents (without a database) and extracts each within a time budget: a
 * document that takes longer is skipped with a message naming it, so one pathological input
 * cannot stall a run.
 */
final class ExtractionRunner implements AutoCloseable {
  static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

  private final Extractor extractor = new Extractor();
  private final Duration budget;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reckon-extract");
    t.setDaemon(true); // a runaway document must not keep the process alive
    return t;
  });

  ExtractionRunner(Duration budget) {
    this.budget = budget;
  }

  /** The documents {@code paths} name; bad inputs are reported on {@code err} and counted as failures. */
  static List<Document> read(List<String> paths, DocumentReader reader, List<BadInputException> failures) {
    List<Document> documents = new ArrayList<>();
    IngestSummary summary = new Ingester(reader).ingest(paths, d -> {
      boolean added = documents.stream().noneMatch(o -> o.id().equals(d.id()));
      if (added) {
        documents.add(d);
      }
      return added;
    }, new Ingester.Listener() {});
    failures.addAll(summary.failures());
    return documents;
  }

  /** The extraction of {@code document}, or null (with a message on {@code err}) when over budget. */
  @Nullable Extraction extract(Document document, PrintWriter err) {
    Future<Extraction> future = worker.submit(() -> extractor.extract(document));
    try {
      return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      String limit = budget.toMillis() < 1000 ? budget.toMillis() + " ms" : budget.toSeconds() + " s";
      err.println(document.source() + ": skipped, extraction took longer than " + limit
          + "; split the document or raise --time-budget");
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed on " + document.source(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  void forEach(List<Document> documents, PrintWriter err, Consumer<Extraction> action) {
    for (Document d : documents) {
      Extraction e = extract(d, err);
      if (e != null) {
        action.accept(e);
      }
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
