package org.reckon.fuzz;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs one fuzz or regression input within a time and a memory bound, the way a run of Reckon
 * bounds one document: on a worker thread that is interrupted when the time is up (the extractor
 * stops on an interrupt, see {@code Interruptions}) and given up when it does not stop within a
 * grace period. Memory is bounded by what the worker allocates for the input (HotSpot's per-thread
 * allocation counter), so that a reader that buffers without bound fails on a small input instead
 * of filling the heap on a large one.
 *
 * <p>Not thread-safe: one fuzz test drives it from one thread.
 */
public final class BoundedRun {
  /** How long an interrupted worker may take to stop before it is given up. */
  static final Duration GRACE = Duration.ofSeconds(5);

  /**
   * What became of one input: its value, or what it threw, or neither when it ran over the time
   * ({@code stoppedInTime} tells whether it then stopped within the grace period).
   */
  public record Outcome<T>(@Nullable T value, @Nullable Throwable thrown, boolean overTime, boolean stoppedInTime,
      long allocatedBytes) {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Duration time;
  private final long maxAllocatedBytes;
  private ExecutorService worker = newWorker();

  /**
   * @param time how long one input may run
   * @param maxAllocatedBytes how many bytes the worker may allocate for one input
   */
  public BoundedRun(Duration time, long maxAllocatedBytes) {
    this.time = time;
    this.maxAllocatedBytes = maxAllocatedBytes;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bounded-run");
      t.setDaemon(true); // a worker that never stops must not keep the JVM alive
      return t;
    });
  }

  private record Measured<T>(@Nullable T value, @Nullable Throwable thrown, long allocated) {}

  /** Runs {@code work} and says what became of it; never throws what {@code work} throws. */
  public <T> Outcome<T> run(Callable<T> work) {
    Future<Measured<T>> future = worker.submit(() -> {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      try {
        T value = work.call();
        return new Measured<>(value, null, THREADS.getCurrentThreadAllocatedBytes() - before);
      } catch (Throwable t) {
        return new Measured<>(null, t, THREADS.getCurrentThreadAllocatedBytes() - before);
      } finally {
        Thread.interrupted(); // an interrupt that came as the work ended must not reach the next input
      }
    });
    try {
      Measured<T> m = future.get(time.toNanos(), TimeUnit.NANOSECONDS);
      return new Outcome<>(m.value(), m.thrown(), false, true, m.allocated());
    } catch (TimeoutException e) {
      future.cancel(true);
      boolean stopped = awaitStop();
      return new Outcome<>(null, null, true, stopped, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a bounded run", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the measuring wrapper catches everything", e.getCause());
    }
  }

  /** Waits for the interrupted worker to finish its input; replaces it when it does not. */
  private boolean awaitStop() {
    try {
      if (worker.submit(() -> { }).get(GRACE.toMillis(), TimeUnit.MILLISECONDS) == null) {
        return true;
      }
    } catch (TimeoutException | ExecutionException e) {
      // still busy: give it up below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    worker.shutdownNow();
    worker = newWorker();
    return false;
  }

  /**
   * Runs {@code work} and returns its value; rethrows what it threw, and fails when it ran over the
   * time or allocated more than the bound. {@code input} describes the input in the failure message.
   */
  public <T> T call(String input, Callable<T> work) throws Exception {
    Outcome<T> o = run(work);
    if (o.overTime()) {
      throw new AssertionError(input + ": took longer than " + time.toMillis() + " ms"
          + (o.stoppedInTime() ? " (stopped when interrupted)" : " and did not stop within " + GRACE.toSeconds() + " s of an interrupt"));
    }
    if (o.thrown() instanceof Exception e) {
      throw e;
    }
    if (o.thrown() instanceof Error e) {
      throw e;
    }
    if (o.allocatedBytes() > maxAllocatedBytes) {
      throw new AssertionError(input + ": allocated " + o.allocatedBytes() + " bytes, over the bound of " + maxAllocatedBytes);
    }
    return o.value();
  }
}
