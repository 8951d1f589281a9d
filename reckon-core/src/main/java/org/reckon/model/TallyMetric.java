package org.reckon.model;

import java.util.Locale;

/** What a campaign tally counts. */
public enum TallyMetric {
  KILLED, STRIKES, VESSELS, SURVIVORS;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TallyMetric fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
