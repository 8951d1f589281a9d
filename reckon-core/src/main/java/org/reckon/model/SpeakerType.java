package org.reckon.model;

import java.util.Locale;

/** Who is speaking, as far as the text says (data-contract §2, {@code speaker_type}). */
public enum SpeakerType {
  NAMED_OFFICIAL, ANONYMOUS_OFFICIAL, NAMED_EXPERT, LAWMAKER, FAMILY_MEMBER, ORGANIZATION,
  GOVERNMENT_SPOKESPERSON, OTHER;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SpeakerType fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
