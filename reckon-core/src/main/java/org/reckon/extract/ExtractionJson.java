package org.reckon.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Actor;
import org.reckon.model.ActorType;
import org.reckon.model.Bound;
import org.reckon.model.ClaimKind;
import org.reckon.model.Count;
import org.reckon.model.DateValue;
import org.reckon.model.PublishedBasis;
import org.reckon.model.Region;
import org.reckon.model.SpeakerType;
import org.reckon.model.TallyMetric;
import org.reckon.model.Claim;
import org.reckon.model.CountRange;
import org.reckon.model.DateRange;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.Instrument;
import org.reckon.model.Span;
import org.reckon.model.Tally;

/** Writes an {@link Extraction} as the JSON object of data-contract §2. Thread-safe. */
public final class ExtractionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionJson() {}

  /** One line of {@code reckon extract --format jsonl}. */
  public static String line(Extraction e) {
    try {
      return MAPPER.writeValueAsString(tree(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("a tree of plain values always serialises", ex);
    }
  }

  public static ObjectNode tree(Extraction e) {
    ObjectNode root = MAPPER.createObjectNode();
    Document d = e.document();
    ObjectNode doc = root.putObject("document");
    doc.put("id", d.id());
    doc.put("source", d.source());
    doc.put("title", d.title());
    doc.put("outlet", d.outlet());
    doc.put("language", e.language());
    doc.put("published", iso(e.published()));
    DateRange range = e.publishedRange();
    if (range == null) {
      doc.putNull("published_range");
    } else {
      doc.putArray("published_range").add(iso(range.from())).add(iso(range.to()));
    }
    doc.put("published_basis", e.publishedBasis().key());
    doc.put("extractor_version", e.extractorVersion());

    ArrayNode incidents = root.putArray("incidents");
    for (Incident i : e.incidents()) {
      ObjectNode n = incidents.addObject();
      n.put("date", i.date().iso());
      n.put("date_precision", i.date().precision().key());
      n.put("date_basis", i.dateFromAnnouncement() ? "announcement" : "text");
      n.put("region", i.region().key());
      n.put("place", i.place());
      n.put("vessels", i.vessels());
      range(n, "killed", i.killed());
      range(n, "survivors", i.survivors());
      n.put("follow_up_strike", i.followUpStrike());
      strings(n.putArray("claimed_affiliation"), i.claimedAffiliation());
      strings(n.putArray("claimed_cargo"), i.claimedCargo());
      spans(n, i.evidence());
    }
    ArrayNode tallies = root.putArray("tallies");
    for (Tally t : e.tallies()) {
      ObjectNode n = tallies.addObject();
      n.put("metric", t.metric().key());
      n.put("value", t.count().value());
      n.put("bound", t.count().bound().key());
      n.put("as_of", iso(t.asOf()));
      spans(n, t.evidence());
    }
    ArrayNode claims = root.putArray("claims");
    for (Claim c : e.claims()) {
      ObjectNode n = claims.addObject();
      n.put("speaker", c.speaker());
      n.put("speaker_mention", c.speakerMention());
      n.put("speaker_type", c.speakerType().key());
      n.put("kind", c.kind().key());
      n.put("text", c.text());
      n.put("about", c.about());
      spans(n, c.evidence());
    }
    ArrayNode actors = root.putArray("actors");
    for (Actor a : e.actors()) {
      ObjectNode n = actors.addObject();
      n.put("name", a.name());
      n.put("type", a.type().key());
      strings(n.putArray("aliases"), a.aliases());
      strings(n.putArray("roles"), a.roles());
      spans(n, a.evidence());
    }
    ArrayNode instruments = root.putArray("instruments");
    for (Instrument i : e.instruments()) {
      ObjectNode n = instruments.addObject();
      n.put("name", i.name());
      n.put("date", i.date().iso());
      spans(n, i.evidence());
    }
    return root;
  }

  /**
   * The document itself, text and metadata included, under the name a §2 line carries it when it
   * is to be stored elsewhere (the corpus job's output, read by {@code reckon import}).
   */
  public static final String STORED_DOCUMENT = "stored_document";

  /** The whole document, text included, with the field names of §2's {@code document}. */
  public static ObjectNode document(Document d) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", d.id());
    node.put("source", d.source());
    node.put("url", d.url());
    node.put("title", d.title());
    node.put("outlet", d.outlet());
    node.put("language", d.language());
    node.put("published", iso(d.published()));
    DateRange range = d.publishedRange();
    if (range == null) {
      node.putNull("published_range");
    } else {
      node.putArray("published_range").add(iso(range.from())).add(iso(range.to()));
    }
    node.put("published_basis", d.publishedBasis().key());
    node.put("characters", d.characters());
    ObjectNode metadata = node.putObject("metadata");
    d.metadata().forEach(metadata::put);
    node.put("text", d.text());
    return node;
  }

  /**
   * Reads back what {@link #document} wrote.
   *
   * @throws IllegalArgumentException when it is not a document, or its id is not its text's hash
   */
  public static Document readDocument(JsonNode n) {
    String text = n.path("text").asText(null);
    String id = n.path("id").asText(null);
    if (text == null || id == null) {
      throw new IllegalArgumentException("a document needs \"id\" and \"text\"");
    }
    if (!id.equals(org.reckon.ingest.TextNormalizer.sha256(text))) {
      throw new IllegalArgumentException("document " + id + ": the id is not the SHA-256 of its text");
    }
    JsonNode r = n.path("published_range");
    DateRange range = r.isArray() ? new DateRange(day(text(r, 0)), day(text(r, 1))) : null;
    java.util.Map<String, String> metadata = new java.util.TreeMap<>();
    n.path("metadata").fields().forEachRemaining(f -> metadata.put(f.getKey(), f.getValue().asText()));
    return new Document(id, n.path("source").asText(), text(n, "url"), text(n, "title"), text(n, "outlet"),
        text(n, "language"), day(text(n, "published")), range,
        PublishedBasis.fromKey(n.path("published_basis").asText("unknown")), text, metadata);
  }

  private static @Nullable String text(JsonNode array, int index) {
    JsonNode v = array.get(index);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * Reads back what {@link #tree} wrote, for {@code document} (the stored facts of data-contract
   * §2 become model values again).
   *
   * @throws IllegalArgumentException when the JSON is not an extraction
   */
  public static Extraction read(JsonNode root, Document document) {
    JsonNode doc = root.path("document");
    List<Incident> incidents = new ArrayList<>();
    for (JsonNode n : root.path("incidents")) {
      incidents.add(new Incident(DateValue.parse(text(n, "date")), "announcement".equals(text(n, "date_basis")), Region.fromKey(n.path("region").asText("unknown")),
          text(n, "place"), n.path("vessels").isInt() ? n.get("vessels").asInt() : null, range(n.get("killed")),
          range(n.get("survivors")), n.path("follow_up_strike").isBoolean() ? n.get("follow_up_strike").asBoolean() : null,
          strings(n.path("claimed_affiliation")), strings(n.path("claimed_cargo")), spans(n)));
    }
    List<Tally> tallies = new ArrayList<>();
    for (JsonNode n : root.path("tallies")) {
      tallies.add(new Tally(TallyMetric.fromKey(n.get("metric").asText()),
          Count.of(n.get("value").asInt(), Bound.fromKey(n.get("bound").asText())), day(text(n, "as_of")), spans(n)));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode n : root.path("claims")) {
      claims.add(new Claim(text(n, "speaker"), n.path("speaker_mention").asText(""),
          SpeakerType.fromKey(n.get("speaker_type").asText()), ClaimKind.fromKey(n.get("kind").asText()),
          n.path("text").asText(""), n.path("about").asText("other"), spans(n)));
    }
    List<Actor> actors = new ArrayList<>();
    for (JsonNode n : root.path("actors")) {
      actors.add(new Actor(n.get("name").asText(), ActorType.valueOf(n.get("type").asText().toUpperCase(java.util.Locale.ROOT)),
          strings(n.path("aliases")), strings(n.path("roles")), spans(n)));
    }
    List<Instrument> instruments = new ArrayList<>();
    for (JsonNode n : root.path("instruments")) {
      instruments.add(new Instrument(n.get("name").asText(), DateValue.parse(text(n, "date")), spans(n)));
    }
    JsonNode r = doc.path("published_range");
    DateRange range = r.isArray() ? new DateRange(day(r.get(0).asText(null)), day(r.get(1).asText(null))) : null;
    return new Extraction(document, doc.path("extractor_version").asText(""), text(doc, "language"),
        day(text(doc, "published")), range, PublishedBasis.fromKey(doc.path("published_basis").asText("unknown")),
        incidents, tallies, claims, actors, instruments);
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable LocalDate day(@Nullable String iso) {
    return iso == null || iso.isEmpty() || iso.equals("null") ? null : LocalDate.parse(iso);
  }

  private static @Nullable CountRange range(@Nullable JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new CountRange(n.path("min").isInt() ? n.get("min").asInt() : null, n.path("max").isInt() ? n.get("max").asInt() : null);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<Span> spans(JsonNode n) {
    List<Span> spans = new ArrayList<>();
    for (JsonNode e : n.path("evidence")) {
      spans.add(new Span(e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText()));
    }
    return spans;
  }

  private static void range(ObjectNode n, String field, @Nullable CountRange r) {
    if (r == null) {
      n.putNull(field);
    } else {
      ObjectNode o = n.putObject(field);
      o.put("min", r.min());
      o.put("max", r.max());
    }
  }

  private static void spans(ObjectNode n, List<Span> spans) {
    ArrayNode evidence = n.putArray("evidence");
    for (Span s : spans) {
      evidence.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static @Nullable String iso(@Nullable LocalDate day) {
    return day == null ? null : day.toString();
  }
}
