package org.reckon.model;

import java.util.Locale;

/** How a reported number relates to the truth: "at least 99", "almost 100", "11" (exact). */
public enum Bound {
  EXACT, AT_LEAST, AT_MOST, ABOUT, ALMOST, MORE_THAN;

  /** The name used in JSON: {@code exact}, {@code at_least}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Bound fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
