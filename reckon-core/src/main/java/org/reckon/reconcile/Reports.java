package org.reckon.reconcile;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.Document;

/**
 * Tells independent reports apart, so that one wire story printed by ten sites counts once.
 *
 * <p>Design note. Two documents are one report when they come from one outlet (its name, else the
 * host of its URL), when their datelines credit one agency ("CARACAS, Venezuela (AP) —"), or when
 * one repeats most of the other's text: at least {@value #CONTAINMENT} of the smaller document's
 * eight-word shingles appear in the larger, which survives the new headline, the trimmed last
 * paragraphs and the site's own boilerplate that reprints add. Shingle containment is written here
 * rather than taken from a library because it is a dozen lines over sets of hashes and the
 * documents of one incident are few; a corpus-wide near-duplicate index (MinHash) is not needed to
 * compare them.
 */
final class Reports {
  static final double CONTAINMENT = 0.6;
  private static final int SHINGLE = 8;
  private static final Pattern AGENCY = Pattern.compile(
      "\\((AP|Reuters|AFP|EFE|Bloomberg|Xinhua|dpa|ANSA|UPI)\\)\\s*[—–-]|\\b(?:By|Por) (?:The )?(Associated Press|Reuters|"
          + "Agence France-Presse|EFE)\\b");
  private static final Map<String, String> AGENCY_NAMES = Map.of(
      "associated press", "ap", "agence france-presse", "afp");

  private final Map<String, long[]> shingles = new HashMap<>();

  /** Groups {@code documents} into independent reports; each inner list is one report, in input order. */
  List<List<Document>> independent(List<Document> documents) {
    int n = documents.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sameReport(documents.get(i), documents.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<Document>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(documents.get(i));
    }
    return List.copyOf(groups.values());
  }

  boolean sameReport(Document a, Document b) {
    if (a.id().equals(b.id()) || outlet(a).equals(outlet(b))) {
      return true;
    }
    String agency = agency(a);
    if (agency != null && agency.equals(agency(b))) {
      return true;
    }
    long[] x = shingles(a);
    long[] y = shingles(b);
    long[] small = x.length <= y.length ? x : y;
    long[] large = small == x ? y : x;
    if (small.length == 0) {
      return false;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < small.length && j < large.length; ) {
      if (small[i] == large[j]) {
        shared++;
        i++;
        j++;
      } else if (small[i] < large[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared >= CONTAINMENT * small.length;
  }

  /** The outlet by name, else the host of its URL, else the document itself. */
  static String outlet(Document d) {
    if (d.outlet() != null) {
      return d.outlet().toLowerCase(Locale.ROOT);
    }
    try {
      String host = URI.create(d.source()).getHost();
      if (host != null) {
        return host.replaceFirst("^www\\.", "");
      }
    } catch (IllegalArgumentException e) {
      // a file path, not a URL
    }
    return d.id();
  }

  /** The agency the dateline or byline credits, lower case; null when none. */
  static String agency(Document d) {
    String head = d.text().substring(0, Math.min(d.text().length(), 400));
    Matcher m = AGENCY.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    return AGENCY_NAMES.getOrDefault(name, name);
  }

  /**
   * The document's shingle hashes, sorted and without repeats. Only one hash in four is kept (those
   * divisible by four): the same sample of both documents, so containment is still estimated
   * fairly, at a quarter of the memory on a large record.
   */
  private long[] shingles(Document d) {
    return shingles.computeIfAbsent(d.id(), id -> {
      String[] words = d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
      long[] hashes = new long[Math.max(0, words.length - SHINGLE + 1)];
      int n = 0;
      for (int i = 0; i + SHINGLE <= words.length; i++) {
        long h = 1125899906842597L;
        for (int k = i; k < i + SHINGLE; k++) {
          h = 31 * h + words[k].hashCode();
        }
        if (Math.floorMod(h, 4) == 0 || words.length < 4 * SHINGLE) {
          hashes[n++] = h; // short texts keep every shingle: a sample of a few would decide nothing
        }
      }
      return Arrays.stream(hashes, 0, n).sorted().distinct().toArray();
    });
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
