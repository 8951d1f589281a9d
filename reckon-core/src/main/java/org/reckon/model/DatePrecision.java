package org.reckon.model;

import java.util.Locale;

/** How much of a date is known (UCDP-style). */
public enum DatePrecision {
  DAY, MONTH, YEAR, UNKNOWN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
