package org.reckon.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which sentence of a document holds an offset, by binary search over the sentences' starts: the
 * rules ask it for every quote and every mention, and a scan of all sentences each time made a
 * long document's extraction quadratic (issue #10, D4). A document's sentences come in reading
 * order and do not overlap; a list that does (none the extractor builds) is searched one sentence
 * after another, with the same answers.
 */
final class SentenceIndex {
  private final List<Sentence> sentences;
  private final int[] starts;
  private final int[] ends;
  private final boolean ordered;

  SentenceIndex(List<Sentence> sentences) {
    this.sentences = sentences;
    starts = new int[sentences.size()];
    ends = new int[sentences.size()];
    boolean inOrder = true;
    for (int i = 0; i < starts.length; i++) {
      Sentence s = sentences.get(i);
      starts[i] = s.start();
      ends[i] = s.end();
      inOrder &= i == 0 || starts[i] >= ends[i - 1];
    }
    ordered = inOrder;
  }

  /** Whether the sentences come in the order of the text without overlapping. */
  boolean ordered() {
    return ordered;
  }

  /** The first sentence (in the list's order) with {@code start <= offset < end}, or null. */
  @Nullable Sentence first(int offset) {
    if (ordered) {
      return atSorted(offset);
    }
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** The last sentence (in the list's order) with {@code start <= offset < end}, or null. */
  @Nullable Sentence last(int offset) {
    if (ordered) {
      return atSorted(offset); // sentences that do not overlap: at most one holds the offset
    }
    Sentence found = null;
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        found = s;
      }
    }
    return found;
  }

  private @Nullable Sentence atSorted(int offset) {
    Interruptions.check();
    int i = lastStartAtOrBefore(offset);
    return i >= 0 && offset < ends[i] ? sentences.get(i) : null;
  }

  /** The index of the last sentence starting at or before {@code offset}, -1 when none does. */
  private int lastStartAtOrBefore(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
