package org.reckon.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.model.CountRange;
import org.reckon.model.DateRange;
import org.reckon.model.DateValue;
import org.reckon.model.Span;

/**
 * A gold annotation (data-contract §4, or §4.1 once its offsets are read against the text): the
 * same fields as an extraction. Only what scoring needs is read.
 *
 * @param scored the fact types this gold annotates ({@link #ALL_TYPES} for §4 files); a type not
 *     annotated is not scored, so a report annotated for incidents alone does not count every
 *     extracted claim as a false positive
 * @param negative the report tells no strike of the campaign: every incident or tally extracted
 *     from it is a false positive
 */
public record GoldDocument(
    String file,
    @Nullable LocalDate published,
    @Nullable DateRange publishedRange,
    List<GoldIncident> incidents,
    List<GoldTally> tallies,
    List<GoldClaim> claims,
    List<GoldActor> actors,
    Set<String> scored,
    boolean negative,
    @Nullable String language) {

  /** The fact types a gold file can annotate, by their §4.1 {@code annotated} names. */
  public static final Set<String> ALL_TYPES = Set.of("incidents", "tallies", "claims", "actors", "published");

  public GoldDocument {
    incidents = List.copyOf(incidents);
    tallies = List.copyOf(tallies);
    claims = List.copyOf(claims);
    actors = List.copyOf(actors);
    scored = Set.copyOf(scored);
  }

  /** @param evidence the annotated spans, empty where the gold gives them as free text */
  public record GoldIncident(DateValue date, String region, @Nullable CountRange killed,
      @Nullable CountRange survivors, @Nullable Integer vessels, List<Span> evidence) {
    public GoldIncident {
      evidence = List.copyOf(evidence);
    }
  }

  public record GoldTally(String metric, int value, String bound, List<Span> evidence) {
    public GoldTally {
      evidence = List.copyOf(evidence);
    }
  }

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
    DateRange range = publishedRange(doc);
    List<GoldIncident> incidents = new ArrayList<>();
    for (JsonNode i : root.path("incidents")) {
      incidents.add(incident(i, List.of()));
    }
    List<GoldTally> tallies = new ArrayList<>();
    for (JsonNode t : root.path("tallies")) {
      tallies.add(tally(t, List.of()));
    }
    List<GoldClaim> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      claims.add(new GoldClaim(text(c, "speaker"), orEmpty(text(c, "speaker_mention")), orEmpty(text(c, "speaker_type")),
          orEmpty(text(c, "text"))));
    }
    List<GoldActor> actors = new ArrayList<>();
    for (JsonNode a : root.path("actors")) {
      actors.add(actor(a));
    }
    return new GoldDocument(file, published, range, incidents, tallies, claims, actors, ALL_TYPES, false,
        text(doc, "language"));
  }

  static @Nullable DateRange publishedRange(JsonNode doc) {
    JsonNode r = doc.path("published_range");
    if (r.isArray() && r.size() == 2) {
      return new DateRange(day(r.get(0).asText(null)), day(r.get(1).asText(null)));
    }
    return null;
  }

  static GoldIncident incident(JsonNode i, List<Span> evidence) {
    return new GoldIncident(DateValue.parse(text(i, "date")), orUnknown(text(i, "region")),
        range(i.path("killed")), range(i.path("survivors")),
        i.path("vessels").isInt() ? i.path("vessels").asInt() : null, evidence);
  }

  static GoldTally tally(JsonNode t, List<Span> evidence) {
    return new GoldTally(text(t, "metric"), t.path("value").asInt(), text(t, "bound"), evidence);
  }

  static GoldActor actor(JsonNode a) {
    List<String> aliases = new ArrayList<>();
    a.path("aliases").forEach(x -> aliases.add(x.asText()));
    return new GoldActor(orEmpty(text(a, "name")), aliases);
  }

  static @Nullable CountRange range(JsonNode n) {
    if (!n.isObject()) {
      return null;
    }
    JsonNode min = n.get("min");
    JsonNode max = n.get("max");
    return new CountRange(min == null || min.isNull() ? null : min.asInt(), max == null || max.isNull() ? null : max.asInt());
  }

  static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String orUnknown(@Nullable String s) {
    return s == null ? "unknown" : s;
  }

  static @Nullable LocalDate day(@Nullable String iso) {
    if (iso == null || iso.isBlank() || iso.equals("null")) {
      return null;
    }
    return iso.length() == 10 ? LocalDate.parse(iso) : DateValue.parse(iso).day();
  }
}
