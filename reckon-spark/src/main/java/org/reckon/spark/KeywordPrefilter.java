package org.reckon.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reckon.extract.Extractor;
import org.reckon.ingest.PayloadFilter;

/**
 * The job's cheap first pass: keeps a page only when its raw bytes contain one of the campaign's
 * trigger words ({@link Extractor#triggerWords()}), ignoring ASCII case.
 *
 * <p>Written by hand because it must run on bytes, before a page is decoded or parsed, at the speed
 * of gunzip: the multi-pattern matchers on Maven Central (Aho-Corasick libraries, regular
 * expressions) work on {@code char}s, and decoding every page of a crawl to search it costs more
 * than the search. The idea: a table of the words' first two bytes says, with one look-up per
 * byte, where a word may start; only there are the words compared. Words are stems without
 * accents, so UTF-8, Latin-1 and HTML entities all match. Immutable and thread-safe.
 */
final class KeywordPrefilter implements PayloadFilter, Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[][] words;
  /** For each pair of lower-cased first bytes, the indexes of the words that start with it, or null. */
  private final int[][] byPair = new int[1 << 16][];

  KeywordPrefilter(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the prefilter needs at least one word");
    }
    this.words = new byte[words.size()][];
    List<List<Integer>> pairs = new ArrayList<>();
    for (int i = 0; i < 1 << 16; i++) {
      pairs.add(null);
    }
    for (int w = 0; w < words.size(); w++) {
      byte[] word = words.get(w).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
      if (word.length < 2) {
        throw new IllegalArgumentException("prefilter word '" + words.get(w) + "' is shorter than 2 bytes");
      }
      this.words[w] = word;
      int pair = (word[0] & 0xFF) << 8 | word[1] & 0xFF;
      if (pairs.get(pair) == null) {
        pairs.set(pair, new ArrayList<>());
      }
      pairs.get(pair).add(w);
    }
    for (int p = 0; p < 1 << 16; p++) {
      if (pairs.get(p) != null) {
        byPair[p] = pairs.get(p).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** The campaign's words, from configuration. */
  static KeywordPrefilter campaign() {
    return new KeywordPrefilter(Extractor.triggerWords());
  }

  @Override
  public boolean keep(byte[] bytes) {
    int last = bytes.length - 1;
    for (int i = 0; i < last; i++) {
      int[] candidates = byPair[lower(bytes[i]) << 8 | lower(bytes[i + 1])];
      if (candidates != null) {
        for (int w : candidates) {
          if (matchesAt(bytes, i, words[w])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] bytes, int at, byte[] word) {
    if (at + word.length > bytes.length) {
      return false;
    }
    for (int k = 2; k < word.length; k++) {
      if (lower(bytes[at + k]) != (word[k] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static int lower(byte b) {
    int c = b & 0xFF;
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
}
