package org.reckon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.reckon.extract.StrikeWeekdays;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Actor;
import org.reckon.model.Claim;
import org.reckon.model.ClaimReading;
import org.reckon.model.Contribution;
import org.reckon.model.CountRange;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateRange;
import org.reckon.model.Decision;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.model.Tally;
import org.reckon.model.TallyPoint;
import org.reckon.model.Span;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;
import org.reckon.reconcile.Reconciler;

/**
 * The reconciled incidents kept in the database ({@code record_*} tables), updated inside the
 * transaction that stores a document's facts or an editor's decision, so that a reader sees the
 * record before the change or after it, never a mix (issue #10, item 4).
 *
 * <p>Design note. {@link Reconciler} merges a mention only with mentions of its own day, of its
 * month (a month- or year-dated mention, and the day-dated ones it may join), of the day before
 * (a mention dated from an announcement) and, for an undated mention told by weekday and toll,
 * with the strikes of that weekday within its publication window. So a change to a document
 * changes only the incidents of a <em>scope</em>: the days and months its mentions fall on, closed
 * under those four links (a day brings its month when the month has month-dated mentions, a month
 * brings all its days, an announcement brings the day before and the day before brings the
 * announcements of the next day, a day brings the undated mentions whose window holds it and
 * their windows). Within a scope that is closed this way the reconciler sees every mention that
 * can touch its incidents, so running the reconciler itself on the documents of the scope gives
 * exactly the incidents the full reconciliation gives there; the incidents outside it are kept.
 * Decisions are applied per group of incidents they name (a merge ties two, a split makes one),
 * which is all {@link Decisions#apply} ever looks at. {@code MaterialisedRecordContract} checks
 * the result against a full reconciliation after documents and decisions arrive one by one.
 *
 * <p>Writers serialise on the {@code record_state} row ({@link #lock}), taken first in the
 * transaction, so that two ingests never update overlapping scopes from stale reads.
 */
final class MaterialisedRecord {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final int BATCH = 500;

  private MaterialisedRecord() {}

  /** Takes the record's write lock for the rest of the caller's transaction; changes nothing. */
  static void lock(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE record_state SET version = version WHERE id = 1")) {
      s.executeUpdate();
    }
  }

  /** Counts one change of the record's inputs. */
  static void bump(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE record_state SET version = version + 1 WHERE id = 1")) {
      s.executeUpdate();
    }
  }

  /** The number of changes the record has had, as seen by the caller's transaction. */
  static long version(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM record_state WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Fills the record from every stored extraction when it was never built (a database made before
   * the record was kept, or a new one). One transaction; a no-op when built.
   */
  static void buildIfNeeded(Connection c) throws SQLException {
    if (built(c)) {
      return;
    }
    lock(c);
    if (built(c)) {
      return;
    }
    for (String table : List.of("record_mentions", "record_undated", "record_contributions", "record_claims", "record_stances",
        "record_tallies", "record_actors", "record_incidents", "record_served", "record_sources")) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table)) {
        s.executeUpdate();
      }
    }
    List<String> ids = StoredExtractions.extractedDocuments(c);
    for (int from = 0; from < ids.size(); from += BATCH) {
      for (Extraction e : StoredExtractions.newest(c, ids.subList(from, Math.min(ids.size(), from + BATCH))).values()) {
        index(c, e);
      }
    }
    // the record one linked part at a time (the days and months reconciliation can join, as a
    // change recomputes them), so that only one part's extractions are in memory, not the corpus's
    Set<String> remaining = new TreeSet<>(units(c));
    List<Decision> decisions = DecisionRepository.all(c); // read once, not once a part
    while (!remaining.isEmpty()) {
      Set<String> part = close(c, Set.of(remaining.iterator().next()));
      recompute(c, part, new HashMap<>(), decisions);
      remaining.removeAll(part);
    }
    // no new version: nobody has read the record of this database before it was built
    try (PreparedStatement s = c.prepareStatement("UPDATE record_state SET built = 1 WHERE id = 1")) {
      s.executeUpdate();
    }
  }

  private static boolean built(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT built FROM record_state WHERE id = 1"); ResultSet rs = s.executeQuery()) {
      return rs.next() && rs.getInt(1) == 1;
    }
  }

  /**
   * Brings the record up to date after the newest extraction of {@code documentIds} changed (they
   * were stored or re-extracted in the caller's transaction), and counts the change.
   */
  static void documentsChanged(Connection c, Set<String> documentIds) throws SQLException {
    bump(c);
    if (!built(c)) {
      return; // buildIfNeeded fills it from everything on the next open
    }
    Set<String> seeds = new TreeSet<>();
    List<Window> windows = new ArrayList<>();
    for (String id : documentIds) {
      seeds.addAll(strings(c, "SELECT unit FROM record_mentions WHERE document_id = ?", id));
      seeds.addAll(strings(c, "SELECT day_before FROM record_mentions WHERE document_id = ? AND day_before IS NOT NULL", id));
      windows.addAll(windows(c, "WHERE document_id = ?", id));
      for (String table : List.of("record_mentions", "record_undated", "record_contributions", "record_claims", "record_stances",
          "record_tallies", "record_actors")) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
    }
    Map<String, Extraction> changed = StoredExtractions.newest(c, documentIds);
    for (Extraction e : changed.values()) {
      index(c, e);
    }
    for (String id : documentIds) {
      seeds.addAll(strings(c, "SELECT unit FROM record_mentions WHERE document_id = ?", id));
      seeds.addAll(strings(c, "SELECT day_before FROM record_mentions WHERE document_id = ? AND day_before IS NOT NULL", id));
      windows.addAll(windows(c, "WHERE document_id = ?", id));
    }
    for (Window w : windows) {
      seeds.addAll(w.days(c));
    }
    Set<String> scope = close(c, seeds);
    recompute(c, scope, new HashMap<>(changed), DecisionRepository.all(c));
  }

  /** Re-applies the decisions to the incidents {@code added} names, after it was appended; counts the change. */
  static void decisionsChanged(Connection c, Decision added) throws SQLException {
    bump(c);
    if (!built(c)) {
      return;
    }
    Set<String> ids = new TreeSet<>(Set.of(added.incidentId()));
    if (added.other() != null) {
      ids.add(added.other());
    }
    serve(c, ids, new HashMap<>(), DecisionRepository.all(c));
  }

  // ---- the mention index ----

  /** One undated mention's publication window and weekday (open ends null). */
  private record Window(int weekday, @Nullable LocalDate from, @Nullable LocalDate to) {
    boolean holds(LocalDate day) {
      return day.getDayOfWeek().getValue() == weekday && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The days of the record this window can place its mention on. */
    List<String> days(Connection c) throws SQLException {
      List<String> days = new ArrayList<>();
      if (from != null && to != null) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          if (holds(d)) {
            days.add(d.toString());
          }
        }
        return days;
      }
      // the days mentioned within the one bound it has (or at all): read from the index of units
      try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT unit FROM record_mentions WHERE unit >= ? AND unit <= ?")) {
        s.setString(1, from == null ? "" : from.toString());
        s.setString(2, to == null ? "\uffff" : to.toString());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String unit = rs.getString(1);
            if (unit.length() == 10 && holds(LocalDate.parse(unit))) {
              days.add(unit);
            }
          }
        }
      }
      return days;
    }
  }

  /**
   * The undated mentions whose window holds {@code day}, by document, found by the index on
   * weekday and window. A document's mentions that one day's windows hold are alike: the window
   * is the document's publication's, and their weekday is the day's.
   */
  private static Map<String, Window> holding(Connection c, LocalDate day) throws SQLException {
    Map<String, Window> found = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT document_id, weekday, window_from, window_to FROM record_undated "
        + "WHERE weekday = ? AND (window_from IS NULL OR window_from <= ?) AND (window_to IS NULL OR window_to >= ?)")) {
      s.setInt(1, day.getDayOfWeek().getValue());
      s.setString(2, day.toString());
      s.setString(3, day.toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), new Window(rs.getInt(2), day(rs.getString(3)), day(rs.getString(4))));
        }
      }
    }
    return found;
  }

  /**
   * Writes where {@code e}'s mentions fall (see the V5 migration), as the reconciler reads them,
   * what else it gives the record (V6), and its claims, one row each (V8).
   */
  private static void index(Connection c, Extraction e) throws SQLException {
    Contribution contribution = Reconciler.contribution(e);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO record_contributions (document_id, payload) VALUES (?, ?)")) {
      s.setString(1, e.document().id());
      // its claims and their readings are kept one by one, below: read with the rest, they made
      // every load of the record parse every claim of the campaign
      s.setString(2, write(new Contribution(contribution.documentId(), contribution.source(), contribution.outlet(),
          contribution.tallies(), List.of(), contribution.actors(), List.of()), "the contribution of document " + e.document().id()));
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO record_claims (document_id, ordinal, speaker_key, speaker_type, "
        + "about, text_key, payload) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement side = c.prepareStatement(
            "INSERT INTO record_stances (document_id, ordinal, field, subject, side) VALUES (?, ?, ?, ?, ?)")) {
      for (int k = 0; k < e.claims().size(); k++) {
        Claim claim = e.claims().get(k);
        s.setString(1, e.document().id());
        s.setInt(2, k);
        s.setString(3, claim.speaker() == null ? null : claim.speaker().toLowerCase(Locale.ROOT));
        s.setString(4, claim.speakerType().key());
        s.setString(5, claim.about());
        s.setString(6, claim.text().toLowerCase(Locale.ROOT));
        s.setString(7, write(new SourcedClaim(claim, e.document().id(), e.document().source(), e.document().outlet()),
            "claim " + k + " of document " + e.document().id()));
        s.addBatch();
        ClaimReading reading = contribution.readings().get(k);
        Set<String> taken = new java.util.HashSet<>();
        for (ClaimReading.Stance stance : reading.stances()) {
          if (taken.add(stance.field() + "\n" + stance.subject())) {
            stance(side, e.document().id(), k, stance.field(), stance.subject(), String.valueOf(stance.asserts()));
          }
        }
        if (reading.killed() != null) {
          stance(side, e.document().id(), k, RecordRepository.KILLED, claim.about(), String.valueOf(reading.killed()));
        }
      }
      s.executeBatch();
      side.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO record_tallies (document_id, ordinal, metric_rank, undated, as_of, "
        + "value, bound, lower_bound, source, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int k = 0; k < e.tallies().size(); k++) {
        Tally t = e.tallies().get(k);
        s.setString(1, e.document().id());
        s.setInt(2, k);
        s.setInt(3, t.metric().ordinal());
        s.setInt(4, t.asOf() == null ? 1 : 0);
        s.setString(5, t.asOf() == null ? null : t.asOf().toString());
        s.setInt(6, t.count().value());
        s.setString(7, t.count().bound().key());
        s.setObject(8, Reconciler.lowerBound(t.count()), java.sql.Types.INTEGER);
        s.setString(9, e.document().source());
        s.setString(10, write(new TallyPoint(t.asOf(), t.metric(), t.count(), e.document().id(), e.document().source(),
            e.document().outlet(), t.evidence(), false), "tally " + k + " of document " + e.document().id()));
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO record_actors (document_id, ordinal, name_key, payload) "
        + "VALUES (?, ?, ?, ?)")) {
      for (int k = 0; k < e.actors().size(); k++) {
        Actor a = e.actors().get(k);
        s.setString(1, e.document().id());
        s.setInt(2, k);
        s.setString(3, Reconciler.actorKey(a.name()));
        // the record's actors name their documents, not the spans: the evidence stays in the extraction
        s.setString(4, write(new Actor(a.name(), a.type(), a.aliases(), a.roles(), List.of()),
            "actor " + k + " of document " + e.document().id()));
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement mention = c.prepareStatement(
        "INSERT INTO record_mentions (document_id, ordinal, unit, day_before) VALUES (?, ?, ?, ?)");
        PreparedStatement undated = c.prepareStatement(
            "INSERT INTO record_undated (document_id, ordinal, weekday, window_from, window_to) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < e.incidents().size(); i++) {
        Incident incident = e.incidents().get(i);
        if (incident.date().known()) {
          LocalDate day = incident.date().day();
          mention.setString(1, e.document().id());
          mention.setInt(2, i);
          mention.setString(3, incident.date().precision() == DatePrecision.DAY ? day.toString() : YearMonth.from(day).toString());
          mention.setString(4, incident.dateFromAnnouncement() ? day.minusDays(1).toString() : null);
          mention.executeUpdate();
          continue;
        }
        CountRange killed = incident.killed();
        if (killed == null || killed.min() == null || !killed.min().equals(killed.max())) {
          continue;
        }
        var weekday = StrikeWeekdays.of(String.join(" ", incident.evidence().stream().map(Span::text).toList()));
        if (weekday == null) {
          continue;
        }
        Window w = window(e, weekday.getValue());
        undated.setString(1, e.document().id());
        undated.setInt(2, i);
        undated.setInt(3, w.weekday());
        undated.setString(4, w.from() == null ? null : w.from().toString());
        undated.setString(5, w.to() == null ? null : w.to().toString());
        undated.executeUpdate();
      }
    }
  }

  private static void stance(PreparedStatement s, String documentId, int ordinal, String field, String subject, String side)
      throws SQLException {
    s.setString(1, documentId);
    s.setInt(2, ordinal);
    s.setString(3, field);
    s.setString(4, subject);
    s.setString(5, side);
    s.addBatch();
  }

  /** The window {@link Reconciler} places an undated mention in: up to a week before publication. */
  private static Window window(Extraction e, int weekday) {
    if (e.published() != null) {
      return new Window(weekday, e.published().minusDays(7), e.published());
    }
    DateRange r = e.publishedRange();
    return r == null ? new Window(weekday, null, null)
        : new Window(weekday, r.from() == null ? null : r.from().minusDays(7), r.to());
  }

  private static List<Window> windows(Connection c, String where, String value) throws SQLException {
    List<Window> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT weekday, window_from, window_to FROM record_undated " + where)) {
      s.setString(1, value);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Window(rs.getInt(1), day(rs.getString(2)), day(rs.getString(3))));
        }
      }
    }
    return found;
  }

  /** The seeds with every day and month reconciliation can link to them (see the design note). */
  private static Set<String> close(Connection c, Set<String> seeds) throws SQLException {
    Set<String> scope = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>(seeds);
    Set<Window> followed = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      String unit = work.pop();
      if (!scope.add(unit)) {
        continue;
      }
      List<String> linked = new ArrayList<>();
      linked.addAll(strings(c, "SELECT DISTINCT day_before FROM record_mentions WHERE unit = ? AND day_before IS NOT NULL", unit));
      linked.addAll(strings(c, "SELECT DISTINCT unit FROM record_mentions WHERE day_before = ?", unit));
      if (unit.length() == 10) {
        String month = unit.substring(0, 7);
        if (!strings(c, "SELECT unit FROM record_mentions WHERE unit = ? LIMIT 1", month).isEmpty()) {
          linked.add(month);
        }
        for (Window w : holding(c, LocalDate.parse(unit)).values()) {
          if (followed.add(w)) { // windows alike link the same days
            linked.addAll(w.days(c));
          }
        }
      } else {
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT unit FROM record_mentions WHERE unit > ? AND unit < ?")) {
          s.setString(1, unit + "-00");
          s.setString(2, unit + "-99");
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              linked.add(rs.getString(1));
            }
          }
        }
      }
      linked.stream().filter(u -> !scope.contains(u)).forEach(work::push);
    }
    return scope;
  }

  private static List<String> units(Connection c) throws SQLException {
    List<String> units = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT unit FROM record_mentions"); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        units.add(rs.getString(1));
      }
    }
    return units;
  }

  // ---- recomputing a scope ----

  /**
   * Reconciles the documents of {@code scope} and replaces its incidents; {@code loaded} holds
   * extractions already read (more are read as needed and added to it); {@code decisions} are all
   * the database holds.
   */
  private static void recompute(Connection c, Set<String> scope, Map<String, Extraction> loaded, List<Decision> decisions)
      throws SQLException {
    if (scope.isEmpty()) {
      return;
    }
    Set<String> documents = new TreeSet<>();
    Set<String> days = new TreeSet<>();
    for (List<String> batch : batches(scope)) {
      documents.addAll(stringsIn(c, "SELECT DISTINCT document_id FROM record_mentions WHERE unit IN ", batch));
      batch.stream().filter(u -> u.length() == 10).forEach(days::add);
    }
    for (String day : days) {
      documents.addAll(holding(c, LocalDate.parse(day)).keySet()); // undated mentions whose window holds a day of the scope
    }
    load(c, documents, loaded);
    List<Extraction> extractions = documents.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
    List<RecordIncident> incidents = Reconciler.reconcile(extractions).incidents().stream()
        .filter(i -> scope.contains(unit(i.incidentId()))).toList();
    Set<String> touched = new TreeSet<>();
    for (List<String> batch : batches(scope)) {
      touched.addAll(stringsIn(c, "SELECT incident_id FROM record_incidents WHERE unit IN ", batch));
      update(c, "DELETE FROM record_incidents WHERE unit IN ", batch);
    }
    String now = java.time.Instant.now().toString();
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO record_incidents (incident_id, payload, computed_at, unit) VALUES (?, ?, ?, ?)")) {
      for (RecordIncident i : incidents) {
        s.setString(1, i.incidentId());
        s.setString(2, write(i, "incident " + i.incidentId()));
        s.setString(3, now);
        s.setString(4, unit(i.incidentId()));
        s.executeUpdate();
        touched.add(i.incidentId());
      }
    }
    serve(c, touched, loaded, decisions);
  }

  /** The day ({@code 2025-09-02}) or month ({@code 2025-09}) of an incident id made by the reconciler. */
  static String unit(String incidentId) {
    boolean day = incidentId.length() > 11 && incidentId.charAt(7) == '-' && incidentId.charAt(10) == '-'
        && Character.isDigit(incidentId.charAt(8));
    return day ? incidentId.substring(0, 10) : incidentId.substring(0, 7);
  }

  /**
   * Applies the decisions to the incidents {@code ids} name and to every incident a decision ties
   * to them, and writes what is served of them; {@code all} is every decision the database holds.
   */
  private static void serve(Connection c, Set<String> ids, Map<String, Extraction> loaded, List<Decision> all)
      throws SQLException {
    Tied tied = tied(c, ids, all);
    Set<String> group = tied.bases();
    Decisions.Applied applied = tied.applied();
    List<RecordIncident> computed = tied.computed();
    Set<String> sourceDocuments = new TreeSet<>();
    applied.record().incidents().forEach(i -> i.sources().forEach(s -> sourceDocuments.add(s.documentId())));
    load(c, sourceDocuments, loaded);
    List<SourcedClaim> claims = new ArrayList<>();
    for (String id : sourceDocuments) {
      Extraction e = loaded.get(id);
      if (e != null) {
        for (Claim claim : e.claims()) {
          claims.add(new SourcedClaim(claim, e.document().id(), e.document().source(), e.document().outlet()));
        }
      }
    }
    Map<String, List<SourcedClaim>> claimsByDocument = RecordJson.claimsByDocument(claims);
    long now = version(c); // the version this change makes, counted before the record is brought up to date
    Map<String, RecordIncident> extracted = new HashMap<>();
    computed.forEach(i -> extracted.put(i.incidentId(), i));
    Set<String> served = new TreeSet<>();
    for (String table : List.of("record_served", "record_sources")) {
      for (List<String> batch : batches(group)) {
        update(c, "DELETE FROM " + table + " WHERE incident_id IN ", batch);
      }
      // split incidents ("id~abcdef12") are named by the group's bases
      for (String base : group) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE incident_id LIKE ?")) {
          s.setString(1, base + "~%"); // '_' of a region matches itself among ids of this shape
          s.executeUpdate();
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO record_served (incident_id, day, region, grade, status, "
        + "killed_best, killed_min, sources, precision, search_text, summary, payload, model, killed_max, survivors_min, changed_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement told = c.prepareStatement("INSERT INTO record_sources (incident_id, document_id) VALUES (?, ?)")) {
      for (RecordIncident i : applied.record().incidents()) {
        if (!served.add(i.incidentId())) {
          continue;
        }
        ObjectNode full = RecordJson.incident(i, claimsByDocument);
        String about = "incident:" + i.date().iso();
        Set<String> own = new LinkedHashSet<>();
        i.sources().forEach(x -> own.add(x.documentId()));
        ArrayNode aboutIt = full.putArray("claims");
        claims.stream().filter(x -> own.contains(x.documentId()) && x.claim().about().equals(about))
            .forEach(x -> aboutIt.add(RecordJson.claim(x)));
        RecordIncident asExtracted = extracted.get(i.incidentId());
        full.set("history", RecordJson.history(i.incidentId(),
            applied.changes().stream().filter(x -> x.incidentId().equals(i.incidentId())).toList(),
            field -> asExtracted == null ? null : Decisions.valueOf(asExtracted, field)).get("changes"));
        s.setString(1, i.incidentId());
        s.setString(2, i.date().known() ? i.date().day().toString() : ""); // an editor may set the date unknown
        s.setString(3, i.region().key());
        s.setString(4, i.grade());
        s.setString(5, i.status());
        s.setObject(6, i.killedBest(), java.sql.Types.INTEGER);
        s.setObject(7, i.killedMin(), java.sql.Types.INTEGER);
        s.setInt(8, i.sources().size());
        s.setString(9, i.date().precision().key());
        s.setString(10, searchText(i));
        s.setString(11, RecordJson.summary(i).toString());
        s.setString(12, full.toString());
        s.setString(13, write(i, "incident " + i.incidentId()));
        s.setObject(14, i.killedMax(), java.sql.Types.INTEGER);
        s.setObject(15, i.survivorsMin(), java.sql.Types.INTEGER);
        s.setLong(16, now);
        s.executeUpdate();
        told.setString(1, i.incidentId());
        for (String document : own) {
          told.setString(2, document);
          told.addBatch();
        }
      }
      told.executeBatch();
    }
  }

  /** What the {@code q} filter of incident lists looks in, lower-cased. */
  static String searchText(RecordIncident i) {
    return String.join(" ", i.incidentId(), i.place() == null ? "" : i.place(), String.join(" ", i.claimedAffiliation()),
        String.join(" ", i.claimedCargo()), String.join(" ", i.mergeNotes())).toLowerCase(Locale.ROOT);
  }

  /**
   * The incidents {@code ids} name and every incident a decision ties to them, by their ids'
   * bases: as reconciled ({@code computed}) and with those decisions applied.
   */
  record Tied(Set<String> bases, List<RecordIncident> computed, Decisions.Applied applied) {}

  /** What {@code all} the decisions make of the incidents {@code ids} and those tied to them. */
  static Tied tied(Connection c, Set<String> ids, List<Decision> all) throws SQLException {
    Set<String> group = new TreeSet<>();
    ids.forEach(id -> group.add(base(id)));
    List<Decision> decisions = new ArrayList<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      decisions.clear();
      for (Decision d : all) {
        List<String> named = named(d);
        if (named.stream().anyMatch(n -> group.contains(base(n)))) {
          decisions.add(d);
          for (String n : named) {
            grew |= group.add(base(n));
          }
        }
      }
    }
    List<RecordIncident> computed = new ArrayList<>();
    for (List<String> batch : batches(group)) {
      for (String payload : stringsIn(c, "SELECT payload FROM record_incidents WHERE incident_id IN ", batch)) {
        computed.add(read(payload));
      }
    }
    return new Tied(group, computed, Decisions.apply(new CampaignRecord(computed, List.of(), List.of(), List.of(), List.of(),
        List.of()), decisions));
  }

  private static List<String> named(Decision d) {
    List<String> named = new ArrayList<>();
    named.add(d.incidentId());
    if (d.action() == Decision.Action.MERGE && d.other() != null) {
      named.add(d.other());
    }
    return named;
  }

  /** The reconciled incident a split incident ("2025-09-02-caribbean~1a2b3c4d") came from. */
  static String base(String id) {
    int tilde = id.indexOf('~');
    return tilde < 0 ? id : id.substring(0, tilde);
  }

  private static void load(Connection c, Set<String> documents, Map<String, Extraction> loaded) throws SQLException {
    List<String> missing = documents.stream().filter(d -> !loaded.containsKey(d)).toList();
    loaded.putAll(StoredExtractions.newest(c, missing));
  }

  private static String write(Object value, String what) throws SQLException {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new SQLException(what + " does not serialise", e);
    }
  }

  private static RecordIncident read(String payload) throws SQLException {
    return read(payload, RecordIncident.class, "record_incidents.payload");
  }

  /** {@code payload}, a JSON column written by this class, as a {@code type}; {@code column} names it in the error. */
  static <T> T read(String payload, Class<T> type, String column) throws SQLException {
    try {
      return JSON.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new SQLException(column + " is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** {@code "?, ?, ?"}: the {@code n} parameters of an SQL {@code IN (...)} list. */
  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static List<List<String>> batches(Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
    }
    return batches;
  }

  private static List<String> stringsIn(Connection c, String sql, List<String> values) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql + "(" + placeholders(values.size()) + ")")) {
      for (int i = 0; i < values.size(); i++) {
        s.setString(i + 1, values.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private static void update(Connection c, String sql, List<String> values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql + "(" + placeholders(values.size()) + ")")) {
      for (int i = 0; i < values.size(); i++) {
        s.setString(i + 1, values.get(i));
      }
      s.executeUpdate();
    }
  }

  private static List<String> strings(Connection c, String sql, String value) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private static @Nullable LocalDate day(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
