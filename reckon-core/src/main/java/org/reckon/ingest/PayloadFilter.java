package org.reckon.ingest;

/**
 * Looks at the raw bytes of a file or WARC capture before it is parsed, and may drop it: the
 * corpus job's keyword prefilter, which saves parsing and extracting pages that cannot be about
 * the campaign. Implementations must be thread-safe when one reader serves several threads.
 */
@FunctionalInterface
public interface PayloadFilter {
  /** Keeps everything: what ingest uses. */
  PayloadFilter ALL = bytes -> true;

  /** Whether the page whose bytes (as stored, before decoding) are {@code bytes} is read on. */
  boolean keep(byte[] bytes);
}
