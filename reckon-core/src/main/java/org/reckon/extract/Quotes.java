package org.reckon.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: text between “ and ” (or straight double quotes), including quotes
 * that run over several sentences, and quotes that run over paragraphs the typographic way (a
 * paragraph opens with “ and does not close it; the next opens with “ again).
 */
final class Quotes {
  /** A quoted passage: {@code [start, end)} is the text inside the marks. */
  record Quote(int start, int end) {
    int words(String text) {
      return text.substring(start, end).strip().split("\\s+").length;
    }
  }

  private Quotes() {}

  static List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    // Where the last quote mark of each kind that found no close stopped looking (its paragraph's
    // end): a later mark of that kind before that point finds none either, and is not scanned to
    // the paragraph's end again (that made a long paragraph of unclosed quotes quadratic).
    int unclosedCurlyUntil = -1;
    int unclosedStraightUntil = -1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '“' && i < unclosedCurlyUntil || c == '"' && i < unclosedStraightUntil) {
        i++;
        continue;
      }
      if (c == '“' || (c == '"' && opensStraight(text, i))) {
        char close = c == '“' ? '”' : '"';
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != close && !(c == '“' && text.startsWith("’’", end))) {
          Interruptions.check(); // each unclosed quote scans to its paragraph's end: long in a long one
          if (text.charAt(end) == '\n') {
            // an unclosed quote at a paragraph's end continues if the next paragraph opens one
            int next = end + 1;
            while (next < text.length() && text.charAt(next) == '\n') {
              next++;
            }
            if (next < text.length() && text.charAt(next) == c) {
              quotes.add(new Quote(i + 1, end));
              i = next;
              end = -1;
            }
            break;
          }
          end++;
        }
        if (end < 0) {
          continue;
        }
        if (end < text.length() && (text.charAt(end) == close || text.startsWith("’’", end))) {
          quotes.add(new Quote(i + 1, end)); // some outlets close with two right single quotes
          i = end + (text.charAt(end) == close ? 1 : 2);
          continue;
        }
        if (c == '“') {
          unclosedCurlyUntil = end;
        } else {
          unclosedStraightUntil = end;
        }
      }
      i++;
    }
    return quotes;
  }

  /** A straight double quote opens a quote at a line start or after white space or an opening bracket. */
  private static boolean opensStraight(String text, int i) {
    return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(' || text.charAt(i - 1) == '—';
  }
}
