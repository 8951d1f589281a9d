package org.reckon.model;

import java.util.Locale;

/** The sea areas of the campaign; {@code UNKNOWN} conflicts with nothing. */
public enum Region {
  CARIBBEAN, EASTERN_PACIFIC, UNKNOWN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Region fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }

  /** Whether two regions can describe the same place. */
  public boolean compatibleWith(Region other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
