package org.reckon.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Claim;
import org.reckon.model.ClaimKind;
import org.reckon.model.CountRange;
import org.reckon.model.DateRange;
import org.reckon.model.DateValue;
import org.reckon.model.Decision;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.PublishedBasis;
import org.reckon.model.RecordIncident;
import org.reckon.model.Region;
import org.reckon.model.Span;
import org.reckon.model.SpeakerType;
import org.reckon.model.TallyMetric;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;
import org.reckon.reconcile.Reconciler;

/**
 * The record kept in the database equals the full reconciliation of the same facts and decisions
 * ({@link Reconciler} then {@link Decisions#apply}), after every single document, re-extraction and
 * decision that arrives, one by one. Run against SQLite and PostgreSQL.
 *
 * <p>The documents are generated from a fixed seed over nine days around a month's end, so that
 * every way reconciliation links mentions occurs: several reports of one day and sea, mentions
 * without a sea, month-dated mentions, strikes dated from their announcement (the day before), and
 * undated reports told by weekday and toll, with and without a publication window.
 */
abstract class MaterialisedRecordContract {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FIRST = LocalDate.of(2025, 9, 27);
  private static final List<String> OUTLETS = List.of("Example Wire", "Daily Example", "El Ejemplo", "Harbour Times");

  Database db;

  /** A location (file path or JDBC URL) of a new, empty database. */
  abstract String newDatabase() throws Exception;

  /** The location {@link #newDatabase} gave last. */
  abstract String currentLocation();

  @BeforeEach
  void open() throws Exception {
    db = Database.open(newDatabase(), CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void record_afterEachSingleArrival_equalsFullReconciliation() throws Exception {
    Random random = new Random(20251002);
    List<Extraction> stored = new ArrayList<>();
    for (int n = 0; n < 70; n++) {
      Extraction e = generated(random, n, "test-1");
      db.documents().add(e.document(), e);
      stored.add(e);
      assertMatchesFullReconciliation("after document " + n);
      if (n % 9 == 8) {
        Extraction again = generated(random, n, "test-2", stored.get(random.nextInt(stored.size())).document());
        assertThat(db.facts().save(again)).isTrue();
        assertMatchesFullReconciliation("after re-extracting " + again.document().source());
      }
      if (n % 5 == 4) {
        db.decisions().append(decision(random, n));
        assertMatchesFullReconciliation("after decision at document " + n);
      }
    }
    assertThat(db.record().count()).isGreaterThan(8);
  }

  /** A database whose facts were stored before the record was kept (schema V4) gets its record when opened. */
  @Test
  void open_databaseWithFactsButNoRecord_buildsItFromTheFacts() throws Exception {
    Random random = new Random(7);
    for (int n = 0; n < 15; n++) {
      Extraction e = generated(random, n, "test-1");
      db.documents().add(e.document(), e);
    }
    String location = currentLocation();
    db.inTransaction(c -> {
      try (var s = c.createStatement()) {
        s.executeUpdate("DELETE FROM record_served");
        s.executeUpdate("DELETE FROM record_incidents");
        s.executeUpdate("DELETE FROM record_mentions");
        s.executeUpdate("UPDATE record_state SET built = 0");
      }
      return null;
    });
    db.close();

    db = Database.open(location, CLOCK);

    assertThat(db.record().count()).isGreaterThan(3);
    assertMatchesFullReconciliation("after opening");
  }

  @Test
  void version_countsEveryChangeAndNothingElse() throws Exception {
    Random random = new Random(3);
    Extraction e = generated(random, 0, "test-1");

    db.documents().add(e.document(), e);
    db.documents().add(e.document(), e); // the same text again stores nothing
    assertThat(db.version()).isEqualTo(1);
    db.decisions().append(new Decision(0, Instant.parse("2026-01-02T00:00:00Z"), "ana", Decision.Action.CONFIRM,
        "2025-09-27-caribbean", null, null, null, "checked"));
    assertThat(db.version()).isEqualTo(2);
    Release release = new Release("2026-01", Instant.parse("2026-01-03T00:00:00Z"), "ana", 1, "Reckon, release 2026-01",
        List.of(new Release.File("incidents.json", "0".repeat(64), "[]")));
    assertThat(db.releases().create(release)).isTrue();
    assertThat(db.version()).as("a release: the review queue is since it").isEqualTo(3);
    assertThat(db.releases().create(release)).as("its name again").isFalse();
    assertThat(db.version()).as("nothing stored, nothing counted").isEqualTo(3);
  }

  @Test
  void claims_areFilteredAndPagedByTheDatabase_inTheRecordsOrder() {
    Extraction a = said("a.txt", new String[][] {
        {"Pete Hegseth", "named_official", "The strikes are lawful", "campaign"},
        {null, "anonymous_official", "Eleven were killed on the boat", "incident:2025-09-02"}});
    Extraction b = said("b.txt", new String[][] {
        {"Ana Pérez", "named_expert", "These are ILLEGAL killings", "campaign"},
        {"Pete Hegseth", "named_official", "More strikes will come", "campaign"}});
    Extraction c = said("c.txt", new String[][] {{null, "other", "Fishermen, not smugglers, were killed", "incident:2025-09-02"}});
    for (Extraction e : List.of(a, b, c)) {
      db.documents().add(e.document(), e);
    }
    // the record's order: by document id, then place in the document
    List<String> inOrder = new ArrayList<>();
    List.of(a, b, c).stream().sorted(java.util.Comparator.comparing((Extraction e) -> e.document().id()))
        .forEach(e -> e.claims().forEach(x -> inOrder.add(x.text())));

    assertThat(texts(claimsWhere(null, null, null, null, null, 100, 0))).isEqualTo(inOrder);
    assertThat(texts(claimsWhere("PETE hegseth", null, null, null, null, 100, 0)))
        .containsExactlyInAnyOrder("The strikes are lawful", "More strikes will come");
    assertThat(texts(claimsWhere(null, "named_expert", null, null, null, 100, 0))).containsExactly("These are ILLEGAL killings");
    assertThat(texts(claimsWhere(null, null, false, null, null, 100, 0)))
        .containsExactlyInAnyOrder("Eleven were killed on the boat", "Fishermen, not smugglers, were killed");
    assertThat(texts(claimsWhere(null, null, true, "campaign", null, 100, 0))).hasSize(3);
    assertThat(texts(claimsWhere(null, null, null, "incident:2025-09-02", "KILLED", 100, 0)))
        .containsExactlyInAnyOrder("Eleven were killed on the boat", "Fishermen, not smugglers, were killed");
    assertThat(texts(claimsWhere(null, null, null, null, "illegal", 100, 0))).containsExactly("These are ILLEGAL killings");
    assertThat(texts(claimsWhere(null, null, null, null, "100%_", 100, 0))).isEmpty();

    RecordRepository.ClaimPage second = claimsWhere(null, null, null, null, null, 2, 2);
    assertThat(second.total()).isEqualTo(5);
    assertThat(texts(second)).isEqualTo(inOrder.subList(2, 4));
    assertThat(second.items().get(0).documentId()).isIn(a.document().id(), b.document().id(), c.document().id());
  }

  @Test
  void contradictions_foundByTheIndexOfStances_asTheRecordListsThem() {
    Extraction a = said("a.txt", new String[][] {
        {"Pete Hegseth", "named_official", "the four men aboard were members of the ELN", "campaign"},
        {"Donald Trump", "named_official", "the strike killed 11 narco-terrorists aboard", "incident:2025-09-02"},
        {"Marco Rubio", "named_official", "This one was headed towards the United States to flood our country", "campaign"}});
    Extraction b = said("b.txt", new String[][] {
        {null, "family_member", "none of them belonged to the ELN; they were fishermen", "campaign"},
        {null, "family_member", "They were fishermen trying to feed their families", "campaign"},
        {"Pete Hegseth", "named_official", "the vessel was carrying cocaine and marijuana", "campaign"}});
    Extraction c = said("c.txt", new String[][] {
        {"Luis Ortega", "named_expert", "there are never eleven people on a drug boat", "campaign"},
        {null, "anonymous_official", "the boat was not headed to the U.S. at all", "campaign"},
        {"Ana Ruiz", "named_expert", "the strike killed 14 people, not 11", "incident:2025-09-02"}});
    Extraction quiet = said("d.txt", new String[][] {{"Ana Ruiz", "named_expert", "the ELN has expanded along the border", "campaign"}});
    for (Extraction e : List.of(a, b, c, quiet)) {
      db.documents().add(e.document(), e);
    }
    List<org.reckon.model.Contradiction> all = db.record().contradictions().items();

    assertThat(all).extracting(org.reckon.model.Contradiction::field)
        .containsExactly("affiliation", "identity", "cargo", "destination", "killed");
    assertThat(all.get(0).asserting()).extracting(x -> x.claim().speaker()).containsExactly("Pete Hegseth");
    assertThat(all.get(4).subject()).isEqualTo("incident:2025-09-02");
    assertThat(all.get(4).asserting()).extracting(x -> x.claim().speaker()).containsExactly("Donald Trump");
    assertThat(all.get(4).disputing()).extracting(x -> x.claim().speaker()).containsExactly("Ana Ruiz");
    assertThat(all).isEqualTo(Reconciler.reconcile(List.of(a, b, c, quiet)).contradictions());
    // an incident page's: those its sources take part in, with their claims and the record's counts
    assertThat(db.record().contradictionsOf(List.of(quiet.document().id()))).isEmpty();
    List<RecordRepository.Touching> ofC = db.record().contradictionsOf(List.of(c.document().id()));
    assertThat(ofC).extracting(t -> t.contradiction().field()).containsExactly("cargo", "destination", "killed");
    RecordRepository.Touching cargo = ofC.get(0);
    assertThat(cargo.contradiction().asserting()).isEmpty(); // c only disputes it; b's Hegseth asserts
    assertThat(cargo.contradiction().disputing()).extracting(x -> x.claim().speaker()).containsExactly("Luis Ortega");
    assertThat(cargo.asserting()).isEqualTo(1);
    assertThat(cargo.disputing()).isEqualTo(1);
    RecordRepository.Touching toll = ofC.get(2);
    assertThat(toll.contradiction()).isEqualTo(all.get(4)); // a strike's toll: every claim about it
    assertThat(db.record().contradictionsOf(List.of(b.document().id()))).extracting(t -> t.contradiction().field())
        .containsExactly("affiliation", "identity", "cargo");
    assertThat(db.record().contradictionsOf(List.of(b.document().id())).get(1).disputing()).isEqualTo(2);
    assertThat(db.record().contradictionsOf(List.of())).isEmpty();
  }

  private RecordRepository.ClaimPage claimsWhere(String speaker, String type, Boolean named, String about, String text, int limit,
      int offset) {
    return db.record().claims(new RecordRepository.ClaimFilter(speaker, type, named, about, text, limit, offset));
  }

  private static List<String> texts(RecordRepository.ClaimPage page) {
    return page.items().stream().map(x -> x.claim().text()).toList();
  }

  /** A document that is the given claims' texts, each a claim of {speaker, speaker type, text, about}. */
  private static Extraction said(String source, String[][] claims) {
    String text = String.join(" ", java.util.Arrays.stream(claims).map(x -> x[2] + ".").toList());
    Document d = new Document(TextNormalizer.sha256(text), source, null, source, "Example Wire", "en", FIRST, null,
        PublishedBasis.HEADER, text, Map.of());
    List<Claim> said = new ArrayList<>();
    for (String[] x : claims) {
      int at = text.indexOf(x[2]);
      said.add(new Claim(x[0], x[0] == null ? "a relative" : x[0], SpeakerType.fromKey(x[1]), ClaimKind.PARAPHRASE, x[2], x[3],
          List.of(Span.of(text, at, at + x[2].length()))));
    }
    return new Extraction(d, "test-1", "en", FIRST, null, PublishedBasis.HEADER, List.of(), List.of(), said, List.of(), List.of());
  }

  /** The served incidents at the last check, and the version they were read at: what changed since is checked against them. */
  private List<RecordIncident> walkedBefore = List.of();
  private long lastWalked = -1;

  private void assertMatchesFullReconciliation(String when) throws Exception {
    CampaignRecord full = Reconciler.reconcile(db.facts().latestExtractions());
    Decisions.Applied applied = Decisions.apply(full, db.decisions().all());
    RecordRepository.Whole whole = db.record().whole();
    assertThat(whole.version()).as(when).isEqualTo(db.version());
    assertThat(whole.documents()).as(when).isEqualTo(db.documents().count());
    CampaignRecord kept = whole.applied().record();
    assertThat(kept.incidents()).as(when + ": the whole record's incidents")
        .containsExactlyInAnyOrderElementsOf(applied.record().incidents());
    assertThat(kept.tallies()).as(when + ": tallies").isEqualTo(applied.record().tallies());
    assertThat(kept.claims()).as(when + ": claims").isEqualTo(applied.record().claims());
    assertThat(kept.contradictions()).as(when + ": contradictions").isEqualTo(applied.record().contradictions());
    assertThat(kept.actors()).as(when + ": actors").isEqualTo(applied.record().actors());
    RecordRepository.ClaimPage claims = db.record().claims(new RecordRepository.ClaimFilter(null, null, null, null, null, 1000, 0));
    assertThat(claims.items()).as(when + ": the claims list").isEqualTo(applied.record().claims());
    assertThat(claims.total()).as(when + ": claims counted").isEqualTo(applied.record().claims().size());
    assertThat(claims.version()).as(when).isEqualTo(db.version());
    RecordRepository.Series series = db.record().tallies(RecordRepository.TallyQuery.all());
    assertThat(series.points()).as(when + ": the tally series from its index").isEqualTo(applied.record().tallies());
    assertThat(series.total()).as(when + ": tallies counted").isEqualTo(applied.record().tallies().size());
    assertThat(series.version()).as(when).isEqualTo(db.version());
    List<org.reckon.model.TallyPoint> paged = new ArrayList<>();
    for (int offset = 0; offset < series.total(); offset += 3) {
      paged.addAll(db.record().tallies(new RecordRepository.TallyQuery(null, null, null, 3, offset)).points());
    }
    assertThat(paged).as(when + ": the series three at a time, each page flagged against every day before it")
        .isEqualTo(applied.record().tallies());
    String from = FIRST.plusDays(3).toString();
    String to = FIRST.plusDays(6).toString();
    RecordRepository.Series deaths = db.record().tallies(new RecordRepository.TallyQuery(TallyMetric.KILLED, from, to, 1000, 0));
    List<org.reckon.model.TallyPoint> expectedDeaths = applied.record().tallies().stream().filter(p -> p.metric() == TallyMetric.KILLED
        && p.asOf() != null && p.asOf().toString().compareTo(from) >= 0 && p.asOf().toString().compareTo(to) <= 0).toList();
    assertThat(deaths.points()).as(when + ": the deaths as of " + from + " to " + to).isEqualTo(expectedDeaths);
    assertThat(deaths.total()).isEqualTo(expectedDeaths.size());
    Map<String, Integer> toldExpected = new TreeMap<>();
    Map<String, String> firstSource = new TreeMap<>();
    for (var p : applied.record().tallies()) {
      if (p.metric() == TallyMetric.KILLED && p.asOf() != null) {
        String key = p.asOf() + " " + p.count().value() + " " + p.count().bound().key() + " " + p.belowEarlierBound();
        toldExpected.merge(key, 1, Integer::sum);
        firstSource.merge(key, p.source(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    Map<String, Integer> toldFound = new TreeMap<>();
    for (RecordRepository.Told t : db.record().told(TallyMetric.KILLED)) {
      String key = t.asOf() + " " + t.count().value() + " " + t.count().bound().key() + " " + t.belowEarlierBound();
      assertThat(toldFound.put(key, t.reports())).as(when + ": one point per day and figure, " + key).isNull();
      assertThat(t.source()).as(when + ": the first source of " + key).isEqualTo(firstSource.get(key));
    }
    assertThat(toldFound).as(when + ": the series of deaths as the chart draws it").isEqualTo(toldExpected);
    assertThat(db.record().actors().items()).as(when + ": the actors from their index").isEqualTo(applied.record().actors());
    assertFigures(when, db.record().figures(), applied.record());
    long since = db.decisions().all().size() / 2;
    List<RecordIncident> walked = new ArrayList<>();
    RecordRepository.Walked walk = db.record().walk(-1, since, walked::add);
    assertThat(walked).as(when + ": every served incident, walked").containsExactlyInAnyOrderElementsOf(applied.record().incidents());
    assertThat(walk.ids()).as(when + ": their ids").isEqualTo(applied.record().incidents().stream().map(RecordIncident::incidentId)
        .collect(java.util.stream.Collectors.toSet()));
    assertThat(walk.version()).isEqualTo(db.version());
    assertThat(walk.changesSince()).as(when + ": the changes of the decisions after " + since)
        .containsExactlyInAnyOrderElementsOf(applied.changes().stream().filter(c -> c.decision().seq() > since).toList());
    // what changed since the last walk: every incident that differs from it, and only those written since
    List<RecordIncident> changed = new ArrayList<>();
    db.record().walk(lastWalked, 0, changed::add);
    java.util.Set<RecordIncident> before = new java.util.HashSet<>(walkedBefore);
    assertThat(changed).as(when + ": written since version " + lastWalked).containsAll(walked.stream()
        .filter(i -> !before.contains(i)).toList());
    assertThat(walked).as(when).containsAll(changed);
    walkedBefore = walked;
    lastWalked = walk.version();
    assertThat(db.record().contradictions().items()).as(when + ": contradictions from the index of stances")
        .isEqualTo(applied.record().contradictions());
    assertThat(kept.killedSum()).as(when + ": running toll").isEqualTo(applied.record().killedSum());
    assertThat(whole.applied().changes()).as(when + ": changes").isEqualTo(applied.changes());
    assertThat(whole.applied().problems()).as(when + ": problems").isEqualTo(applied.problems());
    var claimsByDocument = RecordJson.claimsByDocument(applied.record().claims());
    Map<String, JsonNode> expected = new TreeMap<>();
    for (RecordIncident i : applied.record().incidents()) {
      expected.put(i.incidentId(), RecordJson.incident(i, claimsByDocument));
    }
    RecordRepository.Page page = db.record().incidents(new RecordRepository.Query(null, null, null, null, null, null,
        "date", false, 1000, 0));
    List<String> listed = new ArrayList<>();
    for (String item : page.items()) {
      listed.add(JSON.readTree(item).get("incident_id").asText());
    }
    List<String> inOrder = applied.record().incidents().stream()
        .sorted(java.util.Comparator.comparing((RecordIncident i) -> i.date().day()).thenComparing(RecordIncident::incidentId))
        .map(RecordIncident::incidentId).toList();
    assertThat(listed).as(when).isEqualTo(inOrder);
    assertThat(page.total()).as(when).isEqualTo(expected.size());
    for (Map.Entry<String, JsonNode> x : expected.entrySet()) {
      ObjectNode served = (ObjectNode) JSON.readTree(db.record().incident(x.getKey()).orElseThrow().json());
      JsonNode history = served.remove("history");
      served.remove("claims");
      assertThat(served).as(when + ": " + x.getKey()).isEqualTo(x.getValue());
      long changes = applied.changes().stream().filter(c -> c.incidentId().equals(x.getKey())).count();
      assertThat(history).as(when + ": history of " + x.getKey()).hasSize((int) changes);
      RecordRepository.Shown shown = db.record().shown(x.getKey()).orElseThrow();
      assertThat(shown.incident()).as(when + ": " + x.getKey() + " as its page shows it")
          .isEqualTo(applied.record().incidents().stream().filter(i -> i.incidentId().equals(x.getKey())).findFirst().orElseThrow());
      assertThat(shown.changes()).as(when + ": changes to " + x.getKey())
          .isEqualTo(applied.changes().stream().filter(c -> c.incidentId().equals(x.getKey())).toList());
      assertThat(shown.version()).isEqualTo(db.version());
    }
  }

  /** The overview's figures, counted here from the fully reconciled record's incidents. */
  private void assertFigures(String when, RecordRepository.Figures f, CampaignRecord record) {
    List<RecordIncident> shown = record.incidents().stream()
        .filter(i -> !i.status().equals("rejected") && !i.status().equals("merged")).toList();
    assertThat(f.version()).as(when).isEqualTo(db.version());
    assertThat(f.strikes()).as(when + ": strikes").isEqualTo(shown.size());
    assertThat(f.killedMin()).as(when + ": killed, low").isEqualTo(shown.stream().mapToLong(i -> i.killedMin() == null ? 0 : i.killedMin()).sum());
    assertThat(f.killedMax()).as(when + ": killed, high").isEqualTo(shown.stream()
        .mapToLong(i -> i.killedMax() != null ? i.killedMax() : i.killedMin() == null ? 0 : i.killedMin()).sum());
    assertThat(f.open()).as(when + ": open toll").isEqualTo(shown.stream().anyMatch(i -> i.killedMax() == null && i.killedMin() != null));
    assertThat(f.survivors()).as(when + ": survivors").isEqualTo(shown.stream()
        .mapToLong(i -> i.survivorsMin() == null ? 0 : i.survivorsMin()).sum());
    assertThat(f.sources()).as(when + ": source documents").isEqualTo((int) shown.stream().flatMap(i -> i.sources().stream())
        .map(org.reckon.model.IncidentSource::documentId).distinct().count());
    assertThat(f.documents()).as(when).isEqualTo(db.documents().count());
    assertThat(f.timeline()).as(when + ": the timeline").isEqualTo(shown.stream()
        .filter(i -> i.date().precision() == org.reckon.model.DatePrecision.DAY)
        .sorted(java.util.Comparator.comparing((RecordIncident i) -> i.date().day()).thenComparing(RecordIncident::incidentId))
        .map(i -> new RecordRepository.Bar(i.incidentId(), i.date().day(), i.region().key(), i.killedMin(), i.killedMax(),
            i.killedBest())).toList());
    assertThat(f.killedSum()).as(when + ": running toll").isEqualTo(record.killedSum());
    Map<String, Integer> byRegion = new TreeMap<>();
    shown.forEach(i -> byRegion.merge(i.region().key(), 1, Integer::sum));
    RecordRepository.Regions regions = db.record().regions();
    assertThat(regions.strikes()).as(when + ": strikes by region").isEqualTo(byRegion);
    assertThat(regions.total()).isEqualTo(shown.size());
    assertThat(regions.version()).isEqualTo(db.version());
  }

  private Decision decision(Random random, int n) {
    List<RecordIncident> incidents = Decisions.apply(Reconciler.reconcile(db.facts().latestExtractions()), db.decisions().all())
        .record().incidents();
    RecordIncident i = incidents.get(random.nextInt(incidents.size()));
    RecordIncident other = incidents.get(random.nextInt(incidents.size()));
    Instant at = Instant.parse("2026-01-02T00:00:00Z").plusSeconds(n);
    return switch (n / 5 % 6) {
      case 0 -> new Decision(0, at, "ana", Decision.Action.SET, i.incidentId(), null, "killed_best", "7", "counted again");
      case 1 -> new Decision(0, at, "ana", Decision.Action.MERGE, i.incidentId(), other.incidentId(), null, null, "same strike");
      case 2 -> new Decision(0, at, "ana", Decision.Action.SPLIT, i.incidentId(), i.sources().get(0).documentId().substring(0, 10),
          null, null, "another strike");
      case 3 -> new Decision(0, at, "ana", Decision.Action.CONFIRM, i.incidentId(), null, null, null, "checked");
      case 4 -> new Decision(0, at, "ana", Decision.Action.REJECT, "2025-12-25-caribbean", null, null, null, "not in the record");
      default -> new Decision(0, at, "ana", Decision.Action.SET, i.incidentId(), null, "region", "eastern_pacific", "map");
    };
  }

  private static Extraction generated(Random random, int n, String version) {
    return generated(random, n, version, null);
  }

  /** A report of one or two strikes; for {@code again}, a new extraction of that document. */
  private static Extraction generated(Random random, int n, String version, Document again) {
    LocalDate published = FIRST.plusDays(random.nextInt(9));
    int shape = random.nextInt(10);
    DateRange range = shape == 0 ? new DateRange(published.minusDays(2), published) : null;
    LocalDate day = shape <= 1 ? null : published;
    Document d = again;
    List<String> sentences = new ArrayList<>();
    int mentions = 1 + random.nextInt(2);
    for (int m = 0; m < mentions; m++) {
      sentences.add("Report " + n + "/" + m + ": on " + published.minusDays(random.nextInt(3)).getDayOfWeek()
          + " a strike killed people.");
    }
    sentences.add("Hegseth said it was lawful.");
    String text = String.join(" ", sentences);
    if (d == null) {
      d = new Document(TextNormalizer.sha256(text), "report-" + n + ".txt", null, "Report " + n,
          OUTLETS.get(random.nextInt(OUTLETS.size())), "en", day, range,
          day != null ? PublishedBasis.HEADER : range != null ? PublishedBasis.INFERRED : PublishedBasis.UNKNOWN, text, Map.of());
    }
    String body = d.text();
    List<Incident> incidents = new ArrayList<>();
    int at = 0;
    for (int m = 0; m < mentions; m++) {
      int end = body.indexOf('.', at) + 1;
      Span span = Span.of(body, at, end);
      at = end + 1;
      LocalDate when = published.minusDays(random.nextInt(3));
      int kind = random.nextInt(20);
      Region region = kind < 3 ? Region.UNKNOWN : Region.fromKey(random.nextBoolean() ? "caribbean" : "eastern_pacific");
      DateValue date = kind == 3 || kind == 4 ? DateValue.ofMonth(java.time.YearMonth.from(when))
          : kind == 5 || kind == 6 || kind == 7 && again == null && d.published() == null ? DateValue.UNKNOWN
          : DateValue.ofDay(when);
      boolean announced = kind >= 8 && kind <= 9 || kind >= 12 && kind <= 14;
      int k = 2 + random.nextInt(3);
      CountRange killed = kind == 10 ? null : kind == 11 ? new CountRange(k, null) : CountRange.exactly(k);
      incidents.add(new Incident(date, announced && date.precision() == org.reckon.model.DatePrecision.DAY, region, null,
          random.nextInt(3) == 0 ? 1 : null, killed, null, null,
          random.nextInt(4) == 0 ? List.of("Tren de Aragua") : List.of(), List.of(), List.of(span)));
    }
    Span said = Span.of(body, body.indexOf("Hegseth"), body.length());
    String about = incidents.get(0).date().known() ? "incident:" + incidents.get(0).date().iso() : "campaign";
    List<Claim> claims = random.nextInt(3) == 0
        ? List.of(new Claim("Pete Hegseth", "Hegseth", SpeakerType.NAMED_OFFICIAL, ClaimKind.PARAPHRASE, "it was lawful", about,
            List.of(said)))
        : List.of();
    // a campaign tally in every third report, an actor beside each claim (no draws: the sequence above stays as it was)
    // (and in every fifth a count of strikes, as of the day or undated, some "almost": the series' order and its flags)
    List<org.reckon.model.Tally> tallies = new ArrayList<>();
    if (n % 3 == 0) {
      tallies.add(new org.reckon.model.Tally(org.reckon.model.TallyMetric.KILLED,
          n % 2 == 0 ? org.reckon.model.Count.exactly(20 + n % 4) : org.reckon.model.Count.atLeast(30 - n % 5), published,
          List.of(incidents.get(0).evidence().get(0))));
    }
    if (n % 5 == 0) {
      tallies.add(new org.reckon.model.Tally(TallyMetric.STRIKES, org.reckon.model.Count.of(Math.max(1, 12 - n / 5),
          n % 10 == 0 ? org.reckon.model.Bound.ALMOST : org.reckon.model.Bound.AT_LEAST), n % 4 == 0 ? null : published,
          List.of(incidents.get(0).evidence().get(0))));
    }
    // the one actor, spelt with and without an accent, and a second one in some reports
    List<org.reckon.model.Actor> actors = new ArrayList<>();
    if (!claims.isEmpty()) {
      actors.add(new org.reckon.model.Actor(n % 4 == 0 ? "Pete Hégseth" : "Pete Hegseth", org.reckon.model.ActorType.PERSON,
          List.of(n % 2 == 0 ? "Hegseth" : "the secretary"), List.of("Secretary of War"), List.of(said)));
    }
    if (n % 7 == 0) {
      actors.add(new org.reckon.model.Actor("Southern Command", org.reckon.model.ActorType.ORGANIZATION, List.of("SOUTHCOM"),
          List.of(), List.of(said)));
    }
    return new Extraction(d, version, "en", d.published(), d.publishedRange(), d.publishedBasis(), incidents, tallies, claims,
        actors, List.of());
  }
}
