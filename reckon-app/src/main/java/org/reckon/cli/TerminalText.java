package org.reckon.cli;

import java.util.Locale;

/**
 * Makes untrusted text (titles, names, article text) safe to print to a terminal: every C0 and
 * C1 control character, DEL included, is written as {@code \xHH}, so an article cannot clear the
 * screen, retitle the window or hide lines with escape sequences. Escaping twice changes nothing.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} on one line: every control character escaped, line breaks and tabs too. */
  static String escape(String text) {
    return escape(text, false);
  }

  /** {@code text} with its line breaks and tabs kept and every other control character escaped. */
  static String escapeKeepingLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
      if (control && !(keepLines && (c == '\n' || c == '\t'))) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
