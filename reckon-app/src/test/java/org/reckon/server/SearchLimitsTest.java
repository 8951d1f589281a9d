package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;
import org.reckon.store.Database;

/**
 * Search at Lucene's limits, on a real server: queries of more words than Lucene takes in one
 * query, and more hits than it counts by default. Issue #10 (D6): 513 words answered 500 plain
 * text (IndexSearcher.TooManyClauses), and 1,200 hits were reported as 1,000.
 */
class SearchLimitsTest {
  private static final int DOCUMENTS = 1_200;
  /** 600 different words: over Lucene's 1,024 clauses once each is searched in title and text. */
  private static final String HUGE_QUERY = IntStream.range(0, 600).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

  @TempDir static Path dir;
  private static Database db;
  private static ReckonServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    db = Database.open(dir.resolve("search.db").toString());
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = "A boat was struck, report number " + i + ".";
      db.documents().add(new Document(TextNormalizer.sha256(text), "generated/" + i + ".txt", null, null, null, "en",
          null, null, PublishedBasis.UNKNOWN, text, Map.of()), null);
    }
    server = ReckonServer.start(db, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  private static HttpResponse<String> get(String path, String q) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiSearch_tooManyWords_isBadParameterJson() throws Exception {
    HttpResponse<String> r = get("/api/search", HUGE_QUERY);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode error = JSON.readTree(r.body());
    assertThat(error.get("error").asText()).isEqualTo("bad_parameter");
    assertThat(error.get("parameter").asText()).isEqualTo("q");
    assertThat(error.get("value").asText()).isEqualTo(HUGE_QUERY);
    assertThat(error.get("message").asText()).isEqualTo(
        "q must be at most 256 words or phrases (this query has 600); search for fewer words");
  }

  @Test
  void apiSearch_asManyWordsAsTaken_isAnswered() throws Exception {
    String q = IntStream.range(0, 256).mapToObj(i -> "word" + i).collect(Collectors.joining(" ")) + " boat";

    assertThat(get("/api/search", q.substring(0, q.lastIndexOf(' '))).statusCode()).isEqualTo(200);
  }

  @Test
  void apiSearch_moreWordsThanLuceneParses_isBadParameterJsonWithTheCount() throws Exception {
    // short words: the whole address must stay under the server's 8 KB
    String q = IntStream.range(0, 1_100).mapToObj(i -> "w" + Integer.toString(i, 36)).collect(Collectors.joining(" "));

    HttpResponse<String> r = get("/api/search", q);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("message").asText()).isEqualTo(
        "q must be at most 256 words or phrases (this query has 1100); search for fewer words");
  }

  @Test
  void apiSearch_fuzzyTermsExpandingPastLucenesLimit_isBadParameterJson() throws Exception {
    // each 1~2 matches up to 50 of the numbers in the texts, in title and text
    String q = IntStream.range(1, 40).mapToObj(i -> i + "~2").collect(Collectors.joining(" "));

    HttpResponse<String> r = get("/api/search", q);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode error = JSON.readTree(r.body());
    assertThat(error.get("parameter").asText()).isEqualTo("q");
    assertThat(error.get("message").asText()).isEqualTo("q must be a query whose prefix* and fuzzy~ terms match fewer words"
        + " (these expand past Lucene's limit); search for fewer or more exact words");
  }

  @Test
  void searchPage_tooManyWords_saysSoOnThePage() throws Exception {
    HttpResponse<String> r = get("/search", HUGE_QUERY);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.body()).contains("Too many words to search for at once: 600, and at most 256 are taken. Search for fewer words.")
        .contains("<input type=\"search\" name=\"q\"");
  }

  @Test
  void apiSearch_moreThanAThousandHits_countsThemExactly() throws Exception {
    JsonNode r = JSON.readTree(get("/api/search", "boat").body());

    assertThat(r.get("total").asLong()).isEqualTo(DOCUMENTS);
    assertThat(r.get("hits")).hasSize(50);
  }

  @Test
  void searchPage_moreThanAThousandHits_showsTheExactCount() throws Exception {
    assertThat(get("/search", "boat").body()).contains("1,200 documents.");
  }
}
