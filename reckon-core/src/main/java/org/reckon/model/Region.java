package org.reckon.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * A sea area of the campaign (the seas of {@link Campaign#current()}), or {@link #UNKNOWN}, which
 * conflicts with nothing. Equal when their keys are.
 */
public final class Region {
  public static final Region UNKNOWN = new Region("unknown");

  /** One instance per key, so that regions compare with {@code ==} as they did when they were an enum. */
  private static final java.util.concurrent.ConcurrentMap<String, Region> SEAS = new java.util.concurrent.ConcurrentHashMap<>();

  private final String key;

  private Region(String key) {
    this.key = key;
  }

  /** The key, which is also how a region is written in JSON. */
  @JsonValue
  public String key() {
    return key;
  }

  /** The region of a key ("caribbean", "unknown"); an unknown key is an {@link IllegalArgumentException}. */
  @JsonCreator
  public static Region fromKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.equals(UNKNOWN.key)) {
      return UNKNOWN;
    }
    if (Campaign.current().sea(k) == null) {
      throw new IllegalArgumentException("no sea '" + key + "' in the campaign; the seas are " + String.join(", ", keys()));
    }
    return SEAS.computeIfAbsent(k, Region::new);
  }

  /** The campaign's seas, then {@code unknown}. */
  public static List<String> keys() {
    List<String> keys = new java.util.ArrayList<>(Campaign.current().seas().stream().map(Campaign.Sea::key).toList());
    keys.add(UNKNOWN.key);
    return List.copyOf(keys);
  }

  /** Whether two regions can describe the same place. */
  public boolean compatibleWith(Region other) {
    return this.equals(UNKNOWN) || other.equals(UNKNOWN) || this.equals(other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region r && r.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
