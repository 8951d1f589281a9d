package org.reckon.spark;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file, or the bytes {@code [start, end)} of a WARC.gz,
 * whose records are those whose gzip member starts in that range.
 *
 * @param name the file as the user named it, which documents carry as their source
 * @param path the file's full Hadoop path
 * @param length the file's length, for the messages
 */
record Slice(String name, String path, long length, long start, long end, boolean whole) implements Serializable {
  static Slice whole(String name, String path, long length) {
    return new Slice(name, path, length, 0, length, true);
  }

  /** How the rejects name it: the file, and the bytes when it is a slice. */
  String describe() {
    return whole ? name : name + " (bytes " + start + "-" + end + " of " + length + ")";
  }
}
