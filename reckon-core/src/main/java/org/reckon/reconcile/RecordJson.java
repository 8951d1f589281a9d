package org.reckon.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reckon.model.Contradiction;
import org.reckon.model.IncidentSource;
import org.reckon.model.SourcedClaim;
import org.reckon.model.RecordActor;
import org.reckon.model.RecordIncident;
import org.reckon.model.Region;
import org.reckon.model.Span;
import org.reckon.model.TallyPoint;

/**
 * The record in the shapes of data-contract §3: JSON objects that keep every source span, and
 * flat rows for CSV. Thread-safe.
 */
public final class RecordJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The CSV columns of an incident, in order. */
  public static final List<String> INCIDENT_COLUMNS = List.of("incident_id", "date", "date_precision", "region", "place",
      "latitude", "longitude", "location_precision", "vessels", "killed_min", "killed_max", "killed_best", "contested",
      "survivors_min", "survivors_max", "follow_up_strike", "claimed_affiliation", "claimed_cargo", "sources", "grade",
      "status");
  /** The CSV columns of a tally point, in order. */
  public static final List<String> TALLY_COLUMNS = List.of("as_of", "metric", "value", "bound", "source", "outlet",
      "document_id", "below_earlier_bound");

  private RecordJson() {}

  /** The record's claims by document, for {@link #incident(RecordIncident, Map)}; build it once per record. */
  public static Map<String, List<SourcedClaim>> claimsByDocument(List<SourcedClaim> claims) {
    return Attributions.byDocument(claims);
  }

  /** An incident with, for its claimed affiliation and cargo, who claimed each ({@code claimed_by}). */
  public static ObjectNode incident(RecordIncident i, Map<String, List<SourcedClaim>> claimsByDocument) {
    ObjectNode n = incident(i);
    n.set("claimed_by", Attributions.claimedBy(i, claimsByDocument));
    return n;
  }

  public static ObjectNode incident(RecordIncident i) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("incident_id", i.incidentId());
    n.put("date", i.date().iso());
    n.put("date_precision", i.date().precision().key());
    n.put("region", i.region().key());
    n.put("place", i.place());
    n.putNull("latitude");
    n.putNull("longitude");
    n.put("location_precision", i.region() == Region.UNKNOWN ? "unknown" : "region");
    n.put("vessels", i.vessels());
    n.put("killed_min", i.killedMin());
    n.put("killed_max", i.killedMax());
    n.put("killed_best", i.killedBest());
    n.put("contested", i.contested());
    n.put("survivors_min", i.survivorsMin());
    n.put("survivors_max", i.survivorsMax());
    n.put("follow_up_strike", i.followUpStrike());
    i.claimedAffiliation().forEach(n.putArray("claimed_affiliation")::add);
    i.claimedCargo().forEach(n.putArray("claimed_cargo")::add);
    ArrayNode sources = n.putArray("sources");
    for (IncidentSource s : i.sources()) {
      ObjectNode o = named(sources.addObject(), s);
      o.put("date", s.date().iso());
      if (s.killed() == null) {
        o.putNull("killed");
      } else {
        o.putObject("killed").put("min", s.killed().min()).put("max", s.killed().max());
      }
      spans(o.putArray("evidence"), s.evidence());
    }
    n.put("grade", i.grade());
    n.put("status", i.status());
    i.mergeNotes().forEach(n.putArray("merge_notes")::add);
    return n;
  }

  /**
   * An incident for lists: every field of {@link #incident(RecordIncident)} but the merge notes,
   * its sources named (document, source, outlet, published) without their dates, counts or evidence.
   */
  public static ObjectNode summary(RecordIncident i) {
    ObjectNode n = incident(i);
    n.remove("merge_notes");
    ArrayNode sources = n.putArray("sources");
    i.sources().forEach(s -> named(sources.addObject(), s));
    return n;
  }

  private static ObjectNode named(ObjectNode o, IncidentSource s) {
    o.put("document_id", s.documentId());
    o.put("source", s.source());
    o.put("outlet", s.outlet());
    o.put("published", s.published() == null ? null : s.published().toString());
    return o;
  }

  /** A CSV row of {@link #INCIDENT_COLUMNS}: lists joined with "; ", sources counted. */
  public static List<Object> incidentRow(RecordIncident i) {
    List<Object> row = new ArrayList<>();
    row.add(i.incidentId());
    row.add(i.date().iso());
    row.add(i.date().precision().key());
    row.add(i.region().key());
    row.add(i.place());
    row.add(null);
    row.add(null);
    row.add(i.region() == Region.UNKNOWN ? "unknown" : "region");
    row.add(i.vessels());
    row.add(i.killedMin());
    row.add(i.killedMax());
    row.add(i.killedBest());
    row.add(i.contested());
    row.add(i.survivorsMin());
    row.add(i.survivorsMax());
    row.add(i.followUpStrike());
    row.add(String.join("; ", i.claimedAffiliation()));
    row.add(String.join("; ", i.claimedCargo()));
    row.add(i.sources().size());
    row.add(i.grade());
    row.add(i.status());
    return row;
  }

  /**
   * An incident's history as JSON: each change an editor's decision made to it, with the field's
   * value as extracted ({@code extracted}, null when extraction did not give it).
   */
  public static ObjectNode history(String incidentId, List<Decisions.Change> changes,
      java.util.function.Function<String, String> extracted) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("incident_id", incidentId);
    ArrayNode array = n.putArray("changes");
    for (Decisions.Change c : changes) {
      ObjectNode o = array.addObject();
      o.put("field", c.field());
      o.put("extracted", extracted.apply(c.field()));
      o.put("before", c.before());
      o.put("after", c.after());
      o.put("decision", c.decision().seq());
      o.put("action", c.decision().action().key());
      o.put("other", c.decision().other());
      o.put("made_by", c.decision().madeBy());
      o.put("made_at", c.decision().madeAt().toString());
      o.put("reason", c.decision().reason());
    }
    return n;
  }

  public static ObjectNode tally(TallyPoint p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("as_of", p.asOf() == null ? null : p.asOf().toString());
    n.put("metric", p.metric().key());
    n.put("value", p.count().value());
    n.put("bound", p.count().bound().key());
    n.put("source", p.source());
    n.put("outlet", p.outlet());
    n.put("document_id", p.documentId());
    n.put("below_earlier_bound", p.belowEarlierBound());
    spans(n.putArray("evidence"), p.evidence());
    return n;
  }

  public static List<Object> tallyRow(TallyPoint p) {
    List<Object> row = new ArrayList<>();
    row.add(p.asOf());
    row.add(p.metric().key());
    row.add(p.count().value());
    row.add(p.count().bound().key());
    row.add(p.source());
    row.add(p.outlet());
    row.add(p.documentId());
    row.add(p.belowEarlierBound());
    return row;
  }

  /** The CSV columns of a claim, in order. */
  /** The CSV columns of an actor, in order: lists joined with "; ". */
  public static final List<String> ACTOR_COLUMNS = List.of("name", "type", "aliases", "roles", "documents");

  /** An actor across documents: name, type, every alias and role, the documents it appears in. */
  public static ObjectNode actor(RecordActor a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", a.name());
    n.put("type", a.type().key());
    a.aliases().forEach(n.putArray("aliases")::add);
    a.roles().forEach(n.putArray("roles")::add);
    a.documentIds().forEach(n.putArray("document_ids")::add);
    return n;
  }

  public static List<Object> actorRow(RecordActor a) {
    return List.of(a.name(), a.type().key(), String.join("; ", a.aliases()), String.join("; ", a.roles()),
        a.documentIds().size());
  }

  public static final List<String> CLAIM_COLUMNS = List.of("speaker", "speaker_mention", "speaker_type", "kind", "text",
      "about", "source", "outlet", "document_id", "start", "end");

  public static ObjectNode claim(SourcedClaim c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("speaker", c.claim().speaker());
    n.put("speaker_mention", c.claim().speakerMention());
    n.put("speaker_type", c.claim().speakerType().key());
    n.put("kind", c.claim().kind().key());
    n.put("text", c.claim().text());
    n.put("about", c.claim().about());
    n.put("source", c.source());
    n.put("outlet", c.outlet());
    n.put("document_id", c.documentId());
    spans(n.putArray("evidence"), c.claim().evidence());
    return n;
  }

  public static List<Object> claimRow(SourcedClaim c) {
    Span first = c.claim().evidence().get(0);
    return java.util.Arrays.asList(c.claim().speaker(), c.claim().speakerMention(), c.claim().speakerType().key(),
        c.claim().kind().key(), c.claim().text(), c.claim().about(), c.source(), c.outlet(), c.documentId(), first.start(),
        first.end());
  }

  public static ObjectNode contradiction(Contradiction c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("field", c.field());
    n.put("subject", c.subject());
    ArrayNode asserting = n.putArray("asserting");
    c.asserting().forEach(x -> asserting.add(claim(x)));
    ArrayNode disputing = n.putArray("disputing");
    c.disputing().forEach(x -> disputing.add(claim(x)));
    return n;
  }

  /** The CSV columns of a contradiction: one row per claim, with its side. */
  public static final List<String> CONTRADICTION_COLUMNS = List.of("field", "subject", "side", "speaker",
      "speaker_mention", "speaker_type", "text", "source");

  public static List<List<Object>> contradictionRows(Contradiction c) {
    List<List<Object>> rows = new ArrayList<>();
    for (SourcedClaim x : c.asserting()) {
      rows.add(java.util.Arrays.asList(c.field(), c.subject(), "asserting", x.claim().speaker(), x.claim().speakerMention(),
          x.claim().speakerType().key(), x.claim().text(), x.source()));
    }
    for (SourcedClaim x : c.disputing()) {
      rows.add(java.util.Arrays.asList(c.field(), c.subject(), "disputing", x.claim().speaker(), x.claim().speakerMention(),
          x.claim().speakerType().key(), x.claim().text(), x.source()));
    }
    return rows;
  }

  /**
   * The incidents as a GeoJSON FeatureCollection. Sources give no coordinates yet, so an incident
   * appears only when its region is known, at the region's centroid ({@code campaign.yaml})
   * and with {@code location_precision: "region"}: a map must draw it as an area, not a pin.
   */
  public static ObjectNode geojson(List<RecordIncident> incidents) {
    ObjectNode collection = MAPPER.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (RecordIncident i : incidents) {
      double[] centroid = CENTROIDS.get(i.region());
      if (centroid == null) {
        continue;
      }
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      ObjectNode geometry = feature.putObject("geometry");
      geometry.put("type", "Point");
      geometry.putArray("coordinates").add(centroid[1]).add(centroid[0]); // GeoJSON: longitude first
      ObjectNode properties = incident(i);
      properties.remove("sources");
      properties.put("sources", i.sources().size());
      properties.put("latitude", centroid[0]);
      properties.put("longitude", centroid[1]);
      properties.put("location_precision", "region");
      feature.set("properties", properties);
    }
    return collection;
  }

  private static final java.util.Map<Region, double[]> CENTROIDS = centroids();

  private static java.util.Map<Region, double[]> centroids() {
    java.util.Map<Region, double[]> map = new java.util.HashMap<>();
    for (org.reckon.model.Campaign.Sea sea : org.reckon.model.Campaign.current().seas()) {
      map.put(Region.fromKey(sea.key()), new double[] {sea.centroidLat(), sea.centroidLon()});
    }
    return map;
  }

  private static void spans(ArrayNode array, List<Span> spans) {
    for (Span s : spans) {
      array.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
    }
  }
}
