package org.reckon.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The death toll a sentence or claim states for one strike: "killed 11", "killing all six",
 * "three men were killed". Used where a single number is wanted from free text (dating an article
 * by its strike; two claims about one strike that give different tolls).
 */
public final class Tolls {
  private static final Pattern KILLED = Pattern.compile(
      "(?iu)\\bkill(?:ed|ing)\\s+(?:all\\s+)?(\\d+|" + Counts.NUMBER_WORD + ")\\b|\\b(\\d+|" + Counts.NUMBER_WORD
          + ")\\s+(?:\\p{L}+\\s+)?(?:were\\s+)?killed\\b");

  private Tolls() {}

  /** The first toll stated in {@code text}, or null when it states none. */
  public static @Nullable Integer killed(String text) {
    Matcher m = KILLED.matcher(text);
    while (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2);
      Integer value = n.matches("\\d+") ? Integer.valueOf(n) : Counts.wordValue(n);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
