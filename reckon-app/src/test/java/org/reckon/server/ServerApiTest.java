package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Database;

/** The JSON API against a real server on a free port. */
class ServerApiTest {
  @TempDir static Path dir;
  private static Database db;
  private static ReckonServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    db = TestRecord.create(dir);
    server = ReckonServer.start(db, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  @Test
  void incidents_filterSortAndPage() throws Exception {
    JsonNode all = json("/api/incidents");
    JsonNode pacific = json("/api/incidents?region=eastern_pacific&sort=killed&order=desc&limit=2");
    JsonNode second = json("/api/incidents?region=eastern_pacific&sort=killed&order=desc&limit=2&offset=1");

    assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(pacific.get("total").asInt()).isEqualTo(3);
    assertThat(pacific.get("items")).hasSize(2);
    assertThat(pacific.get("items").get(0).get("incident_id").asText()).isEqualTo("2025-10-27-eastern_pacific");
    assertThat(second.get("items").get(0).get("incident_id").asText())
        .isEqualTo(pacific.get("items").get(1).get("incident_id").asText());
    assertThat(json("/api/incidents?from=2025-10-01&to=2025-10-31").get("items"))
        .allSatisfy(i -> assertThat(i.get("date").asText()).startsWith("2025-10"));
  }

  @Test
  void incident_hasSourcesWithSpansClaimsAndHistory() throws Exception {
    JsonNode i = json("/api/incidents/2025-09-02-caribbean");
    assertThat(i.get("killed_min").asInt()).isEqualTo(11);
    JsonNode evidence = i.get("sources").get(0).get("evidence").get(0);
    String documentId = i.get("sources").get(0).get("document_id").asText();
    String text = json("/api/documents/" + documentId.substring(0, 12)).get("document").get("text").asText();
    assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("text").asText());
    assertThat(i.has("claims")).isTrue();
    assertThat(i.get("history").isArray()).isTrue();
  }

  @Test
  void withoutAccounts_serverIsReadOnly_postsRefusedAndLoginSaysSo() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/incidents/2025-09-02-caribbean/decisions")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"confirm\",\"reason\":\"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(post.body()).get("error").asText()).isEqualTo("read_only");
    assertThat(db.decisions().all()).isEmpty();
    assertThat(get("/login").body()).contains("This server has no accounts: it is read-only.");
    assertThat(get("/incidents/2025-09-02-caribbean").body()).doesNotContain("id=\"decide\"").doesNotContain("Log in");
  }

  @Test
  void errors_areJsonWithMachineReadableCodes() throws Exception {
    HttpResponse<String> missing = get("/api/incidents/2099-01-01-caribbean");
    HttpResponse<String> badRegion = get("/api/incidents?region=atlantic");
    HttpResponse<String> badLimit = get("/api/incidents?limit=0");
    HttpResponse<String> badDate = get("/api/incidents?from=yesterday");
    HttpResponse<String> noDocument = get("/api/documents/ffff");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("incident_not_found");
    assertThat(JSON.readTree(missing.body()).get("id").asText()).isEqualTo("2099-01-01-caribbean");
    assertThat(badRegion.statusCode()).isEqualTo(400);
    JsonNode bad = JSON.readTree(badRegion.body());
    assertThat(bad.get("error").asText()).isEqualTo("bad_parameter");
    assertThat(bad.get("parameter").asText()).isEqualTo("region");
    assertThat(bad.get("value").asText()).isEqualTo("atlantic");
    assertThat(JSON.readTree(badLimit.body()).get("parameter").asText()).isEqualTo("limit");
    assertThat(JSON.readTree(badDate.body()).get("parameter").asText()).isEqualTo("from");
    assertThat(noDocument.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(noDocument.body()).get("error").asText()).isEqualTo("document_not_found");
  }

  /** Regression (issue #10, D8e): an unknown /api/ route answered a plain-text 404. */
  @Test
  void unknownApiRoute_isJson404WithCodeAndPath() throws Exception {
    HttpResponse<String> r = get("/api/no-such-thing?x=1");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("error").asText()).isEqualTo("not_found");
    assertThat(body.get("path").asText()).isEqualTo("/api/no-such-thing");
    assertThat(body.get("message").asText()).isEqualTo("no API route GET /api/no-such-thing; see /api/openapi.json");
  }

  @Test
  void tallies_claims_contradictions_documents() throws Exception {
    JsonNode tallies = json("/api/tallies");
    assertThat(tallies).anySatisfy(t -> assertThat(t.get("value").asInt()).isEqualTo(66));
    // pages of one: the series in its order, each tally once
    List<String> series = new java.util.ArrayList<>();
    tallies.forEach(t -> series.add(t.toString()));
    List<String> pages = new java.util.ArrayList<>();
    for (int offset = 0; offset <= tallies.size(); offset++) {
      json("/api/tallies?limit=1&offset=" + offset).forEach(t -> pages.add(t.toString()));
    }
    assertThat(pages).isEqualTo(series);
    JsonNode deaths = json("/api/tallies?metric=killed&from=2025-10-01");
    assertThat(deaths).isNotEmpty().allSatisfy(t -> {
      assertThat(t.get("metric").asText()).isEqualTo("killed");
      assertThat(t.get("as_of").asText()).isGreaterThanOrEqualTo("2025-10-01");
    });
    assertThat(deaths.size()).isLessThan(tallies.size());
    assertThat(JSON.readTree(get("/api/tallies?metric=wounded").body()).get("parameter").asText()).isEqualTo("metric");
    assertThat(get("/api/tallies?limit=10001").statusCode()).isEqualTo(400);
    assertThat(get("/api/tallies?to=soon").statusCode()).isEqualTo(400);
    JsonNode claims = json("/api/claims?speaker_type=named_official&named=true");
    assertThat(claims.get("items")).isNotEmpty().allSatisfy(c -> assertThat(c.get("speaker").isNull()).isFalse());
    assertThat(json("/api/contradictions").isArray()).isTrue();
    JsonNode documents = json("/api/documents");
    int total = documents.get("total").asInt();
    assertThat(total).isGreaterThanOrEqualTo(7);
    assertThat(documents.get("items")).hasSize(total);
    // pages of two: each document once, in the order of the whole list
    List<String> all = new java.util.ArrayList<>();
    documents.get("items").forEach(d -> all.add(d.get("id").asText()));
    List<String> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < total; offset += 2) {
      json("/api/documents?limit=2&offset=" + offset).get("items").forEach(d -> paged.add(d.get("id").asText()));
    }
    assertThat(paged).isEqualTo(all);
    assertThat(get("/api/documents?limit=0").statusCode()).isEqualTo(400);
    assertThat(get("/api/documents?offset=-1").statusCode()).isEqualTo(400);
    assertThat(get("/api/claims?speaker_type=pundit").statusCode()).isEqualTo(400);
    // one Hegseth across the documents that name him, with every way they name him
    assertThat(json("/api/actors")).filteredOn(a -> a.get("name").asText().equals("Pete Hegseth")).singleElement()
        .satisfies(a -> {
          assertThat(a.get("document_ids").size()).isGreaterThanOrEqualTo(2);
          assertThat(a.get("aliases")).extracting(JsonNode::asText).contains("Hegseth");
        });
  }

  /** The incidents page and the API select, order, count and page alike: both ask the database. */
  @Test
  void incidentsPage_listsWhatTheApiLists() throws Exception {
    for (String q : List.of("region=eastern_pacific&sort=killed&order=desc&limit=2&offset=1", "sort=sources&order=desc",
        "from=2025-10-01&to=2025-10-31", "q=tren&limit=3")) {
      JsonNode api = json("/api/incidents?" + q);
      List<String> listed = new java.util.ArrayList<>();
      api.get("items").forEach(i -> listed.add(i.get("incident_id").asText()));
      String page = get("/incidents?" + q).body();
      List<String> shown = new java.util.ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td><a href=\"/incidents/([^\"]+)\">").matcher(page);
      while (m.find()) {
        shown.add(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(listed).as(q).isNotEmpty();
      assertThat(shown).as(q).isEqualTo(listed);
      assertThat(page).as(q).contains(api.get("total").asInt() + " incident(s).");
    }
  }

  /** The claims of an incident's sources, read page by page from the database, on its page and in downloads. */
  @Test
  void incidentPage_andExport_showTheClaimsOfItsSources() throws Exception {
    JsonNode served = json("/api/incidents/2025-09-02-caribbean");
    List<String> plain = new java.util.ArrayList<>();
    served.get("claims").forEach(c -> plain.add(c.get("text").asText()));
    plain.removeIf(t -> t.matches(".*[&<>\"'].*")); // compared as the page writes them: without characters it escapes
    assertThat(plain).as("claims about the strike of 2 September").isNotEmpty();
    String page = get("/incidents/2025-09-02-caribbean").body();
    assertThat(page).doesNotContain("No attributed claims about this strike.");
    for (String text : plain) {
      assertThat(page).contains(text);
    }
    JsonNode exported = JSON.readTree(get("/api/export/incidents?format=json").body());
    JsonNode same = null;
    for (JsonNode i : exported) {
      if (i.get("incident_id").asText().equals("2025-09-02-caribbean")) {
        same = i;
      }
    }
    assertThat(same).isNotNull();
    assertThat(same.get("claimed_by")).isEqualTo(served.get("claimed_by"));
    assertThat(served.get("claimed_by").isEmpty()).as("claimed_by of " + served).isFalse();
  }

  @Test
  void search_findsDocumentsWithEscapedHighlightedSnippets() throws Exception {
    JsonNode r = json("/api/search?q=semi-submersible");
    assertThat(r.get("total").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(r.get("hits").get(0).get("snippet_html").asText()).contains("<mark>");
    JsonNode hostile = json("/api/search?q=iframe");
    assertThat(hostile.get("hits").get(0).get("snippet_html").asText()).contains("&lt;").doesNotContain("<iframe");
    assertThat(get("/api/search").statusCode()).isEqualTo(400);
  }

  @Test
  void openApi_andExports() throws Exception {
    JsonNode openapi = json("/api/openapi.json");
    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    assertThat(openapi.get("paths").has("/api/incidents/{id}")).isTrue();
    assertThat(openapi.get("paths").has("/api/actors")).isTrue();
    for (String path : java.util.List.of("/api/incidents/{id}/decisions", "/api/incidents/{id}/history", "/api/review",
        "/api/releases", "/api/releases/{name}")) {
      assertThat(openapi.get("paths").has(path)).as(path).isTrue();
    }
    HttpResponse<String> csv = get("/api/export/incidents?format=csv&region=caribbean");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"reckon-incidents.csv\"");
    assertThat(csv.body().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",caribbean,"));
    assertThat(JSON.readTree(get("/api/export/incidents?format=geojson").body()).get("type").asText()).isEqualTo("FeatureCollection");
    HttpResponse<String> acled = get("/api/export/incidents?format=csv&profile=acled&region=caribbean");
    assertThat(acled.body()).startsWith("event_id_cnty,event_date,year,time_precision,");
    assertThat(acled.body().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",Caribbean,"));
    assertThat(JSON.readTree(get("/api/export/incidents?format=json&profile=ucdp").body()).get(0).has("date_prec")).isTrue();
    assertThat(get("/api/export/tallies?format=csv&profile=acled").statusCode()).isEqualTo(400);
  }

  @Test
  void everyPage_isServedWithAPolicyForbiddingInlineScript() throws Exception {
    for (String page : new String[] {"/", "/map", "/incidents", "/incidents/2025-09-02-caribbean", "/claims", "/search?q=boat",
        "/downloads"}) {
      HttpResponse<String> r = get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(ReckonServer.CSP);
      assertThat(r.body()).as(page).doesNotContain("<script>").contains("<script src=\"/static/reckon.js\">");
    }
    assertThat(get("/incidents/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileArticle_isEscapedInEveryPage() throws Exception {
    String id = JSON.readTree(get("/api/search?q=iframe").body()).get("hits").get(0).get("document_id").asText();
    String page = get("/documents/" + id.substring(0, 16)).body();
    assertThat(page).contains("&lt;script&gt;window.__xss = 3&lt;/script&gt;")
        .doesNotContain("<script>window", "<img src=x", "<iframe", "<svg onload", "<b>bold</b>");
    String claims = get("/claims?q=stop").body();
    assertThat(claims).doesNotContain("<img src=x").contains("&lt;img src=x");
  }
}
