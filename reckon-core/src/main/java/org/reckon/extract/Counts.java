package org.reckon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.Bound;
import org.reckon.model.Count;

/**
 * Finds counts in English and Spanish text: digits ("1,500"), number words ("eleven", "once",
 * "twenty-one", "two dozen", "a dozen"), each with the qualifier before it ("at least", "almost",
 * "more than", "al menos", "casi") and "all 11" as exact; Spanish collective numerals
 * ("una veintena", "el centenar").
 */
final class Counts {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100),
      Map.entry("uno", 1), Map.entry("una", 1), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4),
      Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9),
      Map.entry("diez", 10), Map.entry("once", 11), Map.entry("doce", 12), Map.entry("trece", 13),
      Map.entry("catorce", 14), Map.entry("quince", 15), Map.entry("dieciséis", 16), Map.entry("diecisiete", 17),
      Map.entry("dieciocho", 18), Map.entry("diecinueve", 19), Map.entry("veinte", 20), Map.entry("treinta", 30),
      Map.entry("cuarenta", 40), Map.entry("cincuenta", 50), Map.entry("cien", 100), Map.entry("ciento", 100));

  private static final Map<String, Bound> QUALIFIERS = Map.ofEntries(
      Map.entry("at least", Bound.AT_LEAST), Map.entry("no fewer than", Bound.AT_LEAST),
      Map.entry("no less than", Bound.AT_LEAST), Map.entry("a minimum of", Bound.AT_LEAST),
      Map.entry("al menos", Bound.AT_LEAST), Map.entry("por lo menos", Bound.AT_LEAST),
      Map.entry("como mínimo", Bound.AT_LEAST),
      Map.entry("at most", Bound.AT_MOST), Map.entry("up to", Bound.AT_MOST), Map.entry("as many as", Bound.AT_MOST),
      Map.entry("no more than", Bound.AT_MOST), Map.entry("hasta", Bound.AT_MOST),
      Map.entry("more than", Bound.MORE_THAN), Map.entry("over", Bound.MORE_THAN),
      Map.entry("upwards of", Bound.MORE_THAN), Map.entry("in excess of", Bound.MORE_THAN),
      Map.entry("más de", Bound.MORE_THAN), Map.entry("mas de", Bound.MORE_THAN),
      Map.entry("almost", Bound.ALMOST), Map.entry("nearly", Bound.ALMOST), Map.entry("close to", Bound.ALMOST),
      Map.entry("just under", Bound.ALMOST), Map.entry("casi", Bound.ALMOST), Map.entry("cerca de", Bound.ABOUT),
      Map.entry("supera", Bound.MORE_THAN), Map.entry("superan", Bound.MORE_THAN), Map.entry("supera los", Bound.MORE_THAN),
      Map.entry("about", Bound.ABOUT), Map.entry("around", Bound.ABOUT), Map.entry("roughly", Bound.ABOUT),
      Map.entry("approximately", Bound.ABOUT), Map.entry("some", Bound.ABOUT), Map.entry("an estimated", Bound.ABOUT),
      Map.entry("unos", Bound.ABOUT), Map.entry("unas", Bound.ABOUT), Map.entry("alrededor de", Bound.ABOUT),
      Map.entry("aproximadamente", Bound.ABOUT));

  private static final java.util.Map<String, Integer> ORDINALS = ordinals();
  /** Ordinal words ({@code ordinals.tsv}) as a regular-expression alternation. */
  static final String ORDINAL_WORD = String.join("|",
      ORDINALS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()); // "vigésimo segundo" before "vigésimo"

  private static java.util.Map<String, Integer> ordinals() {
    java.util.Map<String, Integer> byWord = new java.util.LinkedHashMap<>();
    for (String line : Lexicons.lines("ordinals.tsv")) {
      String[] parts = line.split("\t");
      byWord.put(parts[0], Integer.valueOf(parts[1]));
    }
    return java.util.Map.copyOf(byWord);
  }

  /** The value of "16th" or "tenth", or null. */
  static @org.jspecify.annotations.Nullable Integer ordinalValue(String ordinal) {
    String o = ordinal.toLowerCase(java.util.Locale.ROOT);
    if (o.matches("\\d{1,3}(?:st|nd|rd|th)")) {
      return Integer.valueOf(o.substring(0, o.length() - 2));
    }
    return ORDINALS.get(o);
  }

  static final String NUMBER_WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|veinti(?:uno|ún|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|dieci(?:séis|seis|siete|ocho|nueve)"
      + "|(?:treinta|cuarenta|cincuenta)(?: y (?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?"
      + "|once|doce|trece|catorce|quince|veinte|diez|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|cien";
  private static final Pattern COUNT = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d.,$€£-])"
          + "(?:(?<qual>" + String.join("|", QUALIFIERS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
          + "|all(?: of)?(?: the)?|todos los|todas las|los|las)\\s+(?:a\\s+)?)?"
          + "(?:(?<coll>(?:una|un|el|la)\\s+(?:veintena|treintena|decena|docena|centenar))|(?<dozen>(?:a|one|two|three|four|half a)\\s+dozen)|(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]\\d)|(?<word>" + NUMBER_WORD + "))"
          + "(?![\\p{L}\\d%])"
          + "(?:\\s+(?<noun>[\\p{L}-]+))?");

  /** Words after "one" that show it is a pronoun ("the one that", "one of them"). */
  private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of(
      "that", "which", "who", "of", "is", "was", "has", "had", "another", "the", "a", "in", "on", "at", "to", "by",
      "and", "or", "day", "time", "way");

  private Counts() {}

  static List<CountMention> find(String sentence) {
    List<CountMention> found = new ArrayList<>();
    Matcher m = COUNT.matcher(sentence);
    while (m.find()) {
      Integer value = value(m);
      if (value == null) {
        continue;
      }
      String qualifier = m.group("qual") == null ? "" : m.group("qual").toLowerCase(Locale.ROOT);
      Bound bound = QUALIFIERS.getOrDefault(qualifier, Bound.EXACT);
      String noun = m.group("noun") == null ? "" : m.group("noun").toLowerCase(Locale.ROOT);
      if (noun.equals("percent") || noun.equals("per") || noun.equals("por")) {
        continue; // "96 percent of the drugs" is no count of people or boats
      }
      int end = m.group("noun") == null ? m.end() : m.start("noun");
      while (end > m.start() && Character.isWhitespace(sentence.charAt(end - 1))) {
        end--;
      }
      // a bare "one" is usually a pronoun ("the one that"); keep it only before a noun
      if (m.group("word") != null && m.group("word").equalsIgnoreCase("one") && (noun.isEmpty() || NOT_NOUNS.contains(noun))) {
        continue;
      }
      found.add(new CountMention(Count.of(value, bound), m.start(), end, noun));
    }
    return found;
  }

  private static Integer value(Matcher m) {
    if (m.group("digits") != null) {
      String digits = m.group("digits").replace(",", "");
      if (digits.length() > 7) {
        return null;
      }
      int n = Integer.parseInt(digits);
      return (n >= 1900 && n <= 2100 && m.group("qual") == null) ? null : n; // a year, not a count
    }
    if (m.group("coll") != null) {
      String c = m.group("coll").toLowerCase(Locale.ROOT);
      // "una veintena de ataques", "supera el centenar de fallecidos": a collective numeral
      return c.endsWith("veintena") ? 20 : c.endsWith("treintena") ? 30 : c.endsWith("decena") ? 10
          : c.endsWith("docena") ? 12 : 100;
    }
    if (m.group("dozen") != null) {
      String d = m.group("dozen").toLowerCase(Locale.ROOT);
      if (d.startsWith("half")) {
        return 6;
      }
      String first = d.split("\\s+")[0];
      return 12 * (first.equals("a") ? 1 : WORDS.get(first));
    }
    String word = m.group("word").toLowerCase(Locale.ROOT);
    return wordValue(word);
  }

  static Integer wordValue(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('-', ' ');
    Integer direct = WORDS.get(w);
    if (direct != null) {
      return direct;
    }
    if (w.startsWith("veinti")) {
      String rest = w.substring(6).replace("ú", "u").replace("é", "e").replace("ó", "o");
      Integer unit = rest.equals("un") ? Integer.valueOf(1) : WORDS.get(rest);
      return unit == null ? null : 20 + unit;
    }
    if (w.startsWith("dieci")) {
      Integer unit = WORDS.get(w.substring(5).replace("é", "e"));
      return unit == null ? null : 10 + unit;
    }
    String[] parts = w.split(" y | ");
    if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
      return WORDS.get(parts[0]) + WORDS.get(parts[1]);
    }
    return null;
  }
}
