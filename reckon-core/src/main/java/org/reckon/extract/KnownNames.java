package org.reckon.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reckon.model.ActorType;
import org.reckon.model.SpeakerType;

/**
 * The names of {@code organizations.tsv} and {@code people.tsv}: every alias with the canonical
 * name, type and speaker type it stands for, and one case-sensitive pattern that finds them all
 * (longest alias first, so "Trump administration" wins over "Trump").
 */
final class KnownNames {
  record Entry(String canonical, ActorType type, SpeakerType speakerType, String role) {}

  static final Map<String, Entry> BY_ALIAS;
  /** The words of every name the lists give each canonical name, accents aside ("Nicolas", "Maduro"). */
  static final Map<String, java.util.Set<String>> NAME_WORDS;
  static final Pattern PATTERN;
  static final List<Pattern> TITLES;
  static final List<SpeakerType> TITLE_TYPES;

  static {
    Map<String, Entry> byAlias = new LinkedHashMap<>();
    for (String line : Lexicons.lines("organizations.tsv")) {
      String[] f = line.split("\t");
      Entry e = new Entry(f[0], ActorType.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)),
          SpeakerType.fromKey(f[2]), "");
      byAlias.putIfAbsent(f[0], e);
      for (String alias : f[3].split("\\|")) {
        byAlias.putIfAbsent(alias.strip(), e);
      }
    }
    for (String line : Lexicons.lines("people.tsv")) {
      String[] f = line.split("\t");
      Entry e = new Entry(f[0], ActorType.PERSON, SpeakerType.fromKey(f[1]), f[2]);
      byAlias.putIfAbsent(f[0], e);
      for (String alias : f[3].split("\\|")) {
        byAlias.putIfAbsent(alias.strip(), e);
      }
    }
    // "the Pentagon" also opens a sentence as "The Pentagon"; proper names keep their case
    for (Map.Entry<String, Entry> e : List.copyOf(byAlias.entrySet())) {
      String alias = e.getKey();
      if (Character.isLowerCase(alias.charAt(0))) {
        byAlias.putIfAbsent(Character.toUpperCase(alias.charAt(0)) + alias.substring(1), e.getValue());
      }
    }
    BY_ALIAS = Map.copyOf(byAlias);
    Map<String, java.util.Set<String>> words = new java.util.HashMap<>();
    byAlias.forEach((alias, e) -> {
      for (String w : alias.split("\\s+")) {
        words.computeIfAbsent(e.canonical(), c -> new java.util.HashSet<>()).add(plain(w));
      }
    });
    words.replaceAll((c, w) -> java.util.Set.copyOf(w));
    NAME_WORDS = Map.copyOf(words);
    List<String> aliases = new ArrayList<>(byAlias.keySet());
    aliases.sort(Comparator.comparingInt(String::length).reversed());
    PATTERN = Pattern.compile("(?u)(?<![\\p{L}\\p{N}])(?:" + String.join("|", aliases.stream().map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}]|\\.\\p{L})");
    List<Pattern> titles = new ArrayList<>();
    List<SpeakerType> types = new ArrayList<>();
    for (String line : Lexicons.lines("titles.tsv")) {
      String[] f = line.split("\t", 2);
      types.add(SpeakerType.fromKey(f[0]));
      titles.add(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + f[1] + ")(?![\\p{L}])"));
    }
    TITLES = List.copyOf(titles);
    TITLE_TYPES = List.copyOf(types);
  }

  private KnownNames() {}

  /** A word without its accents, for comparing names as outlets spell them. */
  static String plain(String word) {
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** The speaker type a description implies ("White House spokeswoman" -> spokesperson), or null. */
  static @org.jspecify.annotations.Nullable SpeakerType typeOfDescription(String description) {
    for (int i = 0; i < TITLES.size(); i++) {
      if (TITLES.get(i).matcher(description).find()) {
        return TITLE_TYPES.get(i);
      }
    }
    return null;
  }
}
