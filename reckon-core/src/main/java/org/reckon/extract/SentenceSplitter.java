package org.reckon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences with their offsets.
 *
 * <p>Written here because the library splitters either need a model download (OpenNLP) or break
 * news abbreviations ("Sept. 2", "U.S. officials", "Frank M. Bradley", "Sen. Mark Kelly"). A
 * line break always ends a sentence (articles put one paragraph per line); otherwise a sentence
 * ends at {@code . ! ?} (with any closing quotes or brackets) followed by white space and an
 * upper-case letter, digit or opening quote, unless the word before the period is a known
 * abbreviation or a single initial.
 */
final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "adm", "lt", "col", "sgt", "capt",
      "cmdr", "maj", "pres", "sec", "st", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "dept", "u.s", "u.n",
      "u.k", "d.c", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "mt", "ft", "prof", "rev", "sra", "dra", "etc", "e.g", "i.e", "approx", "est");
  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«¿¡";

  private SentenceSplitter() {}

  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        splitLine(text, lineStart, lineEnd, paragraph++, sentences);
      }
      lineStart = lineEnd + 1;
    }
    return sentences;
  }

  private static void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
    int start = skipSpace(text, from, to);
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < to && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) {
        end++;
      }
      if (end >= to || !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = skipSpace(text, end, to);
      if (next >= to) {
        break;
      }
      char n = text.charAt(next);
      boolean startsSentence = Character.isUpperCase(n) || Character.isDigit(n) || OPENERS.indexOf(n) >= 0;
      if (!startsSentence || (c == '.' && isAbbreviation(text, start, i))) {
        continue;
      }
      add(text, start, end, paragraph, out);
      start = next;
      i = next - 1;
    }
    if (start < to) {
      add(text, start, to, paragraph, out);
    }
  }

  /** Whether the word ending at the period {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int wordStart = dot;
    while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
        && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      // an initial follows a name or another initial ("Frank M. Bradley", "J. D. Vance"); after
      // a lower-case word the letter is a name itself: "said in a post on X. The strikes ..."
      int end = wordStart;
      while (end > sentenceStart && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == wordStart) {
        return true; // first word of the sentence, or after an opener: "J. Smith said"
      }
      int previous = end;
      while (previous > sentenceStart && !Character.isWhitespace(text.charAt(previous - 1))) {
        previous--;
      }
      return !Character.isLowerCase(text.charAt(previous));
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start) {
      out.add(new Sentence(out.size(), start, e, paragraph, text.substring(start, e)));
    }
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
