package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.ingest.DocumentReader;
import org.reckon.model.Decision;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.Reconciler;
import org.reckon.store.Database;

/**
 * A reader never sees a record that mixes two states (issue #10, D2 and item 4): while another
 * connection ingests documents one by one and records a decision, readers ask the server in a
 * loop, and every answer must be what the full reconciliation of the documents and decisions the
 * database held at the answer's version gives. At the end the server must show the last version
 * (D2: it stayed behind the database, 4,975 of 5,000 documents, until the next change).
 */
abstract class ServerConsistencyContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int DOCUMENTS = 40;
  private static final List<String> SEAS = List.of("in the Caribbean", "in the eastern Pacific");

  @TempDir Path dir;

  /** A location (file path or JDBC URL) of a new, empty database. */
  abstract String newDatabase(Path dir) throws Exception;

  abstract void stopDatabase() throws Exception;

  private record Answer(String path, long version, JsonNode body) {}

  @Test
  void readersDuringIngest_everyAnswerIsTheRecordAtItsVersion_andTheServerEndsAtTheLast() throws Exception {
    String location = newDatabase(dir);
    List<Document> documents = documents();
    Extractor extractor = new Extractor();
    Map<Long, Integer> documentsAt = new ConcurrentHashMap<>();
    Map<Long, Integer> decisionsAt = new ConcurrentHashMap<>();
    List<Extraction> stored = new ArrayList<>();
    List<Decision> decided = new ArrayList<>();
    Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (Database served = Database.open(location, TestRecord.CLOCK); Database writer = Database.open(location, TestRecord.CLOCK);
        ReckonServer server = ReckonServer.start(served, "127.0.0.1", 0)) {
      documentsAt.put(writer.version(), 0);
      decisionsAt.put(writer.version(), 0);
      List<String> paths = List.of("/api/incidents?limit=1000", "/api/incidents?limit=1000&sort=killed&order=desc",
          "/api/documents?limit=1000", "/api/claims?limit=1000", "/api/tallies", "/api/actors", "/api/review?limit=500");
      ExecutorService readers = Executors.newFixedThreadPool(paths.size());
      List<Future<?>> reading = new ArrayList<>();
      for (String path : paths) {
        reading.add(readers.submit(() -> {
          while (writing.get()) {
            answers.add(get(server.port(), path));
          }
          answers.add(get(server.port(), path));
          return null;
        }));
      }
      for (int n = 0; n < documents.size(); n++) {
        Extraction e = extractor.extract(documents.get(n));
        writer.documents().add(documents.get(n), e);
        stored.add(e);
        documentsAt.put(writer.version(), n + 1);
        decisionsAt.put(writer.version(), decided.size());
        if (n == DOCUMENTS / 2) {
          String id = Reconciler.reconcile(stored).incidents().get(0).incidentId();
          decided.add(writer.decisions().append(new Decision(0, Instant.parse("2026-01-02T00:00:00Z"), "ana",
              Decision.Action.SET, id, null, "killed_best", "9", "the navy's count")));
          documentsAt.put(writer.version(), n + 1);
          decisionsAt.put(writer.version(), decided.size());
        }
      }
      writing.set(false);
      for (Future<?> f : reading) {
        f.get();
      }
      readers.shutdown();
      long last = writer.version();

      assertThat(Reconciler.reconcile(stored).incidents()).hasSizeGreaterThan(10);
      assertThat(answers).hasSizeGreaterThan(8);
      assertThat(Reconciler.reconcile(stored).claims()).as("the reports' claims").hasSizeGreaterThan(DOCUMENTS / 2);
      assertThat(Reconciler.reconcile(stored).tallies()).as("the reports' tallies").hasSizeGreaterThan(DOCUMENTS / 6);
      assertThat(Reconciler.reconcile(stored).tallies()).as("a tally below an earlier one").anyMatch(t -> t.belowEarlierBound());
      assertThat(Reconciler.reconcile(stored).actors()).as("the reports' actors").isNotEmpty();
      for (Answer a : answers) {
        assertThat(documentsAt).as(a.path() + " answered at an unknown version " + a.version()).containsKey(a.version());
        int k = documentsAt.get(a.version());
        if (a.path().startsWith("/api/documents")) {
          assertThat(a.body().get("total").asInt()).as("documents at version " + a.version()).isEqualTo(k);
          assertThat(a.body().get("items")).as("documents listed at version " + a.version()).hasSize(k);
          assertThat(a.body().get("version").asLong()).isEqualTo(a.version());
          continue;
        }
        if (a.path().startsWith("/api/claims")) {
          List<String> said = new ArrayList<>();
          a.body().get("items").forEach(c -> said.add(c.get("document_id").asText() + "|" + c.get("text").asText()));
          assertThat(a.body().get("version").asLong()).isEqualTo(a.version());
          assertThat(said).as("claims at version " + a.version()).isEqualTo(Reconciler.reconcile(stored.subList(0, k)).claims()
              .stream().map(c -> c.documentId() + "|" + c.claim().text()).toList());
          assertThat(a.body().get("total").asInt()).isEqualTo(said.size());
          continue;
        }
        if (a.path().startsWith("/api/tallies")) {
          List<String> told = new ArrayList<>();
          a.body().forEach(t -> told.add(String.join("|", t.get("document_id").asText(), t.get("metric").asText(),
              t.get("as_of").asText(), t.get("value").asText(), t.get("bound").asText(), t.get("below_earlier_bound").asText())));
          assertThat(told).as("tallies at version " + a.version()).isEqualTo(Reconciler.reconcile(stored.subList(0, k)).tallies()
              .stream().map(t -> String.join("|", t.documentId(), t.metric().key(), String.valueOf(t.asOf()),
                  String.valueOf(t.count().value()), t.count().bound().key(), String.valueOf(t.belowEarlierBound()))).toList());
          continue;
        }
        if (a.path().startsWith("/api/actors")) {
          List<String> named = new ArrayList<>();
          a.body().forEach(x -> named.add(x.get("name").asText() + "|" + x.get("document_ids").size()));
          assertThat(named).as("actors at version " + a.version()).isEqualTo(Reconciler.reconcile(stored.subList(0, k)).actors()
              .stream().map(x -> x.name() + "|" + x.documentIds().size()).toList());
          continue;
        }
        Decisions.Applied applied = Decisions.apply(Reconciler.reconcile(stored.subList(0, k)),
            decided.subList(0, decisionsAt.get(a.version())));
        List<RecordIncident> expected = applied.record().incidents();
        if (a.path().startsWith("/api/review")) {
          // no release yet: every incident is new, newest strikes first; one an editor decided on is reviewed
          List<String> queued = new ArrayList<>();
          a.body().get("items").forEach(i -> queued.add(i.get("incident_id").asText() + "|" + i.get("reviewed").asText()));
          java.util.Set<String> decidedOn = new java.util.HashSet<>();
          applied.changes().forEach(c -> decidedOn.add(c.incidentId()));
          assertThat(queued).as("the review queue at version " + a.version()).isEqualTo(expected.stream()
              .sorted(Comparator.comparing((RecordIncident i) -> i.date().day(), Comparator.reverseOrder())
                  .thenComparing(RecordIncident::incidentId))
              .map(i -> i.incidentId() + "|" + decidedOn.contains(i.incidentId())).toList());
          assertThat(a.body().get("total").asInt()).isEqualTo(expected.size());
          continue;
        }
        List<String> got = new ArrayList<>();
        a.body().get("items").forEach(i -> got.add(row(i)));
        assertThat(a.body().get("version").asLong()).isEqualTo(a.version());
        assertThat(got).as(a.path() + " at version " + a.version()).isEqualTo(expectedRows(expected, a.path()));
      }
      Answer end = get(server.port(), "/api/documents?limit=1000");
      assertThat(end.version()).isEqualTo(last);
      assertThat(end.body().get("items")).hasSize(DOCUMENTS);
      assertThat(get(server.port(), "/api/incidents?limit=1000").version()).isEqualTo(last);
    } finally {
      stopDatabase();
    }
  }

  /** What a list item says of an incident, as one comparable line. */
  private static String row(JsonNode i) {
    List<String> sources = new ArrayList<>();
    i.get("sources").forEach(s -> sources.add(s.get("document_id").asText()));
    return String.join("|", i.get("incident_id").asText(), i.get("killed_min").asText(), i.get("killed_max").asText(),
        i.get("killed_best").asText(), i.get("grade").asText(), i.get("status").asText(), String.join(",", sources));
  }

  private static List<String> expectedRows(List<RecordIncident> incidents, String path) {
    Comparator<RecordIncident> order = path.contains("sort=killed")
        ? Comparator.comparing(RecordIncident::killedBest, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RecordIncident::incidentId).reversed()
        : Comparator.comparing((RecordIncident i) -> i.date().day()).thenComparing(RecordIncident::incidentId);
    return incidents.stream().sorted(order).map(i -> String.join("|", i.incidentId(), String.valueOf(i.killedMin()),
        String.valueOf(i.killedMax()), String.valueOf(i.killedBest()), i.grade(), i.status(),
        String.join(",", i.sources().stream().map(IncidentSource::documentId).toList()))).toList();
  }

  private static Answer get(int port, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    long version = Long.parseLong(r.headers().firstValue(ReckonServer.VERSION_HEADER).orElseThrow());
    return new Answer(path, version, JSON.readTree(r.body()));
  }

  /** Short reports written for this test: strikes on a few days and both seas, several reports of most. */
  private List<Document> documents() throws Exception {
    List<Document> documents = new ArrayList<>();
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    for (int n = 0; n < DOCUMENTS; n++) {
      LocalDate day = LocalDate.of(2025, 10, 3 + n % 7);
      String sea = SEAS.get(n / 7 % 2);
      int killed = 2 + n % 3;
      Path file = dir.resolve("report-" + n + ".txt");
      Files.writeString(file, "title: Strike report " + n + "\noutlet: Wire " + (n % 4) + "\npublished: " + day.plusDays(1)
          + "\n\nA US military strike on a boat " + sea + " on " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
              java.util.Locale.ENGLISH) + " " + day.getDayOfMonth() + " killed " + killed + " people, officials said. Report number "
          + n + "." + (n % 3 == 0 ? " The strikes have killed at least " + (10 + n % 4 * 5) + " people since September, "
              + "Defense Secretary Pete Hegseth said." : "") + "\n");
      reader.read(file, documents::add);
    }
    return documents;
  }
}
