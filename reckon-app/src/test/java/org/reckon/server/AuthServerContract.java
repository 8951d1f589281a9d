package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.accounts.Passwords;
import org.reckon.store.Account;
import org.reckon.store.Database;

/**
 * Accounts on a real server: logins, sessions, CSRF tokens and roles. One suite, run against
 * SQLite ({@link AuthServerTest}) and a real PostgreSQL server ({@link PostgresAuthServerIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthServerContract {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String EDITOR_PASSWORD = "editor-password";

  @TempDir static Path dir;
  Database db;
  ReckonServer server;
  ReckonServer publicServer;

  /** A location (file path or JDBC URL) of a new, empty database. */
  abstract String newDatabase(Path dir) throws Exception;

  @BeforeAll
  void start() throws Exception {
    db = TestRecord.create(dir, newDatabase(dir));
    Passwords passwords = Passwords.standard();
    db.accounts().add("ana", Account.Role.EDITOR, passwords.hash(EDITOR_PASSWORD.toCharArray()));
    db.accounts().add("vic", Account.Role.VIEWER, passwords.hash("viewer-password".toCharArray()));
    db.accounts().add("root", Account.Role.ADMIN, passwords.hash("admin-password".toCharArray()));
    db.accounts().add("tess", Account.Role.EDITOR, passwords.hash("tess-password".toCharArray()));
    server = ReckonServer.start(db, "127.0.0.1", 0, new ReckonServer.Options(false, TestRecord.CLOCK));
    publicServer = ReckonServer.start(db, "127.0.0.1", 0, new ReckonServer.Options(true, TestRecord.CLOCK));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    publicServer.close();
    db.close();
    stopDatabase();
  }

  void stopDatabase() throws Exception {}

  WebClient client() {
    return new WebClient(server.port());
  }

  WebClient signedIn(String name, String password) throws Exception {
    WebClient c = client();
    HttpResponse<String> r = c.login(name, password);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return c;
  }

  @Test
  void reading_withAccounts_needsLogin_pagesRedirect_apiAnswers401() throws Exception {
    WebClient c = client();

    HttpResponse<String> page = c.get("/incidents?region=caribbean");
    HttpResponse<String> api = c.get("/api/incidents");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fincidents%3Fregion%3Dcaribbean");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("login_required");
    assertThat(c.get("/login").statusCode()).isEqualTo(200);
    assertThat(c.get("/static/reckon.css").statusCode()).isEqualTo(200);
  }

  @Test
  void reading_onPublicServer_needsNoLogin_butEditingDoes() throws Exception {
    WebClient c = new WebClient(publicServer.port());

    assertThat(c.get("/incidents").statusCode()).isEqualTo(200);
    assertThat(c.get("/api/incidents").statusCode()).isEqualTo(200);
    assertThat(c.get("/").body()).contains("Log in");
  }

  @Test
  void login_rightPassword_startsSessionInStrictHttpOnlyCookie() throws Exception {
    WebClient c = client();

    HttpResponse<String> r = c.login("ana", EDITOR_PASSWORD);

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/");
    assertThat(WebClient.setCookies(r)).anySatisfy(h -> assertThat(h).startsWith(Auth.SESSION_COOKIE + "=")
        .contains("; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict").doesNotContain("Secure"));
    HttpResponse<String> home = c.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("ana (editor)").contains("Log out");
    assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
    // the database keeps only the token's hash
    String token = c.cookies.get(Auth.SESSION_COOKIE);
    synchronized (db) {
      assertThat(db.accounts().findSession(org.reckon.accounts.Tokens.sha256(token), TestRecord.CLOCK.instant())).isPresent();
    }
  }

  @Test
  void login_behindTlsProxy_setsSecureCookie() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + server.port();
    HttpResponse<String> form = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(WebClient.setCookies(form)).anySatisfy(h -> assertThat(h).startsWith(Auth.LOGIN_COOKIE + "=")
        .endsWith("; HttpOnly; SameSite=Strict; Secure"));
  }

  @Test
  void login_wrongPassword_orUnknownUser_sameRefusal_noSession() throws Exception {
    WebClient wrong = client();
    WebClient unknown = client();

    HttpResponse<String> a = wrong.login("ana", "not-her-password");
    HttpResponse<String> b = unknown.login("nobody", "any-password");

    assertThat(a.statusCode()).isEqualTo(401);
    assertThat(b.statusCode()).isEqualTo(401);
    assertThat(a.body()).contains("Wrong name or password.");
    assertThat(b.body()).contains("Wrong name or password.");
    assertThat(wrong.cookies).doesNotContainKey(Auth.SESSION_COOKIE);
    assertThat(unknown.cookies).doesNotContainKey(Auth.SESSION_COOKIE);
    assertThat(wrong.get("/").statusCode()).isEqualTo(303);
  }

  @Test
  void login_missingOrWrongFormToken_is403() throws Exception {
    WebClient c = client();
    c.get("/login");

    HttpResponse<String> missing = c.postForm("/login", Map.of("name", "ana", "password", EDITOR_PASSWORD));
    HttpResponse<String> wrong = c.postForm("/login", Map.of("csrf", "forged", "name", "ana", "password", EDITOR_PASSWORD));

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(c.cookies).doesNotContainKey(Auth.SESSION_COOKIE);
  }

  @Test
  void login_fiveFailures_throttleTheName_evenTheRightPassword() throws Exception {
    WebClient c = client();
    for (int i = 0; i < 5; i++) {
      assertThat(c.login("tess", "guess-" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> right = c.login("tess", "tess-password");

    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(right.body()).contains("Too many failed logins for this name; try again in 60 seconds.");
    assertThat(c.cookies).doesNotContainKey(Auth.SESSION_COOKIE);
    assertThat(signedIn("ana", EDITOR_PASSWORD).get("/").statusCode()).as("other names are not throttled").isEqualTo(200);
  }

  @Test
  void session_expired_needsLoginAgain() throws Exception {
    WebClient c = signedIn("vic", "viewer-password");
    assertThat(c.get("/incidents").statusCode()).isEqualTo(200);

    WebClient editor = signedIn("ana", EDITOR_PASSWORD);
    String csrf = editor.csrf();
    int before = decisions();

    TestRecord.CLOCK.advance(Auth.SESSION_LENGTH.plus(Duration.ofSeconds(1)));

    assertThat(c.get("/incidents").statusCode()).isEqualTo(303);
    assertThat(c.get("/api/incidents").statusCode()).isEqualTo(401);
    HttpResponse<String> late = editor.postJson("/api/incidents/2025-11-04-eastern_pacific/decisions",
        "{\"action\":\"reject\",\"reason\":\"too late\"}", csrf);
    HttpResponse<String> lateForm = editor.postForm("/incidents/2025-11-04-eastern_pacific/decisions",
        Map.of("csrf", csrf, "action", "reject", "reason", "too late"));
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(late.body()).get("error").asText()).isEqualTo("login_required");
    assertThat(lateForm.statusCode()).isEqualTo(303);
    assertThat(lateForm.headers().firstValue("Location")).hasValue("/login?next=%2F");
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void logout_withoutToken_is403_withIt_endsTheSession() throws Exception {
    WebClient c = signedIn("vic", "viewer-password");
    String csrf = c.csrf();

    HttpResponse<String> forged = c.postForm("/logout", Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(c.get("/").statusCode()).isEqualTo(200);

    String token = c.cookies.get(Auth.SESSION_COOKIE);
    HttpResponse<String> out = c.postForm("/logout", Map.of("csrf", csrf));

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(c.get("/").statusCode()).isEqualTo(303);
    WebClient replay = client();
    replay.cookies.put(Auth.SESSION_COOKIE, token);
    assertThat(replay.get("/").statusCode()).as("the old cookie opens nothing").isEqualTo(303);
  }

  @Test
  void login_next_onlyEverLeadsWithinThisServer() {
    assertThat(ReckonServer.nextOf("/incidents?region=caribbean")).isEqualTo("/incidents?region=caribbean");
    assertThat(ReckonServer.nextOf("//evil.example/")).isEqualTo("/");
    assertThat(ReckonServer.nextOf("/\\evil.example/")).isEqualTo("/");
    assertThat(ReckonServer.nextOf("https://evil.example/")).isEqualTo("/");
    assertThat(ReckonServer.nextOf(null)).isEqualTo("/");
  }

  // --- decisions from the browser and the API ---

  int decisions() {
    synchronized (db) {
      return db.decisions().all().size();
    }
  }

  org.reckon.model.Decision lastDecision() {
    synchronized (db) {
      var all = db.decisions().all();
      return all.get(all.size() - 1);
    }
  }

  @Test
  void decision_editorForm_confirm_isLoggedWithTheAccount_andShownAtOnce() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    String page = ana.get("/incidents/2025-09-15-caribbean").body();
    assertThat(page).contains("id=\"decide\"").contains("action=\"/incidents/2025-09-15-caribbean/decisions\"");

    HttpResponse<String> r = ana.postForm("/incidents/2025-09-15-caribbean/decisions",
        Map.of("csrf", WebClient.csrfOn(page), "action", "confirm", "reason", "the Pentagon released video"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/incidents/2025-09-15-caribbean#decide");
    assertThat(lastDecision().madeBy()).isEqualTo("ana");
    assertThat(lastDecision().reason()).isEqualTo("the Pentagon released video");
    assertThat(ana.get("/incidents/2025-09-15-caribbean").body()).contains("<th>Status</th><td>confirmed</td>")
        .contains("the Pentagon released video");
  }

  /** An editor may merge into an incident those within a month of it, not merged away: the form lists them all, and only them. */
  @Test
  void incidentPage_forAnEditor_offersToMergeTheIncidentsWithinAMonth() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    String page = ana.get("/incidents/2025-09-15-caribbean").body();
    java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form[^>]*id=\"merge-2025-09-15-caribbean\".*?</form>",
        java.util.regex.Pattern.DOTALL).matcher(page);
    assertThat(form.find()).as("the merge form").isTrue();
    List<String> offered = new java.util.ArrayList<>();
    java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(form.group());
    while (option.find()) {
      offered.add(option.group(1));
    }
    List<String> near = new java.util.ArrayList<>();
    JSON.readTree(ana.get("/api/incidents?from=2025-08-15&to=2025-10-16&limit=1000").body()).get("items").forEach(i -> {
      if (!i.get("status").asText().equals("merged") && !i.get("incident_id").asText().equals("2025-09-15-caribbean")) {
        near.add(i.get("incident_id").asText());
      }
    });
    assertThat(near).isNotEmpty();
    assertThat(offered).containsExactlyElementsOf(near);
    assertThat(signedIn("vic", "viewer-password").get("/incidents/2025-09-15-caribbean").body()).doesNotContain("merge-");
  }

  @Test
  void decision_json_setKilledBest_is201WithTheIncidentAfter() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);

    HttpResponse<String> r = ana.postJson("/api/incidents/2025-10-16-caribbean/decisions",
        "{\"action\":\"set\",\"field\":\"killed_best\",\"value\":3,\"reason\":\"a third body was found\"}", ana.csrf());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    var body = JSON.readTree(r.body());
    assertThat(body.get("decision").get("made_by").asText()).isEqualTo("ana");
    assertThat(body.get("decision").get("value").asText()).isEqualTo("3");
    assertThat(body.get("incident").get("killed_best").asInt()).isEqualTo(3);
    assertThat(JSON.readTree(ana.get("/api/incidents/2025-10-16-caribbean").body()).get("killed_best").asInt()).isEqualTo(3);
  }

  @Test
  void decision_missingOrWrongCsrfToken_is403_andNothingWritten() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    int before = decisions();

    HttpResponse<String> missingForm = ana.postForm("/incidents/2025-11-04-eastern_pacific/decisions",
        Map.of("action", "reject", "reason", "forged"));
    HttpResponse<String> wrongForm = ana.postForm("/incidents/2025-11-04-eastern_pacific/decisions",
        Map.of("csrf", "not-the-token", "action", "reject", "reason", "forged"));
    HttpResponse<String> missingJson = ana.postJson("/api/incidents/2025-11-04-eastern_pacific/decisions",
        "{\"action\":\"reject\",\"reason\":\"forged\"}", null);
    HttpResponse<String> wrongJson = ana.postJson("/api/incidents/2025-11-04-eastern_pacific/decisions",
        "{\"action\":\"reject\",\"reason\":\"forged\"}", "not-the-token");

    assertThat(List.of(missingForm, wrongForm, missingJson, wrongJson)).allSatisfy(x -> assertThat(x.statusCode()).isEqualTo(403));
    assertThat(JSON.readTree(wrongJson.body()).get("error").asText()).isEqualTo("csrf_token_invalid");
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void decision_byViewer_is403_andTheViewerSeesNoControls() throws Exception {
    WebClient vic = signedIn("vic", "viewer-password");
    String page = vic.get("/incidents/2025-11-04-eastern_pacific").body();
    int before = decisions();

    HttpResponse<String> r = vic.postJson("/api/incidents/2025-11-04-eastern_pacific/decisions",
        "{\"action\":\"reject\",\"reason\":\"not a strike\"}", WebClient.csrfOn(page));
    HttpResponse<String> form = vic.postForm("/incidents/2025-11-04-eastern_pacific/decisions",
        Map.of("csrf", WebClient.csrfOn(page), "action", "reject", "reason", "not a strike"));

    assertThat(page).doesNotContain("id=\"decide\"").doesNotContain("/decisions");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("forbidden");
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void decision_withoutSession_is401_andNothingWritten() throws Exception {
    int before = decisions();
    HttpResponse<String> r = client().postJson("/api/incidents/2025-11-04-eastern_pacific/decisions",
        "{\"action\":\"reject\",\"reason\":\"x\"}", "x");

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void decision_unknownIncident_is404Json() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);

    HttpResponse<String> r = ana.postJson("/api/incidents/2099-01-01-caribbean/decisions",
        "{\"action\":\"confirm\",\"reason\":\"sure\"}", ana.csrf());

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("incident_not_found");
    assertThat(JSON.readTree(r.body()).get("id").asText()).isEqualTo("2099-01-01-caribbean");
  }

  @Test
  void decision_badInput_is400NamingEachField_andNothingWritten() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    String csrf = ana.csrf();
    String path = "/api/incidents/2025-11-04-eastern_pacific/decisions";
    int before = decisions();

    var emptyReason = JSON.readTree(ana.postJson(path, "{\"action\":\"confirm\",\"reason\":\"  \"}", csrf).body());
    var notNumber = JSON.readTree(ana.postJson(path,
        "{\"action\":\"set\",\"field\":\"killed_best\",\"value\":\"eleven\",\"reason\":\"r\"}", csrf).body());
    var negative = JSON.readTree(ana.postJson(path,
        "{\"action\":\"set\",\"field\":\"killed_min\",\"value\":-2,\"reason\":\"r\"}", csrf).body());
    var itself = JSON.readTree(ana.postJson(path,
        "{\"action\":\"merge\",\"other\":\"2025-11-04-eastern_pacific\",\"reason\":\"r\"}", csrf).body());
    var unknownOther = JSON.readTree(ana.postJson(path,
        "{\"action\":\"merge\",\"other\":\"2099-01-01-caribbean\",\"reason\":\"r\"}", csrf).body());
    var badAction = JSON.readTree(ana.postJson(path, "{\"action\":\"delete\",\"reason\":\"r\"}", csrf).body());
    HttpResponse<String> notJson = ana.postJson(path, "action=confirm", csrf);
    HttpResponse<String> emptyForm = ana.postForm("/incidents/2025-11-04-eastern_pacific/decisions",
        Map.of("csrf", csrf, "action", "confirm", "reason", ""));

    assertThat(emptyReason.get("error").asText()).isEqualTo("bad_decision");
    assertThat(emptyReason.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("field").asText()).isEqualTo("reason");
      assertThat(p.get("message").asText()).isEqualTo("a reason is required: say why, it is kept in the log");
    });
    assertThat(notNumber.get("problems").get(0).get("field").asText()).isEqualTo("value");
    assertThat(notNumber.get("problems").get(0).get("value").asText()).isEqualTo("eleven");
    assertThat(notNumber.get("problems").get(0).get("message").asText()).isEqualTo("'eleven' is not a valid killed_best");
    assertThat(negative.get("problems").get(0).get("message").asText()).isEqualTo("killed_min cannot be negative, got -2");
    assertThat(itself.get("problems").get(0).get("message").asText()).isEqualTo("an incident cannot be merged into itself");
    assertThat(unknownOther.get("problems").get(0).get("message").asText()).isEqualTo(
        "merge needs a second incident of the record to merge into 2025-11-04-eastern_pacific, got '2099-01-01-caribbean'");
    assertThat(badAction.get("problems").get(0).get("field").asText()).isEqualTo("action");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(notJson.body()).get("error").asText()).isEqualTo("bad_json");
    assertThat(emptyForm.statusCode()).isEqualTo(400);
    assertThat(emptyForm.body()).contains("a reason is required: say why, it is kept in the log");
    assertThat(decisions()).isEqualTo(before);
  }

  @Test
  void decision_split_movesASourceToANewIncident_andRefusesWhatCannotSplit() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    String csrf = ana.csrf();
    var sources = JSON.readTree(ana.get("/api/incidents/2025-10-21-eastern_pacific").body()).get("sources");
    assertThat(sources).hasSize(2);
    String hostile = java.util.stream.StreamSupport.stream(sources.spliterator(), false)
        .filter(src -> src.get("outlet").asText().contains("Hostile Wire")).findFirst().orElseThrow()
        .get("document_id").asText();

    HttpResponse<String> unknownDocument = ana.postJson("/api/incidents/2025-10-21-eastern_pacific/decisions",
        "{\"action\":\"split\",\"document\":\"ffffffff\",\"reason\":\"r\"}", csrf);
    HttpResponse<String> single = ana.postJson("/api/incidents/2025-09-15-caribbean/decisions",
        "{\"action\":\"split\",\"document\":\"0\",\"reason\":\"r\"}", csrf);
    HttpResponse<String> split = ana.postJson("/api/incidents/2025-10-21-eastern_pacific/decisions",
        "{\"action\":\"split\",\"document\":\"" + hostile.substring(0, 12) + "\",\"reason\":\"a different boat\"}", csrf);

    assertThat(unknownDocument.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknownDocument.body()).get("problems").get(0).get("field").asText()).isEqualTo("document");
    assertThat(single.statusCode()).isEqualTo(400);
    assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
    assertThat(JSON.readTree(split.body()).get("incident").get("sources")).hasSize(1);
    var newIncident = JSON.readTree(ana.get("/api/incidents/2025-10-21-eastern_pacific~" + hostile.substring(0, 8)).body());
    assertThat(newIncident.get("sources")).singleElement()
        .satisfies(src -> assertThat(src.get("document_id").asText()).isEqualTo(hostile));
  }

  /** A name given with {@code reckon decide --by} is free text: every page must escape it. */
  @Test
  void decision_scriptInTheDecidersName_isShownEscaped() throws Exception {
    synchronized (db) {
      db.decisions().append(new org.reckon.model.Decision(0, TestRecord.CLOCK.instant(), "<img src=x onerror=window.__xss=40>",
          org.reckon.model.Decision.Action.CONFIRM, "2025-10-16-caribbean", null, null, null, "from the shell"));
    }
    WebClient vic = signedIn("vic", "viewer-password");

    String page = vic.get("/incidents/2025-10-16-caribbean").body();
    String queue = vic.get("/review?state=reviewed").body();
    String history = vic.get("/api/incidents/2025-10-16-caribbean/history").body();

    assertThat(page).contains("&lt;img src=x onerror=window.__xss=40&gt;").doesNotContain("<img src=x onerror=window.__xss=40>");
    assertThat(queue).contains("&lt;img src=x onerror=window.__xss=40&gt;").doesNotContain("<img src=x onerror=window.__xss=40>");
    assertThat(history).contains("\"made_by\":\"<img src=x onerror=window.__xss=40>\"");
  }

  @Test
  void decision_scriptInReasonAndValue_isStoredAsTextAndShownEscaped() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);

    HttpResponse<String> r = ana.postForm("/incidents/2025-10-27-eastern_pacific/decisions", Map.of("csrf", ana.csrf(),
        "action", "set", "field", "place", "value", "<img src=x onerror=\"window.__xss=10\">",
        "reason", "<script>window.__xss=9</script>"));
    String page = ana.get("/incidents/2025-10-27-eastern_pacific").body();

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(lastDecision().reason()).isEqualTo("<script>window.__xss=9</script>");
    assertThat(page).contains("&lt;script&gt;window.__xss=9&lt;/script&gt;").doesNotContain("<script>window.__xss")
        .contains("&lt;img src=x").doesNotContain("<img src=x");
  }

  // --- history ---

  @Test
  void history_listsEachChangeWithTheExtractedValue_whoWhenAndWhy() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    String csrf = ana.csrf();
    String path = "/api/incidents/2025-09-02-caribbean/decisions";
    ana.postJson(path, "{\"action\":\"set\",\"field\":\"killed_best\",\"value\":12,\"reason\":\"one more found\"}", csrf);
    ana.postJson(path, "{\"action\":\"set\",\"field\":\"killed_best\",\"value\":11,\"reason\":\"<b>counted twice</b>\"}", csrf);

    var history = JSON.readTree(ana.get("/api/incidents/2025-09-02-caribbean/history").body());
    String page = ana.get("/incidents/2025-09-02-caribbean").body();

    assertThat(history.get("incident_id").asText()).isEqualTo("2025-09-02-caribbean");
    assertThat(history.get("changes")).hasSize(2);
    var first = history.get("changes").get(0);
    var second = history.get("changes").get(1);
    assertThat(first.get("field").asText()).isEqualTo("killed_best");
    assertThat(first.get("extracted").asText()).isEqualTo("11");
    assertThat(first.get("before").asText()).isEqualTo("11");
    assertThat(first.get("after").asText()).isEqualTo("12");
    assertThat(first.get("made_by").asText()).isEqualTo("ana");
    assertThat(first.get("action").asText()).isEqualTo("set");
    assertThat(first.get("reason").asText()).isEqualTo("one more found");
    assertThat(second.get("before").asText()).isEqualTo("12");
    assertThat(second.get("after").asText()).isEqualTo("11");
    assertThat(second.get("decision").asLong()).isGreaterThan(first.get("decision").asLong());
    assertThat(page).contains("id=\"history\"").contains("<td>killed best</td><td>11</td><td>11 → 12</td>")
        .contains("&lt;b&gt;counted twice&lt;/b&gt;");
    assertThat(ana.get("/api/incidents/2099-01-01-caribbean/history").statusCode()).isEqualTo(404);
  }

  // --- releases ---

  @Test
  void release_adminCreatesOne_listedAndDownloadable_othersRefused() throws Exception {
    WebClient root = signedIn("root", "admin-password");
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);

    HttpResponse<String> byEditor = ana.postJson("/api/releases", "{\"name\":\"by-editor\"}", ana.csrf());
    HttpResponse<String> noToken = root.postForm("/releases", Map.of("name", "no-token"));
    HttpResponse<String> created = root.postJson("/api/releases", "{\"name\":\"r-api\"}", root.csrf());
    HttpResponse<String> again = root.postJson("/api/releases", "{\"name\":\"r-api\"}", root.csrf());
    HttpResponse<String> script = root.postForm("/releases", Map.of("csrf", root.csrf(), "name", "<script>window.__xss=30</script>"));

    assertThat(byEditor.statusCode()).isEqualTo(403);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var release = JSON.readTree(created.body());
    assertThat(release.get("created_by").asText()).isEqualTo("root");
    assertThat(release.get("citation").asText()).startsWith("Reckon incident record, release r-api (");
    assertThat(release.get("files")).hasSize(12);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("error").asText()).isEqualTo("release_exists");
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("&lt;script&gt;window.__xss=30&lt;/script&gt;").doesNotContain("<script>window.__xss");
    synchronized (db) {
      assertThat(db.releases().list()).extracting(org.reckon.store.Release::name).containsExactly("r-api");
    }

    var list = JSON.readTree(ana.get("/api/releases").body());
    assertThat(list).singleElement().satisfies(r -> assertThat(r.get("name").asText()).isEqualTo("r-api"));
    HttpResponse<String> changes = ana.get("/releases/r-api/CHANGES.md");
    assertThat(changes.statusCode()).isEqualTo(200);
    assertThat(changes.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
    assertThat(changes.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"reckon-r-api-CHANGES.md\"");
    assertThat(changes.body()).startsWith("# Release r-api (");
    assertThat(ana.get("/releases").body()).contains("r-api").doesNotContain("id=\"create-release\"");
    assertThat(root.get("/releases").body()).contains("id=\"create-release\"");
    assertThat(ana.get("/releases/r-api/nothing.txt").statusCode()).isEqualTo(404);
    assertThat(ana.get("/api/releases/none").statusCode()).isEqualTo(404);
  }

  // --- review queue ---

  @Test
  void reviewQueue_listsWhyNewestFirst_filters_andMarksReviewed() throws Exception {
    WebClient ana = signedIn("ana", EDITOR_PASSWORD);
    ana.postJson("/api/incidents/2025-10-21-eastern_pacific/decisions", "{\"action\":\"confirm\",\"reason\":\"checked\"}",
        ana.csrf());

    var all = JSON.readTree(ana.get("/api/review").body()).get("items");
    var single = JSON.readTree(ana.get("/api/review?why=single_source").body()).get("items");
    var reviewed = JSON.readTree(ana.get("/api/review?state=reviewed").body()).get("items");
    var caribbean = JSON.readTree(ana.get("/api/review?region=caribbean").body()).get("items");

    assertThat(all).isNotEmpty().allSatisfy(i -> assertThat(i.get("reasons")).isNotEmpty());
    List<String> dates = new java.util.ArrayList<>();
    all.forEach(i -> dates.add(i.get("date").asText()));
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(single).isNotEmpty().allSatisfy(i -> assertThat(i.get("reasons").toString()).contains("\"single_source\""));
    assertThat(reviewed).anySatisfy(i -> {
      assertThat(i.get("incident_id").asText()).isEqualTo("2025-10-21-eastern_pacific");
      assertThat(i.get("decisions").get(i.get("decisions").size() - 1).get("made_by").asText()).isEqualTo("ana");
    }).allSatisfy(i -> assertThat(i.get("reviewed").asBoolean()).isTrue());
    assertThat(caribbean).allSatisfy(i -> assertThat(i.get("incident_id").asText()).endsWith("-caribbean"));
    assertThat(ana.get("/api/review?why=pretty").statusCode()).isEqualTo(400);
    var firstTwo = JSON.readTree(ana.get("/api/review?limit=2").body());
    var next = JSON.readTree(ana.get("/api/review?limit=2&offset=2").body());
    assertThat(firstTwo.get("total").asInt()).isEqualTo(all.size());
    assertThat(firstTwo.get("items")).hasSize(2);
    assertThat(next.get("items").get(0).get("incident_id").asText()).isEqualTo(all.get(2).get("incident_id").asText());
    assertThat(ana.get("/review?limit=2").body()).contains("id=\"next-page\"").contains("offset=2");
    String page = ana.get("/review").body();
    assertThat(page).contains("id=\"queue\"").contains("class=\"review-item\"").contains("class=\"decision confirm\"")
        .contains("name=\"back\" value=\"/review#item-");
    WebClient vic = signedIn("vic", "viewer-password");
    assertThat(vic.get("/review").body()).contains("id=\"queue\"").doesNotContain("class=\"decision ");
    assertThat(client().get("/review").statusCode()).isEqualTo(303);
  }
}
