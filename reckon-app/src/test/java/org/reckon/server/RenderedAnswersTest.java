package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;
import org.reckon.store.Database;

/**
 * Answers kept by record version and request: a client holding the current answer gets 304, a
 * repeated request the same body, and after an ingest nobody gets the older version's body; the
 * overview's content is rendered once per version.
 */
class RenderedAnswersTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Database db;
  private Database writer;
  private ReckonServer server;

  @BeforeEach
  void start() throws Exception {
    db = TestRecord.create(dir);
    writer = db.reopen();
    server = ReckonServer.start(db, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.close();
    writer.close();
    db.close();
  }

  private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long version(HttpResponse<String> r) {
    return Long.parseLong(r.headers().firstValue(ReckonServer.VERSION_HEADER).orElseThrow());
  }

  private static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void repeatedRequest_sameBodyAndTag_matchingTagGets304WithoutBody() throws Exception {
    String path = "/api/incidents?limit=100";
    HttpResponse<String> first = get(path, null);
    HttpResponse<String> second = get(path, null);
    HttpResponse<String> notModified = get(path, etag(first));
    HttpResponse<String> weakInList = get(path, "\"other\", W/" + etag(first));
    HttpResponse<String> otherQuery = get("/api/incidents?limit=99", etag(first));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(etag(second)).isEqualTo(etag(first));
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(version(notModified)).isEqualTo(version(first));
    assertThat(etag(notModified)).isEqualTo(etag(first));
    assertThat(weakInList.statusCode()).isEqualTo(304);
    assertThat(otherQuery.statusCode()).as("another request's tag").isEqualTo(200);
    assertThat(JSON.readTree(otherQuery.body()).get("items")).hasSize(Math.min(99, JSON.readTree(first.body()).get("total").asInt()));
  }

  @Test
  void afterAnIngest_neverTheOlderBody_andTheOldTagNoLongerMatches() throws Exception {
    String path = "/api/incidents?limit=1000";
    HttpResponse<String> before = get(path, null);
    get(path, null); // kept now
    JsonNode old = JSON.readTree(before.body());
    String missing = "/api/incidents/2024-03-05-caribbean";
    assertThat(get(missing, null).statusCode()).isEqualTo(404);

    Document doc = report("A U.S. strike on a boat in the Caribbean on March 5, 2024 killed four people, officials said.");
    writer.documents().add(doc, new Extractor().extract(doc));

    HttpResponse<String> after = get(path, null);
    HttpResponse<String> withOldTag = get(path, etag(before));
    JsonNode now = JSON.readTree(after.body());
    assertThat(version(after)).isGreaterThan(version(before)).isEqualTo(writer.version());
    assertThat(now.get("version").asLong()).isEqualTo(version(after));
    assertThat(now.get("total").asInt()).isEqualTo(old.get("total").asInt() + 1);
    assertThat(etag(after)).isNotEqualTo(etag(before));
    assertThat(withOldTag.statusCode()).isEqualTo(200);
    assertThat(withOldTag.body()).isEqualTo(after.body());
    HttpResponse<String> found = get(missing, null);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(version(found)).isEqualTo(version(after));
    assertThat(JSON.readTree(found.body()).get("killed_min").asInt()).isEqualTo(4);
  }

  @Test
  void overview_renderedOncePerVersion_showsTheNewStrikeAfterAnIngest() throws Exception {
    int before = strikes(get("/", null).body());
    assertThat(strikes(get("/", null).body())).isEqualTo(before);

    Document doc = report("A U.S. strike on a boat in the eastern Pacific on March 7, 2024 killed two people, officials said.");
    writer.documents().add(doc, new Extractor().extract(doc));

    String after = get("/", null).body();
    assertThat(strikes(after)).isEqualTo(before + 1);
    assertThat(after).startsWith("<!DOCTYPE html>").contains("<title>Overview — Reckon</title>").contains("Strikes over time");
  }

  private static int strikes(String overview) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span class=\"value\">(\\d+)</span><span class=\"label\">strikes</span>")
        .matcher(overview);
    assertThat(m.find()).as("the strikes figure in " + overview).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void keptAnswers_boundedInEntriesAndBytes_olderVersionsDropped() {
    Rendered r = new Rendered(3, 1000);
    byte[] small = "{}".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 5; i++) {
      r.put(7, "q" + i, small);
    }
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.get(7, "q0")).isNull();
    assertThat(r.get(7, "q4").body()).isEqualTo(small);

    r.put(8, "q4", small);
    assertThat(r.size()).as("answers of version 7 dropped once one of 8 is kept").isEqualTo(1);
    assertThat(r.get(7, "q4")).isNull();
    r.put(7, "q3", small); // read just before version 8 was committed: served, not kept
    assertThat(r.get(7, "q3")).isNull();

    Rendered bytes = new Rendered(100, 1000);
    bytes.put(8, "big", new byte[600]); // more than a quarter of the bytes allowed
    assertThat(bytes.get(8, "big")).isNull();
    for (String q : new String[] {"a", "b", "c", "d"}) {
      bytes.put(8, q, new byte[240]);
    }
    assertThat(bytes.get(8, "a")).isNotNull(); // used: b is now the least recently used
    bytes.put(8, "e", new byte[240]);
    assertThat(bytes.get(8, "b")).as("over 1000 bytes: the least recently used dropped").isNull();
    assertThat(bytes.size()).isEqualTo(4);
    assertThat(bytes.get(8, "a")).isNotNull();
    assertThat(bytes.get(8, "e")).isNotNull();
  }

  @Test
  void concurrentAskers_ofAnAnswerNotKept_readTheDatabaseOnce_andShareItsFailure() throws Exception {
    Rendered r = new Rendered(10, 1 << 20);
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Rendered.Answer>> asked = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(() -> r.answer(3, "q", () -> {
          reads.incrementAndGet();
          release.await();
          return new Rendered.Read(4, "{\"version\":4}"); // committed meanwhile: a later version, never an earlier
        })));
      }
      Thread.sleep(200);
      release.countDown();
      for (java.util.concurrent.Future<Rendered.Answer> f : asked) {
        assertThat(f.get().version()).isEqualTo(4);
        assertThat(new String(f.get().body(), StandardCharsets.UTF_8)).isEqualTo("{\"version\":4}");
      }
      assertThat(reads.get()).isEqualTo(1);
      assertThat(r.get(4, "q")).isNotNull();

      java.util.concurrent.CountDownLatch failing = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Rendered.Answer>> failed = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        failed.add(pool.submit(() -> r.answer(5, "missing", () -> {
          failing.await();
          throw ApiError.notFound("incident", "missing");
        })));
      }
      Thread.sleep(100);
      failing.countDown();
      for (java.util.concurrent.Future<Rendered.Answer> f : failed) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(f::get)).hasCauseInstanceOf(ApiError.class);
      }
      assertThat(r.answer(5, "missing", () -> new Rendered.Read(5, "{}")).version()).as("a failure is not kept").isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tags_differByVersionAndRequest_andMatchAsHttpSays() {
    String tag = Rendered.etag(5, "incidents x");
    assertThat(tag).isEqualTo(Rendered.etag(5, "incidents x")).isNotEqualTo(Rendered.etag(6, "incidents x"))
        .isNotEqualTo(Rendered.etag(5, "incidents y")).startsWith("\"5-").endsWith("\"");
    assertThat(Rendered.matches(tag, tag)).isTrue();
    assertThat(Rendered.matches("W/" + tag, tag)).isTrue();
    assertThat(Rendered.matches("\"a\" , " + tag, tag)).isTrue();
    assertThat(Rendered.matches("*", tag)).isTrue();
    assertThat(Rendered.matches(null, tag)).isFalse();
    assertThat(Rendered.matches(Rendered.etag(4, "incidents x"), tag)).isFalse();
  }

  private static Document report(String text) {
    String body = TextNormalizer.normalize(text);
    return new Document(TextNormalizer.sha256(body), "cache/report.txt", null, "Report", "Outlet", "en", LocalDate.of(2024, 3, 6), null,
        PublishedBasis.HEADER, body, Map.of());
  }
}
