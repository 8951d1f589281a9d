package org.reckon.extract;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells English from Spanish by counting each language's commonest function words; returns null
 * for text that is neither (or too short to tell). Two languages need no model: their function
 * words barely overlap.
 */
final class LanguageGuess {
  private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "that", "is", "was", "for", "on",
      "with", "he", "said", "it", "by", "as", "at", "from", "have", "has", "were", "are", "this", "which", "but");
  private static final Set<String> ES = Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una",
      "por", "con", "para", "se", "su", "al", "es", "dijo", "como", "más", "pero", "sus", "fue", "este");
  private static final int MIN_HITS = 1;

  private LanguageGuess() {}

  static @Nullable String guess(String text) {
    int en = 0;
    int es = 0;
    int words = 0;
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+", 20_001)) {
      if (w.isEmpty()) {
        continue;
      }
      if (++words > 20_000) {
        break;
      }
      if (EN.contains(w)) {
        en++;
      }
      if (ES.contains(w)) {
        es++;
      }
    }
    if (Math.max(en, es) < MIN_HITS || Math.max(en, es) < words / 20) {
      return null;
    }
    return en >= es ? "en" : "es";
  }
}
