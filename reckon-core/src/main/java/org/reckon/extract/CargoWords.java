package org.reckon.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** The cargo a text names, from the lexicon {@code cargo.txt}: "cocaína" and "cocaine" are both {@code cocaine}. */
public final class CargoWords {
  private CargoWords() {}

  /** Canonical cargo names in {@code text}, in order of first mention, without repeats. */
  public static List<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (Matcher m = Lexicons.CARGO.pattern().matcher(text); m.find(); ) {
      found.add(Lexicons.CARGO.canonical(m.group()));
    }
    return List.copyOf(found);
  }
}
