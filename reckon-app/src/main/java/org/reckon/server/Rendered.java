package org.reckon.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers already written, by the record version they were read at and the request they answer
 * (its normalised query): the record at a version never changes, so neither does the answer to
 * the same request at that version. A new version makes every older answer unreachable (requests
 * look up the current version only) and they are dropped as soon as an answer of a newer version
 * is kept. Bounded in entries and bytes, the least recently used dropped first. Thread-safe.
 */
final class Rendered {
  /** One answer: the version it is of, its body (UTF-8 JSON) and its entity tag. */
  record Answer(long version, byte[] body, String etag) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long newest = -1;

  Rendered(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The answer to {@code request} at {@code version}, if kept. */
  synchronized Answer get(long version, String request) {
    return answers.get(key(version, request));
  }

  /** Keeps the answer to {@code request} read at {@code version}; returns it. */
  synchronized Answer put(long version, String request, byte[] body) {
    Answer a = new Answer(version, body, etag(version, request));
    if (version > newest) {
      newest = version;
      for (Iterator<Map.Entry<String, Answer>> it = answers.entrySet().iterator(); it.hasNext(); ) {
        Answer old = it.next().getValue();
        if (old.version() < version) {
          bytes -= old.body().length;
          it.remove();
        }
      }
    }
    if (version < newest || body.length > maxBytes / 4) {
      return a; // an answer read just before a newer one was kept, or too big to keep: served, not kept
    }
    Answer replaced = answers.put(key(version, request), a);
    bytes += body.length - (replaced == null ? 0 : replaced.body().length);
    for (Iterator<Answer> it = answers.values().iterator(); it.hasNext() && (answers.size() > maxEntries || bytes > maxBytes); ) {
      bytes -= it.next().body().length;
      it.remove();
    }
    return a;
  }

  synchronized int size() {
    return answers.size();
  }

  /**
   * The entity tag of the answer to {@code request} at {@code version}: the version and a digest
   * of the request, so that equal tags mean the same body.
   */
  static String etag(long version, String request) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
      return "\"" + version + "-" + HexFormat.of().formatHex(d, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether an If-None-Match header value names {@code etag} (or is {@code *}). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals(etag) || t.equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static String key(long version, String request) {
    return version + "\n" + request;
  }
}
