package org.reckon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reckon.model.DateRange;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * The storage contract: one suite, run unchanged against SQLite ({@link SqliteDocumentRepositoryTest})
 * and a real PostgreSQL server ({@link PostgresDocumentRepositoryIT}).
 */
abstract class DocumentRepositoryContract {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  Database db;

  /** A location (file path or JDBC URL) of a new, empty database. */
  abstract String newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    db = Database.open(newDatabase(), CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Document document(String source, String text, LocalDate published) {
    String id = org.reckon.ingest.TextNormalizer.sha256(text);
    return new Document(id, source, "https://news.example/" + source, "Title of " + source, "Example Wire", "en",
        published, null, PublishedBasis.HEADER, text, Map.of("author", "A. Reporter", "section", "World"));
  }

  @Test
  void add_newDocument_isStoredWhole() {
    Document d = document("a.txt", "Eleven were killed on Tuesday. «Ñ» — ok", LocalDate.of(2025, 9, 3));

    assertThat(db.documents().add(d)).isTrue();

    assertThat(db.documents().find(d.id())).isEqualTo(d);
    assertThat(db.documents().count()).isEqualTo(1);
  }

  @Test
  void add_sameTextTwice_storesOnceAndRemembersBothSources() {
    Document first = document("a.txt", "Same text.", LocalDate.of(2025, 9, 3));
    Document copy = document("copy/b.txt", "Same text.", LocalDate.of(2025, 9, 4));

    assertThat(db.documents().add(first)).isTrue();
    assertThat(db.documents().add(copy)).isFalse();
    assertThat(db.documents().add(copy)).isFalse();

    assertThat(db.documents().count()).isEqualTo(1);
    assertThat(db.documents().find(first.id()).source()).isEqualTo("a.txt");
    assertThat(db.documents().sources(first.id())).containsExactly("a.txt", "copy/b.txt");
  }

  @Test
  void add_unknownDateAndRange_roundTrip() {
    Document unknown = new Document(org.reckon.ingest.TextNormalizer.sha256("x"), "x.txt", null, null, null, null,
        null, null, PublishedBasis.UNKNOWN, "x", Map.of());
    Document ranged = new Document(org.reckon.ingest.TextNormalizer.sha256("y"), "y.txt", null, null, null, null,
        null, new DateRange(LocalDate.of(2025, 10, 10), null), PublishedBasis.INFERRED, "y", Map.of());

    db.documents().add(unknown);
    db.documents().add(ranged);

    assertThat(db.documents().find(unknown.id())).isEqualTo(unknown);
    assertThat(db.documents().find(ranged.id())).isEqualTo(ranged);
  }

  @Test
  void list_ordersByPublishedThenSourceWithUnknownLast() {
    db.documents().add(document("c.txt", "third", LocalDate.of(2025, 10, 1)));
    db.documents().add(new Document(org.reckon.ingest.TextNormalizer.sha256("undated"), "a.txt", null, null, null,
        null, null, null, PublishedBasis.UNKNOWN, "undated", Map.of()));
    db.documents().add(document("b.txt", "second", LocalDate.of(2025, 9, 15)));
    db.documents().add(document("a.txt", "first", LocalDate.of(2025, 9, 15)));

    List<DocumentSummary> list = db.documents().list();

    assertThat(list).extracting(DocumentSummary::source).containsExactly("a.txt", "b.txt", "c.txt", "a.txt");
    assertThat(list.get(0).characters()).isEqualTo(5);
    assertThat(list.get(3).published()).isNull();
    assertThat(list.get(3).publishedBasis()).isEqualTo("unknown");
  }

  @Test
  void forEach_streamsEveryDocumentInListOrder() {
    db.documents().add(document("b.txt", "later", LocalDate.of(2025, 11, 1)));
    db.documents().add(document("a.txt", "earlier", LocalDate.of(2025, 9, 1)));
    List<String> texts = new ArrayList<>();

    db.documents().forEach(d -> texts.add(d.text()));

    assertThat(texts).containsExactly("earlier", "later");
  }

  @Test
  void find_uniquePrefix_findsIt_caseInsensitive() {
    Document d = document("a.txt", "findable", LocalDate.of(2025, 9, 3));
    db.documents().add(d);
    assertThat(db.documents().find(d.id().substring(0, 6).toUpperCase()).id()).isEqualTo(d.id());
  }

  @Test
  void find_unknownPrefix_saysHowToListIds() {
    assertThatThrownBy(() -> db.documents().find("abc123"))
        .isInstanceOf(StoreException.class)
        .hasMessage("no document id starts with 'abc123' in " + db.description() + "; list them with 'reckon docs'");
  }

  @Test
  void find_notHex_isRejected() {
    assertThatThrownBy(() -> db.documents().find("seed-004"))
        .hasMessage("'seed-004' is not a document id: ids are hex digits; list them with 'reckon docs'");
  }

  @Test
  void find_ambiguousPrefix_listsCandidates() {
    // Texts chosen so that their SHA-256 ids share a first digit.
    List<Document> added = new ArrayList<>();
    for (int i = 0; added.size() < 2; i++) {
      Document d = document(i + ".txt", "text " + i, LocalDate.of(2025, 9, 3));
      if (added.isEmpty() || added.get(0).id().charAt(0) == d.id().charAt(0)) {
        db.documents().add(d);
        added.add(d);
      }
    }
    String prefix = added.get(0).id().substring(0, 1);

    assertThatThrownBy(() -> db.documents().find(prefix))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("'" + prefix + "' matches several documents (")
        .hasMessageEndingWith("); give more digits");
  }

  @Test
  void add_stampsIngestTimeFromTheClock() throws Exception {
    Document d = document("a.txt", "stamped", LocalDate.of(2025, 9, 3));
    db.documents().add(d);
    String stamped = db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT ingested_at FROM documents WHERE id = ?")) {
        s.setString(1, d.id());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      }
    });
    assertThat(stamped).isEqualTo("2026-01-02T03:04:05.000000000Z");
  }

  @Test
  void ingestTimes_sortAsTextInTheOrderOfTime() throws Exception {
    // half a second a tick, so whole seconds and fractions alternate: Instant.toString gives "...:05Z" and
    // "...:05.500Z", which sort the wrong way round as text
    Instant start = Instant.parse("2026-01-02T03:04:05Z");
    java.util.concurrent.atomic.AtomicLong ticked = new java.util.concurrent.atomic.AtomicLong();
    Clock ticking = clock(() -> start.plusMillis(500 * ticked.getAndIncrement()));
    db.close();
    db = Database.open(currentLocation(), ticking);
    for (String source : List.of("a.txt", "b.txt", "c.txt", "d.txt")) {
      db.documents().add(document(source, "stored as " + source, LocalDate.of(2025, 9, 3)));
    }
    List<String> bySortedText = db.read(c -> {
      List<String> sources = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT source FROM documents ORDER BY ingested_at");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sources.add(rs.getString(1));
        }
      }
      return sources;
    });
    assertThat(bySortedText).containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
  }

  @Test
  void searchIndex_findsADocumentStoredAfterTheClockWasSetBack() throws Exception {
    java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
        Instant.parse("2026-01-02T04:00:00Z"));
    db.close();
    db = Database.open(currentLocation(), clock(now::get));
    db.documents().add(document("first.txt", "the first dispatch", LocalDate.of(2025, 9, 3)));
    try (org.reckon.search.SearchIndex index = org.reckon.search.SearchIndex.build(db)) {
      now.set(Instant.parse("2026-01-02T03:00:00Z")); // an hour back
      db.documents().add(document("second.txt", "the second dispatch", LocalDate.of(2025, 9, 3)));
      index.update(db);

      assertThat(index.search("second", 10).hits()).extracting(org.reckon.search.SearchIndex.Hit::source)
          .containsExactly("second.txt");
      assertThat(index.indexedVersion()).isEqualTo(db.version());
    }
  }

  /** A clock in UTC that tells the instants {@code instants} gives. */
  static Clock clock(java.util.function.Supplier<Instant> instants) {
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return instants.get();
      }
    };
  }

  @Test
  void decisions_areAppendOnly() {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO decisions (made_at, made_by, action, incident_id, reason) "
          + "VALUES ('2026-01-01T00:00:00Z', 'editor', 'confirm', 'inc-1', 'two outlets agree')")) {
        return s.executeUpdate();
      }
    });

    assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE decisions SET reason = 'x'")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("decisions are append-only");
    assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM decisions")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("decisions are append-only");
    int decisions = db.read(c -> {
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM decisions")) {
        rs.next();
        return rs.getInt(1);
      }
    });
    assertThat(decisions).isEqualTo(1);
  }

  @Test
  void failedWrite_leavesNothingHalfWritten() {
    Document d = document("a.txt", "atomic", LocalDate.of(2025, 9, 3));
    assertThatThrownBy(() -> db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO document_sources (document_id, source, first_seen) "
          + "VALUES (?, 'a.txt', 'now')")) {
        s.setString(1, d.id()); // violates the foreign key: no such document
        return s.executeUpdate();
      }
    })).isInstanceOf(StoreException.class).hasMessageContaining("nothing of this write was stored");
    assertThat(db.documents().sources(d.id())).isEmpty();
  }

  @Test
  void reopen_keepsDataAndDoesNotMigrateTwice() throws Exception {
    Document d = document("a.txt", "persistent", LocalDate.of(2025, 9, 3));
    db.documents().add(d);
    String location = currentLocation();
    db.close();

    db = Database.open(location, CLOCK);

    assertThat(db.documents().find(d.id())).isEqualTo(d);
  }

  @Test
  void facts_savedWithTheirDocument_readBackAsTheSameExtraction() {
    String text = "“We struck the boat,” Defense Secretary Pete Hegseth said. Tuesday's strike in the Caribbean killed "
        + "three people. Since September, the strikes have killed at least 40 people.";
    Document d = new Document(org.reckon.ingest.TextNormalizer.sha256(text), "a.txt", null, null, "Wire", "en",
        LocalDate.of(2025, 9, 17), null, PublishedBasis.HEADER, text, Map.of());
    org.reckon.model.Extraction e = new org.reckon.extract.Extractor().extract(d);

    assertThat(db.documents().add(d, e)).isTrue();
    assertThat(db.facts().save(e)).isFalse(); // same extractor version: stored once

    assertThat(db.facts().latestExtractions()).containsExactly(e);
    assertThat(db.facts().hasExtraction(d.id(), e.extractorVersion())).isTrue();
    assertThat(db.facts().documentsWithout(e.extractorVersion())).isEmpty();
    assertThat(db.facts().documentsWithout("rules-next")).containsExactly(d.id());
    assertThat(db.facts().countsByType()).containsEntry("incident", 1).containsEntry("tally", 1);
  }

  @Test
  void decisions_appendInOrderWithAssignedNumbers() {
    java.time.Instant at = java.time.Instant.parse("2026-01-02T03:04:05Z");
    org.reckon.model.Decision first = db.decisions().append(new org.reckon.model.Decision(0, at, "ana",
        org.reckon.model.Decision.Action.SET, "2025-09-02-caribbean", null, "killed_best", "11", "named by the Pentagon"));
    org.reckon.model.Decision second = db.decisions().append(new org.reckon.model.Decision(0, at, "bo",
        org.reckon.model.Decision.Action.MERGE, "2025-09-02-caribbean", "2025-09-unknown", null, null, "same boat"));

    assertThat(second.seq()).isGreaterThan(first.seq());
    assertThat(db.decisions().all()).containsExactly(first, second);
  }

  @Test
  void accounts_addFindListAndRemove() {
    assertThat(db.accounts().add("ana", Account.Role.EDITOR, "$argon2id$hash-a")).isTrue();
    assertThat(db.accounts().add("bo", Account.Role.VIEWER, "$argon2id$hash-b")).isTrue();

    assertThat(db.accounts().add("ana", Account.Role.ADMIN, "$argon2id$other")).isFalse();
    assertThat(db.accounts().find("ana")).hasValueSatisfying(a -> {
      assertThat(a.role()).isEqualTo(Account.Role.EDITOR);
      assertThat(a.passwordHash()).isEqualTo("$argon2id$hash-a");
      assertThat(a.createdAt()).isEqualTo(CLOCK.instant());
    });
    assertThat(db.accounts().list()).extracting(Account::name).containsExactly("ana", "bo");
    assertThat(db.accounts().remove("bo")).isTrue();
    assertThat(db.accounts().remove("bo")).isFalse();
    assertThat(db.accounts().count()).isEqualTo(1);
  }

  @Test
  void sessions_endAtExpiryAndWithTheirAccountsPassword() {
    String token = "a".repeat(64);
    db.accounts().add("ana", Account.Role.EDITOR, "$argon2id$hash-a");
    db.accounts().addSession(token, "ana", "csrf-1", CLOCK.instant().plusSeconds(60));

    assertThat(db.accounts().findSession(token, CLOCK.instant())).hasValueSatisfying(s -> {
      assertThat(s.account().name()).isEqualTo("ana");
      assertThat(s.csrfToken()).isEqualTo("csrf-1");
    });
    assertThat(db.accounts().findSession(token, CLOCK.instant().plusSeconds(60))).isEmpty();
    assertThat(db.accounts().findSession("b".repeat(64), CLOCK.instant())).isEmpty();

    db.accounts().setPassword("ana", "$argon2id$new");
    assertThat(db.accounts().findSession(token, CLOCK.instant())).isEmpty();
    db.accounts().addSession(token, "ana", "csrf-2", CLOCK.instant().plusSeconds(60));
    db.accounts().remove("ana");
    assertThat(db.accounts().findSession(token, CLOCK.instant())).isEmpty();
  }

  @Test
  void sessions_expiredOnesAreForgotten() {
    db.accounts().add("ana", Account.Role.EDITOR, "$argon2id$hash-a");
    db.accounts().addSession("a".repeat(64), "ana", "c1", CLOCK.instant().minusSeconds(1));
    db.accounts().addSession("b".repeat(64), "ana", "c2", CLOCK.instant().plusSeconds(60));

    assertThat(db.accounts().removeExpiredSessions(CLOCK.instant())).isEqualTo(1);
    assertThat(db.accounts().findSession("b".repeat(64), CLOCK.instant())).isPresent();
  }

  @Test
  void releases_storedWhole_nameOnce_andImmutable() {
    Release r = new Release("2026-01", CLOCK.instant(), "ana", 3, "Reckon record, release 2026-01",
        List.of(new Release.File("CHANGES.md", "a".repeat(64), "# Changes\n"), new Release.File("incidents.csv", "b".repeat(64), "id\n")));

    assertThat(db.releases().create(r)).isTrue();
    assertThat(db.releases().create(new Release("2026-01", CLOCK.instant(), "bo", 4, "other", List.of()))).isFalse();

    assertThat(db.releases().find("2026-01")).hasValue(r);
    assertThat(db.releases().latest()).hasValue(r);
    for (String sql : List.of("UPDATE releases SET citation = 'x'", "DELETE FROM releases", "UPDATE release_files SET content = 'x'",
        "DELETE FROM release_files")) {
      assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate(sql)))
          .as(sql).isInstanceOf(StoreException.class).hasMessageContaining("releases are immutable");
    }
    assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO release_files "
        + "(release_name, path, sha256, content) VALUES ('2026-01', 'extra.csv', '" + "c".repeat(64) + "', 'x')")))
        .as("a release is sealed once its files are in").isInstanceOf(StoreException.class)
        .hasMessageContaining("releases are immutable");
    assertThat(db.releases().list()).containsExactly(r);
  }

  /** The location {@link #newDatabase()} last returned. */
  abstract String currentLocation();
}
