package org.reckon.server;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value worked out from the record, kept for the version of the database it was read at (and
 * a key, such as the release a review queue is since) until either moves: the record at a version
 * never changes, so neither does what is drawn from it. Concurrent askers of a new version wait
 * for the one working it out (at 10,000 incidents a drawing is a good part of a second, and
 * sixteen at once were seconds each) rather than each working out their own. Thread-safe.
 */
final class PerVersion<T> {
  /** What was worked out, and the version and key it is of. */
  record Kept<T>(long version, @Nullable String key, T value) {}

  /** Works a value out from the database, with the version it read. */
  @FunctionalInterface
  interface Work<T> {
    Kept<T> read();
  }

  private volatile @Nullable Kept<T> kept;
  private final Object lock = new Object();

  /**
   * The value for {@code key} at {@code current} (the version just read) or a later one: the one
   * kept, else {@code work}'s, kept for the next asker.
   */
  Kept<T> get(long current, @Nullable String key, Work<T> work) {
    Kept<T> k = kept;
    if (fits(k, current, key)) {
      return k;
    }
    synchronized (lock) {
      k = kept;
      if (!fits(k, current, key)) {
        k = work.read();
        kept = k;
      }
      return k;
    }
  }

  private static boolean fits(@Nullable Kept<?> k, long current, @Nullable String key) {
    return k != null && k.version() >= current && Objects.equals(k.key(), key);
  }
}
