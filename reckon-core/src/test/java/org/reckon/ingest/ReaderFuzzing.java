package org.reckon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.reckon.fuzz.BoundedRun;

/**
 * Shared by the reader fuzz tests: one input becomes a file of the given name (its extension picks
 * the reader, as in ingest), read by a {@link DocumentReader} offline, within a time and memory
 * bound, and checked by {@link ReaderChecks}. Inputs are cut to {@link #MAX_INPUT_BYTES}; the size
 * limit of the reader is set just below that, so the "over the limit" paths are fuzzed too.
 */
final class ReaderFuzzing {
  /** The largest input tried: what a fuzzer can explore in seconds, far more than any header. */
  static final int MAX_INPUT_BYTES = 64 * 1024;
  /** The reader's size limit: below the largest input, so that over-the-limit paths run too. */
  static final long MAX_READ_BYTES = 48 * 1024;
  /** A guard against hangs, not a measurement: a 64 kB input reads in milliseconds. */
  static final Duration TIME_PER_INPUT = Duration.ofSeconds(10);
  /**
   * Reading buffers a few copies of what it reads, never without bound; a gzip member of 64 kB can
   * expand to gigabytes, and must be cut at the size limit. Set with room for Jazzer's hooks, which
   * allocate on every comparison they trace while fuzzing.
   */
  static final long MAX_ALLOCATED_BYTES = 1024L * 1024 * 1024;

  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("reckon-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final BoundedRun BOUNDED = new BoundedRun(TIME_PER_INPUT, MAX_ALLOCATED_BYTES);
  private static final DocumentReader READER = new DocumentReader(MAX_READ_BYTES, PageFetcher.offline());

  private ReaderFuzzing() {}

  /** Writes {@code input} (cut to the bound) as {@code fileName} and reads it with every check. */
  static ReaderChecks.Read read(byte[] input, String fileName) throws Exception {
    byte[] bytes = input.length > MAX_INPUT_BYTES ? Arrays.copyOf(input, MAX_INPUT_BYTES) : input;
    Path file = Files.write(DIR.resolve(fileName), bytes);
    return BOUNDED.call(file + " (" + bytes.length + " bytes)", () -> ReaderChecks.readAndCheck(READER, file));
  }
}
