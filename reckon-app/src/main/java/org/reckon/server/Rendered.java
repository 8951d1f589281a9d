package org.reckon.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Answers already written, by the record version they were read at and the request they answer
 * (its normalised query): the record at a version never changes, so neither does the answer to
 * the same request at that version. A new version makes every older answer unreachable (requests
 * look up the current version only) and they are dropped as soon as an answer of a newer version
 * is kept. Bounded in entries and bytes, the least recently used dropped first. Concurrent askers
 * of an answer not kept yet wait for the one thread reading it. Thread-safe.
 */
final class Rendered {
  /** One answer: the version it is of, its body (UTF-8 JSON) and its entity tag. */
  record Answer(long version, byte[] body, String etag) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long newest = -1;
  /** Answers being read, by version and request. */
  private final ConcurrentHashMap<String, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();

  Rendered(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** An answer as read from the database: the version it was read at and its JSON. */
  record Read(long version, String json) {}

  /** Reads an answer from the database. */
  @FunctionalInterface
  interface Reading {
    Read read() throws Exception;
  }

  /**
   * The answer to {@code request} at {@code current} (the version just read): the one kept, else
   * the one being read by another thread for the same version and request (awaited: many askers
   * after a change read the database once), else {@code reading}'s, kept for the next asker. The
   * answer is of {@code current} or of a later version, never an earlier one.
   */
  Answer answer(long current, String request, Reading reading) throws Exception {
    Answer kept = get(current, request);
    if (kept != null) {
      return kept;
    }
    String key = key(current, request);
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> theirs = inFlight.putIfAbsent(key, mine);
    if (theirs != null) {
      try {
        return theirs.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }
    try {
      Read r = reading.read();
      Answer a = put(r.version(), request, r.json().getBytes(StandardCharsets.UTF_8));
      mine.complete(a);
      return a;
    } catch (Exception | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
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
