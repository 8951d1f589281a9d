package org.reckon.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Something the server keeps of the database and brings up to date off the request threads (the
 * overview and the map as drawn, the actors, the review queue, the search index): one load at a time on its own thread, shared by every
 * request that wants a newer version, each of which waits for it at most {@link #FRESH_WAIT_MS}
 * and is otherwise answered from the newest loaded. No request queues behind another's load: a
 * large record under a stream of ingests is shown a moment behind, whole, never half of two
 * versions; a small one loads well within the wait, so its pages are always current.
 *
 * <p>Written here rather than taken from a cache library (Caffeine's refresh-after-write) because
 * what decides staleness is the database's version, read per request, not the time since a load.
 *
 * @param <T> what is loaded; {@link #versionOf} tells the database version it is of
 */
final class Refreshing<T> implements AutoCloseable {
  /** How long a request waits for a load of the current version before it is answered from the last. */
  static final long FRESH_WAIT_MS = 500;

  private final Supplier<T> load;
  private final ToLongFunction<T> versionOf;
  private final ExecutorService thread;
  private volatile @Nullable T latest;
  /** The load in progress, or the last one; guarded by {@code this}. */
  private @Nullable CompletableFuture<T> loading;
  /**
   * How long the last load after the first took: once it is longer than the wait, requests no
   * longer wait for the next, which would not be ready in time. The first load (of everything, at
   * start) does not count: later ones bring only what changed.
   */
  private volatile long lastLoadNanos;
  private volatile boolean loadedOnce;

  /**
   * @param name the name of the thread that loads
   * @param load reads the database's current version; runs on that thread only
   */
  Refreshing(String name, Supplier<T> load, ToLongFunction<T> versionOf) {
    this.load = load;
    this.versionOf = versionOf;
    this.thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** The newest loaded, or null before the first load ends. */
  @Nullable T latest() {
    return latest;
  }

  /**
   * What was loaded at {@code version} or later, or, while that load runs longer than the wait,
   * the newest loaded. Before anything was loaded, waits for the first load however long it takes.
   */
  T atLeast(long version) {
    T kept = latest;
    if (kept != null && version <= versionOf.applyAsLong(kept)) {
      return kept;
    }
    long wait = TimeUnit.MILLISECONDS.toNanos(FRESH_WAIT_MS);
    long deadline = System.nanoTime() + (lastLoadNanos > wait ? 0 : wait);
    while (true) {
      CompletableFuture<T> f = refresh();
      try {
        T loaded = kept == null ? f.get() : f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (versionOf.applyAsLong(loaded) >= version) {
          return loaded;
        }
        kept = loaded; // a load begun before this version: start the next one
      } catch (TimeoutException e) {
        return kept;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + this, e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("could not load " + this, e.getCause());
      }
    }
  }

  /** The load in progress, or a new one when none is. */
  synchronized CompletableFuture<T> refresh() {
    if (loading == null || loading.isDone()) {
      loading = CompletableFuture.supplyAsync(() -> {
        long t0 = System.nanoTime();
        T loaded = load.get();
        if (loadedOnce) {
          lastLoadNanos = System.nanoTime() - t0;
        }
        loadedOnce = true;
        T old = latest;
        if (old == null || versionOf.applyAsLong(loaded) > versionOf.applyAsLong(old)) {
          latest = loaded;
        }
        return loaded;
      }, thread);
    }
    return loading;
  }

  /** Lets the load in progress end (an interrupt could close files under it), then stops the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
