package org.reckon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Actor;
import org.reckon.model.CampaignRecord;
import org.reckon.model.ClaimReading;
import org.reckon.model.Contradiction;
import org.reckon.model.Contribution;
import org.reckon.model.DatePrecision;
import org.reckon.model.Decision;
import org.reckon.model.RecordActor;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.model.TallyMetric;
import org.reckon.model.TallyPoint;
import org.reckon.reconcile.Contradictions;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.Reconciler;

/**
 * Reads the reconciled record as the database keeps it ({@code record_served}): pages of incidents
 * filtered and sorted by indexed columns, and one incident with every source span. Each answer is
 * read in one transaction and carries the {@link Database#version() version} it was read at.
 *
 * <p>Not thread-safe (it shares its {@link Database}'s connection).
 */
public final class RecordRepository {
  private final Database db;

  RecordRepository(Database db) {
    this.db = db;
  }

  /**
   * Which incidents, in which order, which page. Null filters match everything; {@code text} is
   * looked for, without case, in the id, place, claimed affiliation and cargo and merge notes.
   *
   * @param sort one of {@code date}, {@code killed}, {@code sources}, {@code grade}, {@code region};
   *     ties are broken by incident id
   */
  public record Query(@Nullable String from, @Nullable String to, @Nullable String region, @Nullable String grade,
      @Nullable String status, @Nullable String text, String sort, boolean descending, int limit, int offset) {}

  /** One page: how many incidents match, and the page's incidents as JSON (sources listed without evidence). */
  public record Page(long version, int total, List<String> items) {}

  /** One incident as JSON, with every source span, its claims and its history. */
  public record Found(long version, String json) {}

  public Page incidents(Query q) {
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      List<String> items = new ArrayList<>();
      int total = incidents(c, q, "summary", items::add);
      return new Page(version, total, items);
    });
  }

  /** One page of incidents as the record's model, for pages that draw them: how many match, and the page's. */
  public record Models(long version, int total, List<RecordIncident> items) {}

  /** The page of incidents {@link #incidents(Query)} lists, as the record's model. */
  public Models incidentModels(Query q) {
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      List<String> models = new ArrayList<>();
      int total = incidents(c, q, "model", models::add);
      List<RecordIncident> items = new ArrayList<>();
      for (String m : models) {
        items.add(MaterialisedRecord.read(m, RecordIncident.class, "record_served.model"));
      }
      return new Models(version, total, items);
    });
  }

  /**
   * The ids of the served incidents not merged away whose day is within {@code from} and {@code
   * to} (ISO days, inclusive; null for no bound; an unknown day is stored as the empty day, before
   * every other), by day then id: what an editor may merge into an incident.
   */
  public List<String> unmerged(@Nullable String from, @Nullable String to) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE status <> 'merged'");
    filter(where, args, "day >= ?", from);
    filter(where, args, "day <= ?", to);
    String collate = db.dialect() == Dialect.POSTGRESQL ? " COLLATE \"C\"" : "";
    return db.read(c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT incident_id FROM record_served" + where + " ORDER BY day" + collate
          + ", incident_id" + collate)) {
        bind(s, args);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      return ids;
    });
  }

  /** Passes {@code column} of each incident of {@code q}'s page, in its order, to {@code row}; how many match. */
  private int incidents(Connection c, Query q, String column, java.util.function.Consumer<String> row) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    filter(where, args, "day >= ?", q.from());
    filter(where, args, "day <= ?", q.to());
    filter(where, args, "region = ?", q.region());
    filter(where, args, "grade = ?", q.grade());
    filter(where, args, "status = ?", q.status());
    if (q.text() != null) {
      where.append(db.dialect() == Dialect.POSTGRESQL ? " AND strpos(search_text, ?) > 0" : " AND instr(search_text, ?) > 0");
      args.add(q.text().toLowerCase(Locale.ROOT));
    }
    String collate = db.dialect() == Dialect.POSTGRESQL ? " COLLATE \"C\"" : ""; // Java's order of strings, as the lists always had
    String dir = q.descending() ? " DESC" : "";
    String order = switch (q.sort()) {
      case "killed" -> "CASE WHEN killed_best IS NULL THEN 0 ELSE 1 END" + dir + ", killed_best" + dir;
      case "sources" -> "sources" + dir;
      case "grade" -> "grade" + collate + dir;
      case "region" -> "region" + collate + dir;
      default -> "day" + collate + dir;
    } + ", incident_id" + collate + dir;
    int total = count(c, "record_served" + where, args);
    try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM record_served" + where + " ORDER BY " + order
        + " LIMIT ? OFFSET ?")) {
      s.setFetchSize(500);
      bind(s, paged(args, q.limit(), q.offset()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          row.accept(rs.getString(1));
        }
      }
    }
    return total;
  }

  /**
   * Which claims, which page. Null filters match everything; {@code speaker} is compared and
   * {@code text} looked for without case; {@code named} is whether the claim names its speaker.
   */
  public record ClaimFilter(@Nullable String speaker, @Nullable String speakerType, @Nullable Boolean named,
      @Nullable String about, @Nullable String text, int limit, int offset) {}

  /** One page of claims: how many match, and the page's claims in the record's order. */
  public record ClaimPage(long version, int total, List<SourcedClaim> items) {}

  /**
   * The claims {@code f} selects, in the record's order (by document, then the claim's place in
   * its extraction, as {@link Reconciler#assemble} lists them), from {@code record_claims}.
   */
  public ClaimPage claims(ClaimFilter f) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    filter(where, args, "speaker_key = ?", f.speaker() == null ? null : f.speaker().toLowerCase(Locale.ROOT));
    filter(where, args, "speaker_type = ?", f.speakerType());
    filter(where, args, "about = ?", f.about());
    if (f.named() != null) {
      where.append(f.named() ? " AND speaker_key IS NOT NULL" : " AND speaker_key IS NULL");
    }
    if (f.text() != null) {
      where.append(db.dialect() == Dialect.POSTGRESQL ? " AND strpos(text_key, ?) > 0" : " AND instr(text_key, ?) > 0");
      args.add(f.text().toLowerCase(Locale.ROOT));
    }
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      int total = count(c, "record_claims" + where, args);
      List<SourcedClaim> items = claims(c, where.toString(), " LIMIT ? OFFSET ?", paged(args, f.limit(), f.offset()));
      return new ClaimPage(version, total, items);
    });
  }

  /** The field of a stance on a strike's toll: its subject is what the claim is about, its side the toll. */
  static final String KILLED = "killed";

  /** Contradictions, in the record's order, at the version they were read at. */
  public record ContradictionList(long version, List<Contradiction> items) {}

  /**
   * Every contradiction of the record, as {@link Reconciler#assemble} lists them: the fields and
   * subjects on which claims take two sides are found by the index of stances ({@code
   * record_stances}), and each is then read from its own claims alone.
   */
  public ContradictionList contradictions() {
    return db.read(c -> new ContradictionList(MaterialisedRecord.version(c), contradictions(c, ALL_CONTRADICTED, List.of())));
  }

  /** The fields and subjects on which claims take two sides. */
  private static final String ALL_CONTRADICTED =
      "SELECT field, subject FROM record_stances GROUP BY field, subject HAVING count(DISTINCT side) > 1";

  /**
   * A contradiction that claims of some documents take part in, told from their side: {@code
   * contradiction} holds their claims on each side (every claim, for a strike's toll, whose
   * sides are read against each other), {@code asserting} and {@code disputing} how many claims of
   * the whole record take each side. A campaign-wide subject ("the people killed") can have
   * thousands: an incident's page shows its own sources' and counts the rest.
   */
  public record Touching(Contradiction contradiction, int asserting, int disputing) {}

  /** The contradictions that claims of the documents {@code documentIds} take part in, in the record's order. */
  public List<Touching> contradictionsOf(Collection<String> documentIds) {
    if (documentIds.isEmpty()) {
      return List.of();
    }
    List<Object> ids = new ArrayList<>(new TreeSet<>(documentIds));
    String in = " IN (" + MaterialisedRecord.placeholders(ids.size()) + ")";
    return db.read(c -> {
      List<Touching> touching = new ArrayList<>();
      // the fields and subjects these documents' claims take a side on, found by the documents' index (a condition on
      // the field let SQLite read every stance on a strike's toll of the record instead)
      List<Group> tolls = new ArrayList<>();
      List<String[]> groups = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT field, subject FROM record_stances WHERE document_id" + in)) {
        bind(s, ids);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (rs.getString(1).equals(KILLED)) {
              tolls.add(new Group(rs.getString(1), rs.getString(2)));
            } else {
              groups.add(new String[] {rs.getString(1), rs.getString(2)});
            }
          }
        }
      }
      // a strike's toll: the claims about one strike, few, read whole (which side is which depends on them all)
      for (Contradiction x : contradictions(c, tolls)) {
        touching.add(new Touching(x, x.asserting().size(), x.disputing().size()));
      }
      for (String[] g : groups) {
        int[] sides = new int[2]; // disputing, asserting: counted by the index of stances
        try (PreparedStatement s = c.prepareStatement(
            "SELECT side, count(*) FROM record_stances WHERE field = ? AND subject = ? GROUP BY side")) {
          s.setString(1, g[0]);
          s.setString(2, g[1]);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              sides[Boolean.parseBoolean(rs.getString(1)) ? 1 : 0] = rs.getInt(2);
            }
          }
        }
        if (sides[0] == 0 || sides[1] == 0) {
          continue; // one side only: no contradiction
        }
        List<Object> args = new ArrayList<>(List.of(g[0], g[1]));
        args.addAll(ids);
        List<SourcedClaim> asserting = new ArrayList<>();
        List<SourcedClaim> disputing = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT k.payload, s.side FROM record_stances s JOIN record_claims k "
            + "ON k.document_id = s.document_id AND k.ordinal = s.ordinal WHERE s.field = ? AND s.subject = ? AND s.document_id" + in
            + " ORDER BY s.document_id, s.ordinal")) {
          bind(s, args);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              SourcedClaim claim = MaterialisedRecord.read(rs.getString(1), SourcedClaim.class, "record_claims.payload");
              (Boolean.parseBoolean(rs.getString(2)) ? asserting : disputing).add(claim);
            }
          }
        }
        touching.add(new Touching(new Contradiction(g[0], g[1], asserting, disputing), sides[1], sides[0]));
      }
      touching.sort(Comparator.comparingInt((Touching t) -> Contradictions.rank(t.contradiction().field(), t.contradiction().subject())));
      return touching;
    });
  }

  /** The contradictions on the fields and subjects {@code groups} selects, each read from the claims that take a side on it. */
  private static List<Contradiction> contradictions(Connection c, String groups, List<Object> args) throws SQLException {
    List<Group> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(groups)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Group(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return contradictions(c, found);
  }

  /** A field and subject claims take sides on. */
  private record Group(String field, String subject) {}

  /** The contradictions on the fields and subjects {@code found}, in the record's order. */
  private static List<Contradiction> contradictions(Connection c, List<Group> found) throws SQLException {
    record Listed(int rank, String first, Contradiction contradiction) {}
    List<Listed> listed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT k.payload, s.side, s.document_id, s.ordinal FROM record_stances s "
        + "JOIN record_claims k ON k.document_id = s.document_id AND k.ordinal = s.ordinal "
        + "WHERE s.field = ? AND s.subject = ? ORDER BY s.document_id, s.ordinal")) {
      for (Group g : found) {
        s.setString(1, g.field());
        s.setString(2, g.subject());
        List<SourcedClaim> claims = new ArrayList<>();
        List<ClaimReading> readings = new ArrayList<>();
        String first = null;
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            claims.add(MaterialisedRecord.read(rs.getString(1), SourcedClaim.class, "record_claims.payload"));
            String side = rs.getString(2);
            readings.add(g.field().equals(KILLED) ? new ClaimReading(List.of(), Integer.valueOf(side))
                : new ClaimReading(List.of(new ClaimReading.Stance(g.field(), g.subject(), Boolean.parseBoolean(side))), null));
            if (first == null) {
              // ids are hex of one length, ordinals padded: the text orders as the rows were
              first = rs.getString(3) + String.format(Locale.ROOT, "%010d", rs.getInt(4));
            }
          }
        }
        for (Contradiction x : Contradictions.find(claims, readings)) {
          listed.add(new Listed(Contradictions.rank(g.field(), g.subject()), first, x));
        }
      }
    }
    listed.sort(Comparator.comparingInt(Listed::rank).thenComparing(Listed::first));
    return listed.stream().map(Listed::contradiction).toList();
  }

  /** The claims of the documents {@code documentIds}, in the record's order. */
  public List<SourcedClaim> claimsOf(Collection<String> documentIds) {
    return db.read(c -> {
      List<SourcedClaim> found = new ArrayList<>();
      for (List<String> batch : MaterialisedRecord.batches(new TreeSet<>(documentIds))) {
        found.addAll(claims(c, " WHERE document_id IN (" + MaterialisedRecord.placeholders(batch.size()) + ")", "",
            new ArrayList<>(batch)));
      }
      return found;
    });
  }

  /**
   * The claims of {@code record_claims} that {@code where} selects, in the record's order, then
   * {@code page} ("" or a LIMIT and OFFSET), with the {@code args} of both. Document ids are
   * lower-case hex, which every collation orders as Java does, so the primary key's index serves
   * the order.
   */
  private static List<SourcedClaim> claims(Connection c, String where, String page, List<Object> args) throws SQLException {
    List<SourcedClaim> items = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT payload FROM record_claims" + where + " ORDER BY document_id, ordinal"
        + page)) {
      s.setFetchSize(500);
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          items.add(MaterialisedRecord.read(rs.getString(1), SourcedClaim.class, "record_claims.payload"));
        }
      }
    }
    return items;
  }

  private static int count(Connection c, String from, List<Object> args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + from)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The incident {@code id}, if the record has it. */
  public Optional<Found> incident(String id) {
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      try (PreparedStatement s = c.prepareStatement("SELECT payload FROM record_served WHERE incident_id = ?")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(new Found(version, rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  /**
   * The whole record as served, and the record before decisions of the incidents decisions
   * touch, read in one transaction from what the database keeps of it: the served incidents
   * (decisions applied) and each document's tallies, claims and actors. Never reads the
   * extractions.
   *
   * @param version the {@link Database#version() version} it was read at
   * @param applied the record with decisions applied, and the changes each decision made
   * @param documents how many documents the database holds
   */
  public record Whole(long version, Decisions.Applied applied, int documents) {}

  /** Every row's JSON {@code column} of {@code table}, read as {@code type}. */
  private static <T> List<T> readAll(Connection c, String table, String column, Class<T> type) throws SQLException {
    List<T> all = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM " + table)) {
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          all.add(MaterialisedRecord.read(rs.getString(1), type, table + "." + column));
        }
      }
    }
    return all;
  }

  /**
   * The whole record, claims and all, in one transaction: what a release freezes and {@code
   * reckon record} writes. The server never holds it; its pages read the record's indexes.
   */
  public Whole whole() {
    return db.read(this::whole);
  }

  private Whole whole(Connection c) throws SQLException {
    long version = MaterialisedRecord.version(c);
    List<RecordIncident> incidents = readAll(c, "record_served", "model", RecordIncident.class);
    // the reconciler's order: by day, then id
    incidents.sort(Comparator.comparing((RecordIncident i) -> i.date().known() ? i.date().day().toString() : i.incidentId())
        .thenComparing(RecordIncident::incidentId));
    List<Contribution> contributions = readAll(c, "record_contributions", "payload", Contribution.class);
    CampaignRecord assembled = Reconciler.assemble(incidents, contributions); // the contributions hold no claims
    CampaignRecord record = new CampaignRecord(assembled.incidents(), assembled.tallies(), assembled.killedSum(),
        claims(c, "", "", List.of()), contradictions(c, ALL_CONTRADICTED, List.of()), assembled.actors());
    List<Decision> decisions = DecisionRepository.all(c);
    // the changes: the decisions applied again to the incidents they name, as extracted
    Set<String> named = new TreeSet<>();
    for (Decision d : decisions) {
      named.add(MaterialisedRecord.base(d.incidentId()));
      if (d.other() != null) {
        named.add(MaterialisedRecord.base(d.other()));
      }
    }
    List<RecordIncident> computed = new ArrayList<>();
    for (String id : named) {
      extracted(c, id).ifPresent(computed::add);
    }
    Decisions.Applied changes = Decisions.apply(new CampaignRecord(computed, List.of(), List.of(), List.of(), List.of(), List.of()),
        decisions);
    int documents = count(c, "documents", List.of());
    return new Whole(version, new Decisions.Applied(record, changes.changes(), changes.problems()), documents);
  }

  // ---- the whole record, read from its indexes ----

  /**
   * Which tallies, which page: of {@code metric} (every metric when null), as of {@code from} to
   * {@code to} (ISO days, inclusive; null for no bound; a bound leaves out the undated ones).
   */
  public record TallyQuery(@Nullable TallyMetric metric, @Nullable String from, @Nullable String to, int limit, int offset) {
    /** Every tally. */
    public static TallyQuery all() {
      return new TallyQuery(null, null, null, Integer.MAX_VALUE, 0);
    }
  }

  /** A page of the tally series at the version it was read at, in {@link Reconciler#SERIES_ORDER}, and how many match. */
  public record Series(long version, int total, List<TallyPoint> points) {}

  /**
   * The tallies {@code q} selects, as {@link Reconciler#assemble} gives them, read from {@code
   * record_tallies} in the order of its index, a page at a time. Whether a tally falls below an
   * earlier lower bound depends on every tally of its metric before its day, not on the page: the
   * database gives each metric and day the highest lower bound of the days before it (a window
   * over the days, of which a campaign has hundreds), and {@link Reconciler#reported} is
   * compared with it.
   */
  public Series tallies(TallyQuery q) {
    String collate = collate();
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (q.metric() != null) {
      where.append(" AND t.metric_rank = ?");
      args.add(q.metric().ordinal());
    }
    filter(where, args, "t.as_of >= ?", q.from());
    filter(where, args, "t.as_of <= ?", q.to());
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      int total = count(c, "record_tallies t" + where, args);
      List<TallyPoint> points = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT t.payload, d.earlier FROM record_tallies t LEFT JOIN ("
          + "SELECT metric_rank, as_of, max(max(lower_bound)) OVER (PARTITION BY metric_rank ORDER BY as_of" + collate
          + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier FROM record_tallies WHERE undated = 0"
          + " GROUP BY metric_rank, as_of) d ON d.metric_rank = t.metric_rank AND d.as_of = t.as_of" + where
          + " ORDER BY t.metric_rank, t.undated, t.as_of" + collate + ", t.value, t.document_id" + collate + ", t.ordinal LIMIT ? OFFSET ?")) {
        s.setFetchSize(500);
        bind(s, paged(args, q.limit(), q.offset()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            TallyPoint p = MaterialisedRecord.read(rs.getString(1), TallyPoint.class, "record_tallies.payload");
            Integer earlier = integer(rs, 2);
            Integer reported = Reconciler.reported(p.count());
            boolean below = p.asOf() != null && earlier != null && reported != null && reported < earlier;
            points.add(new TallyPoint(p.asOf(), p.metric(), p.count(), p.documentId(), p.source(), p.outlet(), p.evidence(), below));
          }
        }
      }
      return new Series(version, total, points);
    });
  }

  /**
   * The reports of one figure of a metric as of one day ("at least 83" on 2025-12-05): how many
   * tell it, the first of their sources, and whether it falls below an earlier lower bound (the
   * same for all of them: it depends on the figure and the day alone).
   */
  public record Told(LocalDate asOf, org.reckon.model.Count count, int reports, String source, boolean belowEarlierBound) {}

  /**
   * The dated tallies of {@code metric}, one {@link Told} per day, figure and bound, by day then
   * figure: what a chart of the series draws, which at corpus scale has thousands of reports of
   * the same figure. Grouped by the database; flagged in one pass as {@link #tallies} flags them.
   */
  public List<Told> told(TallyMetric metric) {
    String collate = collate();
    return db.read(c -> {
      List<Told> told = new ArrayList<>();
      Reconciler.EarlierBounds bounds = new Reconciler.EarlierBounds();
      try (PreparedStatement s = c.prepareStatement("SELECT as_of, value, bound, count(*), min(source" + collate + ") FROM record_tallies"
          + " WHERE metric_rank = ? AND undated = 0 GROUP BY as_of, value, bound ORDER BY as_of" + collate + ", value, bound" + collate)) {
        s.setInt(1, metric.ordinal());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            LocalDate asOf = LocalDate.parse(rs.getString(1));
            org.reckon.model.Count count = org.reckon.model.Count.of(rs.getInt(2), org.reckon.model.Bound.fromKey(rs.getString(3)));
            TallyPoint flagged = bounds.flag(new TallyPoint(asOf, metric, count, "", rs.getString(5), null, List.of(), false));
            told.add(new Told(asOf, count, rs.getInt(4), rs.getString(5), flagged.belowEarlierBound()));
          }
        }
      }
      return told;
    });
  }

  /** The actors across documents at the version they were read at, in {@link Reconciler#ACTOR_ORDER}. */
  public record Actors(long version, List<RecordActor> items) {}

  /**
   * The record's actors as {@link Reconciler#assemble} gives them, joined from {@code
   * record_actors}: the rows of one name key come together, by document and place in it, as the
   * reconciler meets them.
   */
  public Actors actors() {
    String collate = collate();
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      List<RecordActor> actors = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT name_key, document_id, payload FROM record_actors ORDER BY name_key"
          + collate + ", document_id" + collate + ", ordinal")) {
        s.setFetchSize(500);
        try (ResultSet rs = s.executeQuery()) {
          String key = null;
          Reconciler.ActorJoin known = null;
          while (rs.next()) {
            if (!rs.getString(1).equals(key)) {
              if (known != null) {
                actors.add(known.actor());
              }
              key = rs.getString(1);
              known = new Reconciler.ActorJoin();
            }
            known.add(MaterialisedRecord.read(rs.getString(3), Actor.class, "record_actors.payload"), rs.getString(2));
          }
          if (known != null) {
            actors.add(known.actor());
          }
        }
      }
      actors.sort(Reconciler.ACTOR_ORDER);
      return new Actors(version, actors);
    });
  }

  /** One day-dated strike of the overview's timeline. */
  public record Bar(String incidentId, LocalDate day, String region, @Nullable Integer killedMin, @Nullable Integer killedMax,
      @Nullable Integer killedBest) {}

  /**
   * What the overview shows of the record, leaving out rejected and merged incidents: how many
   * strikes, the sums of their tolls' lower and upper ends ({@code open} when some toll has no
   * upper end) and of their survivors' lower ends, how many documents tell them of how many
   * stored, the day-dated strikes by day and the running sum of their lower ends.
   */
  public record Figures(long version, int strikes, long killedMin, long killedMax, boolean open, long survivors, int sources,
      int documents, List<Bar> timeline, List<CampaignRecord.SumPoint> killedSum) {}

  /** The statuses of incidents the overview leaves out: rejected, or merged into another. */
  private static final String HIDDEN = "('rejected', 'merged')";
  /** The rows the overview counts. */
  private static final String VISIBLE = "status NOT IN " + HIDDEN;

  /** The record's {@link Figures}, read in one transaction by the database's aggregates and indexes. */
  public Figures figures() {
    String collate = collate();
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      long[] sums = new long[5];
      try (PreparedStatement s = c.prepareStatement("SELECT count(*), sum(coalesce(killed_min, 0)), "
          + "sum(coalesce(killed_max, killed_min, 0)), sum(CASE WHEN killed_max IS NULL AND killed_min IS NOT NULL THEN 1 ELSE 0 END), "
          + "sum(coalesce(survivors_min, 0)) FROM record_served WHERE " + VISIBLE); ResultSet rs = s.executeQuery()) {
        rs.next();
        for (int k = 0; k < sums.length; k++) {
          sums[k] = rs.getLong(k + 1);
        }
      }
      // the few incidents left out are looked up; the documents are grouped in their index's order
      int sources = count(c, "(SELECT document_id FROM record_sources WHERE incident_id NOT IN (SELECT incident_id FROM record_served "
          + "WHERE status IN " + HIDDEN + ") GROUP BY document_id) told", List.of());
      List<Bar> timeline = new ArrayList<>();
      String dated = " FROM record_served WHERE " + VISIBLE + " AND precision = '" + DatePrecision.DAY.key() + "'";
      try (PreparedStatement s = c.prepareStatement("SELECT incident_id, day, region, killed_min, killed_max, killed_best" + dated
          + " ORDER BY day" + collate + ", incident_id" + collate)) {
        s.setFetchSize(500);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            timeline.add(new Bar(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), integer(rs, 4), integer(rs, 5),
                integer(rs, 6)));
          }
        }
      }
      List<CampaignRecord.SumPoint> killedSum = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT day, sum(killed_min)" + dated + " AND killed_min IS NOT NULL GROUP BY day"
          + " ORDER BY day" + collate); ResultSet rs = s.executeQuery()) {
        long total = 0;
        while (rs.next()) {
          total += rs.getLong(2);
          killedSum.add(new CampaignRecord.SumPoint(LocalDate.parse(rs.getString(1)), Math.toIntExact(total)));
        }
      }
      return new Figures(version, Math.toIntExact(sums[0]), sums[1], sums[2], sums[3] > 0, sums[4], sources,
          count(c, "documents", List.of()), timeline, killedSum);
    });
  }

  /** The strikes the map counts (neither rejected nor merged away), by region key, at the version they were read at. */
  public record Regions(long version, Map<String, Integer> strikes) {
    public int total() {
      return strikes.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The record's {@link Regions}, counted by the database. */
  public Regions regions() {
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      Map<String, Integer> byRegion = new java.util.TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT region, count(*) FROM record_served WHERE " + VISIBLE + " GROUP BY region");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byRegion.put(rs.getString(1), rs.getInt(2));
        }
      }
      return new Regions(version, byRegion);
    });
  }

  /**
   * What a {@link #walk} read: the version, the changes the decisions after the seq it was given
   * made, and the ids of every incident the record serves.
   */
  public record Walked(long version, List<Decisions.Change> changesSince, Set<String> ids) {}

  /**
   * Passes each served incident written after version {@code changedAfter} (-1 for all), as the
   * record's model, to {@code each}, one at a time in the order of their ids, in one transaction
   * with the ids of all of them and the changes the decisions after {@code sinceDecision} (a
   * decision's seq; 0 for all) made: what the review queue is worked out from, and brought up to
   * date from, without holding the record.
   */
  public Walked walk(long changedAfter, long sinceDecision, java.util.function.Consumer<RecordIncident> each) {
    String collate = collate();
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      try (PreparedStatement s = c.prepareStatement("SELECT model FROM record_served WHERE changed_at > ? ORDER BY incident_id"
          + collate)) {
        s.setFetchSize(200);
        s.setLong(1, changedAfter);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            each.accept(MaterialisedRecord.read(rs.getString(1), RecordIncident.class, "record_served.model"));
          }
        }
      }
      Set<String> ids = new java.util.HashSet<>();
      try (PreparedStatement s = c.prepareStatement("SELECT incident_id FROM record_served"); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      List<Decision> all = DecisionRepository.all(c);
      Set<String> named = new TreeSet<>();
      all.stream().filter(d -> d.seq() > sinceDecision).forEach(d -> {
        named.add(d.incidentId());
        if (d.other() != null) {
          named.add(d.other());
        }
      });
      List<Decisions.Change> changes = named.isEmpty() ? List.of()
          : MaterialisedRecord.tied(c, named, all).applied().changes().stream().filter(x -> x.decision().seq() > sinceDecision).toList();
      return new Walked(version, changes, ids);
    });
  }

  /** The served incidents {@code ids} (those the record has), as the record's model, by id. */
  public Map<String, RecordIncident> models(Collection<String> ids) {
    return db.read(c -> {
      Map<String, RecordIncident> found = new java.util.HashMap<>();
      for (List<String> batch : MaterialisedRecord.batches(new TreeSet<>(ids))) {
        try (PreparedStatement s = c.prepareStatement("SELECT incident_id, model FROM record_served WHERE incident_id IN ("
            + MaterialisedRecord.placeholders(batch.size()) + ")")) {
          bind(s, new ArrayList<>(batch));
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              found.put(rs.getString(1), MaterialisedRecord.read(rs.getString(2), RecordIncident.class, "record_served.model"));
            }
          }
        }
      }
      return found;
    });
  }

  /** Java's order of strings on PostgreSQL, as the record's lists always had (SQLite's default is it). */
  private String collate() {
    return db.dialect() == Dialect.POSTGRESQL ? " COLLATE \"C\"" : "";
  }

  private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /**
   * One served incident as the record's model, with the changes editors' decisions made to it and
   * the incident as reconciled before them (empty for a split's part): what its page shows.
   */
  public record Shown(long version, RecordIncident incident, List<Decisions.Change> changes, Optional<RecordIncident> extracted) {}

  /** The incident {@code id} as {@link Shown}, read in one transaction, if the record serves it. */
  public Optional<Shown> shown(String id) {
    return db.read(c -> {
      long version = MaterialisedRecord.version(c);
      RecordIncident incident;
      try (PreparedStatement s = c.prepareStatement("SELECT model FROM record_served WHERE incident_id = ?")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          incident = MaterialisedRecord.read(rs.getString(1), RecordIncident.class, "record_served.model");
        }
      }
      List<Decisions.Change> changes = MaterialisedRecord.tied(c, Set.of(id), DecisionRepository.all(c)).applied().changes()
          .stream().filter(x -> x.incidentId().equals(id)).toList();
      return Optional.of(new Shown(version, incident, changes, extracted(c, id)));
    });
  }

  /** The incident {@code id} as reconciled from the facts, before decisions, if the record has it. */
  public Optional<RecordIncident> extracted(String id) {
    return db.read(c -> extracted(c, id));
  }

  private static Optional<RecordIncident> extracted(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT payload FROM record_incidents WHERE incident_id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(MaterialisedRecord.read(rs.getString(1), RecordIncident.class, "record_incidents.payload"))
            : Optional.empty();
      }
    }
  }

  /** How many incidents the record has. */
  public int count() {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM record_served"); ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  private static void filter(StringBuilder where, List<Object> args, String condition, @Nullable String value) {
    if (value != null) {
      where.append(" AND ").append(condition);
      args.add(value);
    }
  }

  /** {@code args} followed by a page's LIMIT and OFFSET. */
  private static List<Object> paged(List<Object> args, int limit, int offset) {
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    return paged;
  }

  private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      s.setObject(i + 1, args.get(i));
    }
  }
}
