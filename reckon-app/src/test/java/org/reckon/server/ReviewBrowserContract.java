package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.accounts.Passwords;
import org.reckon.store.Account;
import org.reckon.store.Database;

/**
 * Reviewing in real headless Chromium, as an editor, a viewer and an admin would: log in,
 * decide on incident pages, see the history and the review queue, make a release. The tests run
 * in order on one database, each building on the decisions before it. One suite, run against
 * SQLite ({@link ReviewBrowserIT}) and PostgreSQL ({@link PostgresReviewBrowserIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReviewBrowserContract {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  Database db;
  ReckonServer server;
  Playwright playwright;
  Browser browser;
  final List<String> problems = new ArrayList<>();

  abstract String newDatabase(Path dir) throws Exception;

  void stopDatabase() throws Exception {}

  /** A short name for screenshots of this run. */
  abstract String name();

  @BeforeAll
  void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      if (System.getenv("CI") != null) {
        fail("Chromium is not at " + CHROMIUM + " but CI is set: .ci/run must install Debian's chromium package");
      }
      Assumptions.abort("skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
    }
    db = TestRecord.create(dir, newDatabase(dir));
    Passwords passwords = Passwords.standard();
    db.accounts().add("ana", Account.Role.EDITOR, passwords.hash("editor-password".toCharArray()));
    db.accounts().add("vic", Account.Role.VIEWER, passwords.hash("viewer-password".toCharArray()));
    db.accounts().add("root", Account.Role.ADMIN, passwords.hash("admin-password".toCharArray()));
    // the release before the editors' work, which the test's release is compared with
    org.reckon.publish.Releases.create(db, org.reckon.reconcile.Decisions.apply(
        org.reckon.reconcile.Reconciler.reconcile(db.facts().latestExtractions()), db.decisions().all()), "2026-01", "root",
        java.time.Instant.now());
    server = ReckonServer.start(db, "127.0.0.1", 0, new ReckonServer.Options(false, java.time.Clock.systemUTC()));
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync")));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
      playwright.close();
    }
    if (server != null) {
      server.close();
      db.close();
    }
    stopDatabase();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** A new browser (its own cookies) signed in as {@code name}. */
  Page signedIn(String name, String password) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
    Page page = context.newPage();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        problems.add("console: " + m.text());
      }
    });
    page.onPageError(e -> problems.add("page error: " + e));
    page.onDialog(d -> {
      problems.add("dialog: " + d.message());
      d.dismiss();
    });
    page.navigate(url("/incidents"));
    assertThat(page.url()).contains("/login?next=%2Fincidents");
    page.fill("#name", name);
    page.fill("#password", password);
    page.click("#login");
    page.waitForURL("**/incidents");
    return page;
  }

  void shot(Page page, String what) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name() + "-" + what + ".png")).setFullPage(true));
  }

  /** Fills the named decision form of the incident page open in {@code page} and submits it. */
  static void decide(Page page, String form, String reason, Map<String, String> fields) {
    String f = "form#" + form + " ";
    fields.forEach((name, value) -> {
      String selector = f + "[name=" + name + "]";
      if (page.locator(selector).evaluate("e => e.tagName").equals("SELECT")) {
        page.selectOption(selector, value);
      } else {
        page.fill(selector, value);
      }
    });
    page.fill(f + "input[name=reason]", reason);
    page.click(f + "button[type=submit]");
    page.waitForLoadState();
  }

  @Test
  @Order(1)
  void editor_confirmsSetsATollAndMerges_eachShownAtOnce() {
    problems.clear();
    Page page = signedIn("ana", "editor-password");
    page.navigate(url("/incidents/2025-09-15-caribbean"));
    decide(page, "confirm-2025-09-15-caribbean", "Pentagon video shows the strike", Map.of());
    assertThat(page.url()).endsWith("/incidents/2025-09-15-caribbean#decide");
    assertThat(page.locator("table.fields").textContent()).contains("Statusconfirmed");

    page.navigate(url("/incidents/2025-10-27-eastern_pacific"));
    decide(page, "set-2025-10-27-eastern_pacific", "<script>window.__xss=20</script>a fifteenth body was recovered",
        Map.of("field", "killed_best", "value", "15"));
    assertThat(page.locator("table.fields").textContent()).contains("best 15");

    page.navigate(url("/incidents/2025-10-21-eastern_pacific"));
    decide(page, "merge-2025-10-21-eastern_pacific", "the same boat, reported a day late",
        Map.of("other", "2025-11-04-eastern_pacific"));
    assertThat(page.locator("#sources-heading").textContent()).isEqualTo("Sources (3)");
    shot(page, "merged");

    page.navigate(url("/incidents/2025-10-27-eastern_pacific"));
    decide(page, "set-2025-10-27-eastern_pacific", "   ", Map.of("field", "killed_best", "value", "-1"));
    // a reason of spaces passes the browser's "required"; the server refuses it
    assertThat(page.locator("#decision-problem").textContent()).isEqualTo("a reason is required: say why, it is kept in the log");
    assertThat(problems).containsExactly("console: Failed to load resource: the server responded with a status of 400 (Bad Request)");
    problems.clear();
    assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    assertThat(problems).isEmpty();
    page.context().close();
  }

  @Test
  @Order(2)
  void viewer_seesNoControls_andTheServerRefusesAForgedDecision() {
    problems.clear();
    Page page = signedIn("vic", "viewer-password");
    page.navigate(url("/incidents/2025-09-02-caribbean"));
    assertThat(page.locator("#decide").count()).isZero();
    assertThat(page.locator("form.decision").count()).isZero();
    String csrf = page.locator("input[name=csrf]").first().getAttribute("value");
    int before;
    synchronized (db) {
      before = db.decisions().all().size();
    }

    APIResponse json = page.context().request().post(url("/api/incidents/2025-09-02-caribbean/decisions"),
        RequestOptions.create().setHeader("X-CSRF-Token", csrf).setHeader("Content-Type", "application/json")
            .setData("{\"action\":\"reject\",\"reason\":\"forged by a viewer\"}"));
    APIResponse form = page.context().request().post(url("/incidents/2025-09-02-caribbean/decisions"),
        RequestOptions.create().setForm(com.microsoft.playwright.options.FormData.create().set("csrf", csrf)
            .set("action", "reject").set("reason", "forged by a viewer")));

    assertThat(json.status()).isEqualTo(403);
    assertThat(form.status()).isEqualTo(403);
    synchronized (db) {
      assertThat(db.decisions().all()).hasSize(before);
    }
    shot(page, "viewer");
    assertThat(problems).isEmpty();
    page.context().close();
  }

  @Test
  @Order(3)
  void history_showsEachDecisionOnTheIncidentPage_escaped() {
    problems.clear();
    Page page = signedIn("vic", "viewer-password");
    page.navigate(url("/incidents/2025-10-27-eastern_pacific"));

    String history = page.locator("#history").textContent();

    assertThat(history).contains("killed best", "14 → 15", "ana", "<script>window.__xss=20</script>a fifteenth body was recovered");
    page.navigate(url("/incidents/2025-10-21-eastern_pacific"));
    assertThat(page.locator("#history").textContent()).contains("sources", "2 → 3", "merge", "the same boat, reported a day late");
    page.navigate(url("/incidents/2025-11-04-eastern_pacific"));
    assertThat(page.locator("#history").textContent()).contains("status", "extracted → merged");
    shot(page, "history");
    assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    assertThat(problems).isEmpty();
    page.context().close();
  }

  @Test
  @Order(4)
  void reviewQueue_showsTheEditorsDecisions_besideTheSourcesSentences() {
    problems.clear();
    Page page = signedIn("ana", "editor-password");
    page.navigate(url("/review?state=reviewed"));

    List<String> ids = page.locator("#queue .review-item h2 a").allTextContents();

    assertThat(ids).containsExactly("2025-11-04-eastern_pacific", "2025-10-27-eastern_pacific", "2025-10-21-eastern_pacific",
        "2025-09-15-caribbean");
    var confirmed = page.locator("[id='item-2025-09-15-caribbean']");
    assertThat(confirmed.locator(".reviewed").textContent()).contains("confirm by ana (Pentagon video shows the strike)");
    assertThat(confirmed.locator(".why").allTextContents()).contains("changed since the last release", "single source");
    assertThat(confirmed.locator(".review-sources .evidence mark").count()).isPositive();
    assertThat(page.locator("[id='item-2025-10-27-eastern_pacific'] .reviewed").textContent()).contains("set by ana");
    page.navigate(url("/review?state=open&why=single_source"));
    assertThat(page.locator("#queue .review-item h2 a").allTextContents()).doesNotContain("2025-09-15-caribbean")
        .contains("2025-10-16-caribbean");
    shot(page, "queue");
    assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    assertThat(problems).isEmpty();
    page.context().close();
  }

  @Test
  @Order(5)
  void admin_createsARelease_whoseChangesListExactlyTheEditorsDecisions() {
    problems.clear();
    Page page = signedIn("root", "admin-password");
    page.navigate(url("/releases"));
    page.fill("#release-name", "2026-02");
    page.click("#create-release");
    page.waitForURL("**/releases");
    assertThat(page.locator("#releases tr.release").first().textContent()).startsWith("2026-02");
    shot(page, "releases");
    String href = page.locator("#releases tr.release").first().locator("a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("CHANGES.md"))
        .getAttribute("href");

    String changes = page.context().request().get(url(href)).text();

    assertThat(changes.replaceAll(", \\d{4}-\\d\\d-\\d\\dT[^)]*\\)", ")")).endsWith("""
        ## Incidents added (0)

        None.

        ## Incidents removed (0)

        None.

        ## Incidents changed (4)

        - 2025-09-15-caribbean
          - status: extracted → confirmed — decision #1 (confirm by ana): Pentagon video shows the strike
        - 2025-10-21-eastern_pacific
          - sources: 2 → 3 — decision #3 (merge by ana): the same boat, reported a day late
        - 2025-10-27-eastern_pacific
          - killed_best: 14 → 15 — decision #2 (set by ana): <script>window.__xss=20</script>a fifteenth body was recovered
        - 2025-11-04-eastern_pacific
          - status: extracted → merged — decision #3 (merge by ana): the same boat, reported a day late
        """);
    assertThat(changes).startsWith("# Release 2026-02 (");
    assertThat(problems).isEmpty();
    page.context().close();
  }

  @Test
  @Order(6)
  void reviewQueue_keys_moveToTheNextItemAndConfirmIt() {
    problems.clear();
    Page page = signedIn("ana", "editor-password");
    page.navigate(url("/review?state=open"));
    List<String> ids = page.locator("#queue .review-item h2 a").allTextContents();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
    assertThat(page.locator("#queue").getAttribute("data-current")).isEqualTo("item-" + ids.get(0));

    page.keyboard().press("j");
    assertThat(page.locator("#queue").getAttribute("data-current")).isEqualTo("item-" + ids.get(1));
    assertThat(page.locator(".review-item.current h2 a").textContent()).isEqualTo(ids.get(1));
    page.keyboard().press("c");
    assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("reason");
    page.keyboard().type("checked against the video");
    page.keyboard().press("Enter");
    page.waitForURL("**/review?state=open#item-" + ids.get(1));

    assertThat(page.locator("#queue .review-item h2 a").allTextContents()).doesNotContain(ids.get(1));
    page.navigate(url("/incidents/" + ids.get(1)));
    assertThat(page.locator("table.fields").textContent()).contains("Statusconfirmed");
    assertThat(page.locator("#history").textContent()).contains("checked against the video");
    page.navigate(url("/review?state=open"));
    page.keyboard().press("k");
    page.keyboard().press("o");
    page.waitForURL("**/incidents/" + ids.get(0));
    assertThat(problems).isEmpty();
    page.context().close();
  }
}
