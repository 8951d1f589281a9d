package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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

    TestRecord.CLOCK.advance(Auth.SESSION_LENGTH.plus(Duration.ofSeconds(1)));

    assertThat(c.get("/incidents").statusCode()).isEqualTo(303);
    assertThat(c.get("/api/incidents").statusCode()).isEqualTo(401);
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
}
