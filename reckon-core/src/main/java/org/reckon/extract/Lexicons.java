package org.reckon.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reckon.model.Campaign;
import org.reckon.model.Region;

/**
 * The word lists and configuration the rules read, from resource files beside this class
 * ({@code cargo.txt}, ...; the campaign's own words in {@code campaign.yaml}). Loaded once; immutable; thread-safe.
 */
final class Lexicons {
  record RegionPhrase(Region region, Pattern pattern) {}

  /** Canonical names by alias, and one pattern matching any alias as a whole word. */
  record Names(Map<String, String> canonicalByAlias, Pattern pattern) {
    String canonical(String alias) {
      String c = canonicalByAlias.get(alias.toLowerCase(java.util.Locale.ROOT));
      return c == null ? alias : c;
    }
  }

  static final List<RegionPhrase> REGIONS = regions();
  static final Names CARGO = names("cargo.txt", '|', true);
  static final Names ARMED_GROUPS = names("armed-groups.tsv", '\t', false);
  static final LocalDate FIRST_STRIKE = Campaign.current().firstStrike();
  /** The corpus prefilter's words, every language's (campaign.yaml {@code triggers}). */
  static final List<String> TRIGGER_WORDS = Campaign.current().triggers().values().stream().flatMap(List::stream)
      .distinct().toList();
  /** The boats the campaign strikes (vessel-nouns.txt). */
  static final WordClass VESSELS = wordClass("vessel-nouns.txt");
  /** Words that tell a strike (strike-words.txt). */
  static final WordClass STRIKES = wordClass("strike-words.txt");
  /** Words of surviving (survivor-words.txt). */
  static final WordClass SURVIVORS = wordClass("survivor-words.txt");
  /** Words of killing and dying (death-words.txt). */
  static final WordClass DEATHS = wordClass("death-words.txt");
  /** Where the window of an undated report's yearless dates starts (campaign.yaml). */
  static final LocalDate UNDATED_WINDOW_START = FIRST_STRIKE.minusMonths(9);

  private Lexicons() {}

  private static List<RegionPhrase> regions() {
    List<RegionPhrase> phrases = new ArrayList<>();
    for (Campaign.Sea sea : Campaign.current().seas()) {
      Region region = Region.fromKey(sea.key());
      sea.places().forEach(p -> phrases.add(new RegionPhrase(region, p)));
    }
    return List.copyOf(phrases);
  }

  /**
   * Reads a names file: either {@code canonical|alias|alias} per line ({@code firstIsCanonical}),
   * or {@code canonical<TAB>alias|alias}.
   */
  private static Names names(String file, char separator, boolean firstIsCanonical) {
    Map<String, String> byAlias = new LinkedHashMap<>();
    for (String line : lines(file)) {
      String canonical;
      String[] aliases;
      if (firstIsCanonical) {
        aliases = line.split("\\|");
        canonical = aliases[0];
      } else {
        String[] parts = line.split(String.valueOf(separator), 2);
        canonical = parts[0];
        aliases = parts[1].split("\\|");
      }
      byAlias.put(canonical.toLowerCase(java.util.Locale.ROOT), canonical);
      for (String alias : aliases) {
        byAlias.put(alias.strip().toLowerCase(java.util.Locale.ROOT), canonical);
      }
    }
    String alternation = byAlias.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow();
    return new Names(Map.copyOf(byAlias), Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])"));
  }


  /**
   * The words of a word-class file as regular expressions: any form, the first form of each word
   * (singular), the second (plural; a word with one form gives it for both).
   */
  record WordClass(String any, String singular, String plural) {}

  /** Reads a word-class file: one word a line, its forms separated by spaces (singular, then plural, ...). */
  static WordClass wordClass(String file) {
    List<List<String>> words = lines(file).stream().map(l -> List.of(l.split("\\s+"))).toList();
    return new WordClass(alternation(words.stream().flatMap(List::stream)),
        alternation(words.stream().map(w -> w.get(0))), alternation(words.stream().map(w -> w.get(Math.min(1, w.size() - 1)))));
  }

  private static String alternation(java.util.stream.Stream<String> forms) {
    return forms.distinct().collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  }

  /** The words of a word-list resource file: its non-comment lines split at spaces. */
  static List<String> words(String file) {
    return lines(file).stream().flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).toList();
  }

  /** The non-blank, non-comment lines of a resource file. */
  static List<String> lines(String file) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file, e);
    }
    return lines;
  }

  private static InputStream open(String file) {
    InputStream in = Lexicons.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("lexicon " + file + " is missing from the class path");
    }
    return in;
  }
}
