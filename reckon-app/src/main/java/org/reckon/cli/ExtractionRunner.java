package org.reckon.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reckon.extract.ExtractionInterruptedException;
import org.reckon.extract.Extractor;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.Ingester;
import org.reckon.ingest.IngestSummary;
import org.reckon.model.Document;
import org.reckon.model.Extraction;

/**
 * Extracts documents on every core, each within a time budget, and hands the outcomes back in the
 * order the documents came, on the caller's thread.
 *
 * <p>Design. One document's extraction runs on one worker; at most one worker per core runs at a
 * time, and the caller waits for a free one, so a long corpus streams through in bounded memory.
 * When a worker starts a document it sets an alarm for the end of the budget; the alarm interrupts
 * the worker, and the rules, which check the interrupt status between sentences and inside
 * patterns over the whole text, stop within moments ({@link ExtractionInterruptedException}): the
 * document is a failure that names it and the fix, and the worker takes the next document. Should a
 * rule fail to notice, the alarm gives up on the worker after a grace period, so the run still goes
 * on with a fresh one (the old one is a daemon and cannot keep the process alive).
 *
 * <p>Not thread-safe: one caller submits, and the outcomes are delivered to it.
 */
final class ExtractionRunner implements AutoCloseable {
  static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);
  /** How long an interrupted extraction may take to stop before its worker is given up. */
  private static final Duration GRACE = Duration.ofSeconds(5);

  /**
   * What became of one document: its extraction; or none, because it was not to be extracted
   * ({@link #pass}) or, with {@code failure} saying so, because it ran over the budget.
   */
  /**
   * What became of one document: its extraction, or why there is none ({@code failure}) and what
   * the user can do about it ({@code fix}).
   */
  record Outcome(Document document, @Nullable Extraction extraction, @Nullable String failure, @Nullable String fix) {
    Outcome(Document document, @Nullable Extraction extraction) {
      this(document, extraction, null, null);
    }
  }

  /** The fix for a document that ran over its budget. */
  static final String OVER_BUDGET_FIX = "split the document or raise --time-budget";

  private record Pending(Document document, CompletableFuture<Outcome> outcome, Consumer<Outcome> then) {}

  private final Function<Document, Extraction> extractor;
  private final Duration budget;
  private final int parallelism;
  private final Semaphore workers;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "reckon-extract");
    t.setDaemon(true); // a runaway document must not keep the process alive
    return t;
  });
  private final ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "reckon-extract-alarm");
    t.setDaemon(true);
    return t;
  });
  private final Deque<Pending> pending = new ArrayDeque<>();

  /** A runner with one worker per available core. */
  ExtractionRunner(Duration budget) {
    this(budget, Runtime.getRuntime().availableProcessors());
  }

  ExtractionRunner(Duration budget, int parallelism) {
    this(budget, parallelism, new Extractor()::extract);
  }

  /** A runner that extracts with {@code extractor} (tests give one that fails on a chosen document). */
  ExtractionRunner(Duration budget, int parallelism, Function<Document, Extraction> extractor) {
    this.extractor = extractor;
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive: " + budget);
    }
    this.budget = budget;
    this.parallelism = Math.max(1, parallelism);
    this.workers = new Semaphore(this.parallelism);
    alarms.setRemoveOnCancelPolicy(true);
  }

  /** The documents {@code paths} name; bad inputs are counted as failures. */
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

  /** How the budget reads in a message: "20 s", "1.5 s", "1 ms". */
  String budgetText() {
    long millis = budget.toMillis();
    if (millis < 1000) {
      return Math.max(1, millis) + " ms";
    }
    return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }

  /**
   * Starts extracting {@code document} (waiting for a free worker); {@code then} gets its outcome,
   * after the outcomes of everything submitted before it, from a later call of this runner.
   * Whatever {@code then} throws comes out of that call.
   */
  void submit(Document document, Consumer<Outcome> then) {
    deliverDone();
    while (pending.size() >= 4 * parallelism) {
      deliverHead(); // the oldest is slow: do not pile up finished extractions behind it
    }
    try {
      workers.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an extraction worker", e);
    }
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    AtomicBoolean released = new AtomicBoolean();
    Runnable release = () -> {
      if (released.compareAndSet(false, true)) {
        workers.release();
      }
    };
    pending.add(new Pending(document, outcome, then));
    threads.execute(() -> run(document, outcome, release));
    deliverDone();
  }

  /** Queues {@code document} without extracting it, so that {@code then} sees it in its order. */
  void pass(Document document, Consumer<Outcome> then) {
    pending.add(new Pending(document, CompletableFuture.completedFuture(new Outcome(document, null)), then));
    deliverDone();
  }

  /** Waits for every submitted document and delivers the outcomes still due. */
  void finish() {
    while (!pending.isEmpty()) {
      deliverHead();
    }
  }

  /** Extracts each of {@code documents} and hands {@code then} the outcomes, in order. */
  void forEach(List<Document> documents, Consumer<Outcome> then) {
    for (Document d : documents) {
      submit(d, then);
    }
    finish();
  }

  private void run(Document document, CompletableFuture<Outcome> outcome, Runnable release) {
    Thread worker = Thread.currentThread();
    Object lock = new Object();
    boolean[] finished = {false};
    Outcome overBudget = new Outcome(document, null, "extraction took longer than " + budgetText(), OVER_BUDGET_FIX);
    var alarm = alarms.schedule(() -> {
      synchronized (lock) {
        if (!finished[0]) {
          worker.interrupt();
        }
      }
      // should the rules not notice, give up on this worker: the run goes on without it
      alarms.schedule(() -> {
        if (outcome.complete(overBudget)) {
          release.run();
        }
      }, GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }, budget.toNanos(), TimeUnit.NANOSECONDS);
    try {
      outcome.complete(new Outcome(document, extractor.apply(document)));
    } catch (ExtractionInterruptedException e) {
      outcome.complete(overBudget);
    } catch (RuntimeException | StackOverflowError e) {
      // a rule that fails on one document must not end the run: the others keep their facts
      outcome.complete(new Outcome(document, null, "extraction failed (" + e + ")",
          "this is a bug in Reckon's rules, not in the document: report it with the document; the rest of the run went on"));
    } catch (Error e) {
      outcome.completeExceptionally(e);
    } finally {
      synchronized (lock) {
        finished[0] = true; // from here on the alarm interrupts nothing
      }
      alarm.cancel(false);
      Thread.interrupted(); // an alarm that fired as the extraction ended must not stop the next one
      release.run();
    }
  }

  private void deliverDone() {
    while (!pending.isEmpty() && pending.peekFirst().outcome().isDone()) {
      deliverHead();
    }
  }

  private void deliverHead() {
    Pending p = pending.removeFirst();
    Outcome o;
    try {
      o = p.outcome().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the extraction of " + p.document().source(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed on " + p.document().source(), e.getCause());
    }
    p.then().accept(o);
  }

  @Override
  public void close() {
    threads.shutdownNow();
    alarms.shutdownNow();
  }
}
