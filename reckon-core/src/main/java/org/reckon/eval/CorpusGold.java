package org.reckon.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Span;

/**
 * A corpus of offset gold (data-contract §4.1): one JSON object per line, per report, holding no
 * third-party text — the report's address, the query that finds it again, the SHA-1 of its body
 * and every annotated string as UTF-16 offsets into that body. The text is read back from a
 * folder the user rebuilt, and the offsets are resolved against it by {@link Entry#gold}.
 *
 * <p>The split is fixed by the address alone ({@link #split}), so a report never moves between
 * {@code dev} and {@code test} when the corpus grows or is reordered.
 */
public final class CorpusGold {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusGold() {}

  /** One line of the corpus: what it says about its report, and its gold once the text is known. */
  public record Entry(String file, String url, @Nullable String language, boolean negative,
      @Nullable String bodySha1, JsonNode line, int lineNumber) {

    public String split() {
      return CorpusGold.split(url);
    }

    /**
     * The gold with its offsets resolved in {@code body}.
     *
     * @throws IOException when an offset falls outside the body; the message names the corpus
     *     line and the field
     */
    public GoldDocument gold(String body, Path corpus) throws IOException {
      Set<String> scored = new HashSet<>();
      line.path("annotated").forEach(t -> scored.add(t.asText()));
      if (scored.isEmpty()) {
        scored.addAll(List.of("incidents", "tallies", "published"));
      }
      String where = corpus + ":" + lineNumber + " (" + file + ")";
      List<GoldDocument.GoldIncident> incidents = new ArrayList<>();
      int k = 0;
      for (JsonNode i : line.path("incidents")) {
        incidents.add(GoldDocument.incident(i, spans(i.path("evidence"), body, where + " incidents[" + k++ + "]")));
      }
      List<GoldDocument.GoldTally> tallies = new ArrayList<>();
      k = 0;
      for (JsonNode t : line.path("tallies")) {
        tallies.add(GoldDocument.tally(t, spans(t.path("evidence"), body, where + " tallies[" + k++ + "]")));
      }
      List<GoldDocument.GoldClaim> claims = new ArrayList<>();
      k = 0;
      for (JsonNode c : line.path("claims")) {
        String at = where + " claims[" + k++ + "]";
        String text = slice(body, c.path("start").asInt(-1), c.path("end").asInt(-1), at);
        String mention = c.has("speaker_mention_start")
            ? slice(body, c.path("speaker_mention_start").asInt(-1), c.path("speaker_mention_end").asInt(-1), at + " speaker_mention")
            : "";
        claims.add(new GoldDocument.GoldClaim(GoldDocument.text(c, "speaker"), mention,
            GoldDocument.orEmpty(GoldDocument.text(c, "speaker_type")), text));
      }
      List<GoldDocument.GoldActor> actors = new ArrayList<>();
      line.path("actors").forEach(a -> actors.add(GoldDocument.actor(a)));
      return new GoldDocument(file, GoldDocument.day(GoldDocument.text(line, "published")),
          GoldDocument.publishedRange(line), incidents, tallies, claims, actors, scored, negative, language);
    }
  }

  /**
   * Reads every line of {@code corpus}.
   *
   * @throws IOException when the file cannot be read or a line is not a JSON object with a
   *     {@code file} and a {@code url}; the message names the line and the fix
   */
  public static List<Entry> read(Path corpus) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String raw = lines.get(n).strip();
      if (raw.isEmpty()) {
        continue;
      }
      JsonNode line;
      try {
        line = JSON.readTree(raw);
      } catch (IOException e) {
        throw new IOException(corpus + ":" + (n + 1) + ": not a JSON object ("
            + e.getMessage().lines().findFirst().orElse("") + "); each line is one report's gold (data-contract §4.1)", e);
      }
      String file = GoldDocument.text(line, "file");
      String url = GoldDocument.text(line, "url");
      if (file == null || url == null) {
        throw new IOException(corpus + ":" + (n + 1) + ": a corpus line needs \"file\" (the text's file name) and \"url\""
            + " (its address, which also fixes its split)");
      }
      entries.add(new Entry(file, url, GoldDocument.text(line, "language"), line.path("negative").asBoolean(false),
          GoldDocument.text(line, "body_sha1"), line, n + 1));
    }
    return entries;
  }

  /**
   * {@code test} for about one address in three, {@code dev} for the others: the first four
   * bytes of the SHA-256 of the address as host (lower case, without {@code www.}), path without
   * trailing slashes, and query, taken modulo 3.
   */
  public static String split(String url) {
    String key;
    try {
      URI u = new URI(url.strip());
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      host = host.startsWith("www.") ? host.substring(4) : host;
      String path = u.getRawPath() == null ? "" : u.getRawPath().replaceFirst("/+$", "");
      key = host + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (URISyntaxException e) {
      key = url.strip(); // still a fixed function of the address, which is all a split needs
    }
    byte[] h = sha("SHA-256", key);
    long head = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
    return head % 3 == 0 ? "test" : "dev";
  }

  /** Lower-case hex SHA-1 of the UTF-8 bytes of {@code body}, as §4.1's {@code body_sha1}. */
  public static String sha1(String body) {
    return HexFormat.of().formatHex(sha("SHA-1", body));
  }

  private static byte[] sha(String algorithm, String s) {
    try {
      return MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  private static List<Span> spans(JsonNode evidence, String body, String where) throws IOException {
    List<Span> spans = new ArrayList<>();
    for (JsonNode e : evidence) {
      int start = e.path("start").asInt(-1);
      int end = e.path("end").asInt(-1);
      spans.add(new Span(start, end, slice(body, start, end, where + " evidence")));
    }
    return spans;
  }

  private static String slice(String body, int start, int end, String where) throws IOException {
    if (start < 0 || end < start || end > body.length()) {
      throw new IOException(String.format(Locale.ROOT,
          "%s: offsets [%d, %d) fall outside the text (%d chars); rebuild the text or fix the line", where, start, end,
          body.length()));
    }
    return body.substring(start, end);
  }
}
