package org.reckon.model;

import java.util.Locale;

public enum ClaimKind {
  DIRECT_QUOTE, PARAPHRASE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimKind fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
