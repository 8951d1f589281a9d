package org.reckon.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reckon.model.CountRange;
import org.reckon.model.DateRange;
import org.reckon.model.DateValue;

/**
 * A gold annotation file (data-contract §4): the same fields as an extraction, with evidence as
 * substrings of the text instead of offsets. Only what scoring needs is read.
 */
public record GoldDocument(
    String file,
    @Nullable LocalDate published,
    @Nullable DateRange publishedRange,
    List<GoldIncident> incidents,
    List<GoldTally> tallies,
    List<GoldClaim> claims,
    List<GoldActor> actors) {

  public record GoldIncident(DateValue date, String region, @Nullable CountRange killed,
      @Nullable CountRange survivors, @Nullable Integer vessels) {}

  public record GoldTally(String metric, int value, String bound) {}

  public record GoldClaim(@Nullable String speaker, String speakerMention, String speakerType, String text) {}

  public record GoldActor(String name, List<String> aliases) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads one gold file.
   *
   * @throws IOException when it is not readable JSON; the message names the file
   */
  public static GoldDocument read(Path path) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new IOException(path + ": not a readable gold file (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
    JsonNode doc = root.path("document");
    String file = text(doc, "file");
    if (file == null) {
      throw new IOException(path + ": gold file has no document.file naming the article it annotates");
    }
    LocalDate published = day(text(doc, "published"));
    DateRange range = null;
    JsonNode r = doc.path("published_range");
    if (r.isArray() && r.size() == 2) {
      range = new DateRange(day(r.get(0).asText(null)), day(r.get(1).asText(null)));
    }
    List<GoldIncident> incidents = new ArrayList<>();
    for (JsonNode i : root.path("incidents")) {
      incidents.add(new GoldIncident(DateValue.parse(text(i, "date")), orUnknown(text(i, "region")),
          range(i.path("killed")), range(i.path("survivors")),
          i.path("vessels").isInt() ? i.path("vessels").asInt() : null));
    }
    List<GoldTally> tallies = new ArrayList<>();
    for (JsonNode t : root.path("tallies")) {
      tallies.add(new GoldTally(text(t, "metric"), t.path("value").asInt(), text(t, "bound")));
    }
    List<GoldClaim> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      claims.add(new GoldClaim(text(c, "speaker"), orEmpty(text(c, "speaker_mention")), orEmpty(text(c, "speaker_type")),
          orEmpty(text(c, "text"))));
    }
    List<GoldActor> actors = new ArrayList<>();
    for (JsonNode a : root.path("actors")) {
      List<String> aliases = new ArrayList<>();
      a.path("aliases").forEach(x -> aliases.add(x.asText()));
      actors.add(new GoldActor(orEmpty(text(a, "name")), aliases));
    }
    return new GoldDocument(file, published, range, incidents, tallies, claims, actors);
  }

  private static @Nullable CountRange range(JsonNode n) {
    if (!n.isObject()) {
      return null;
    }
    JsonNode min = n.get("min");
    JsonNode max = n.get("max");
    return new CountRange(min == null || min.isNull() ? null : min.asInt(), max == null || max.isNull() ? null : max.asInt());
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String orUnknown(@Nullable String s) {
    return s == null ? "unknown" : s;
  }

  private static @Nullable LocalDate day(@Nullable String iso) {
    if (iso == null || iso.isBlank() || iso.equals("null")) {
      return null;
    }
    return iso.length() == 10 ? LocalDate.parse(iso) : DateValue.parse(iso).day();
  }
}
