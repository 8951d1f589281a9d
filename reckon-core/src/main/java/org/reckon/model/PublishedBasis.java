package org.reckon.model;

import java.util.Locale;

/** Where a document's publication date came from (data-contract §2, {@code published_basis}). */
public enum PublishedBasis {
  /** A {@code published:} header line of a text file. */
  HEADER,
  /** HTML metadata: {@code article:published_time}, JSON-LD {@code datePublished}, ... */
  META,
  /** An explicit date line in the text itself, such as {@code " date 2025-12-19"}. */
  TEXT,
  /** Bounded from dates, weekdays and tallies mentioned in the text. */
  INFERRED,
  UNKNOWN;

  /** The lower-case name used in JSON and in the database. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PublishedBasis fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
