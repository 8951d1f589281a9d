package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Database;

/**
 * The UI in real headless Chromium (Debian's, driven by Playwright): every page opens without a
 * script or policy error and without a request leaving the machine, a click leads from the
 * overview to an incident to its highlighted sentence, and hostile article text never runs.
 * Screenshots are saved in target/screenshots.
 */
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static Database db;
  private static ReckonServer server;
  private static Playwright playwright;
  private static Browser browser;

  private BrowserContext context;
  private Page page;
  private final List<String> problems = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      if (System.getenv("CI") != null) {
        fail("Chromium is not at " + CHROMIUM + " but CI is set: .ci/run must install Debian's chromium package");
      }
      Assumptions.abort("skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
    }
    db = TestRecord.create(dir);
    server = ReckonServer.start(db, "127.0.0.1", 0);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync")));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
      playwright.close();
      server.close();
      db.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
    page = context.newPage();
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
    page.onRequest(r -> requests.add(r.url()));
  }

  @AfterEach
  void close() {
    context.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private void visit(String path, String screenshot) {
    page.navigate(url(path));
    page.waitForLoadState();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(screenshot + ".png")).setFullPage(true));
  }

  @Test
  void everyPage_opensCleanAndLoadsNothingFromElsewhere() {
    visit("/", "overview");
    assertThat(page.locator("#timeline rect.bar").count()).isGreaterThanOrEqualTo(5);
    visit("/map", "map");
    page.waitForSelector("#map[data-land=drawn]");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map.png")).setFullPage(true));
    visit("/incidents", "incidents");
    visit("/incidents?region=eastern_pacific&sort=killed", "incidents-filtered");
    assertThat(page.locator("table#incidents tbody tr").count()).isEqualTo(3);
    visit("/claims?speaker_type=named_official", "claims");
    visit("/search?q=%22eastern+Pacific%22", "search");
    assertThat(page.locator(".hit mark").count()).isGreaterThan(0);
    visit("/downloads", "downloads");
    visit("/incidents/2025-10-27-eastern_pacific", "incident");
    visit("/review", "review-read-only");
    assertThat(page.locator("#queue .review-item").count()).isGreaterThanOrEqualTo(5);
    assertThat(page.locator("form.decision").count()).as("no accounts: no controls").isZero();
    visit("/releases", "releases-read-only");
    visit("/login", "login-read-only");

    assertThat(problems).isEmpty();
    assertThat(requests).allSatisfy(u -> assertThat(u).startsWith(url("/")));
  }

  @Test
  void click_fromOverviewToIncidentToItsHighlightedSentence() {
    visit("/", "click-1-overview");
    page.locator("#timeline a").first().click();
    page.waitForURL("**/incidents/**");
    assertThat(page.locator("h1").textContent()).startsWith("Strike of ");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("click-2-incident.png")).setFullPage(true));
    Locator evidence = page.locator(".evidence").first();
    String marked = evidence.locator("mark").textContent();
    evidence.locator("a").click();
    page.waitForURL("**/documents/**");
    String anchor = page.url().substring(page.url().indexOf('#') + 1);
    Locator target = page.locator("#" + anchor);
    assertThat(target.locator("mark").first().textContent()).isEqualTo(marked.substring(0, target.locator("mark").first()
        .textContent().length()));
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("click-3-document.png")).setFullPage(true));
    assertThat(problems).isEmpty();
  }

  @Test
  void hostileArticle_neverRuns() {
    visit("/search?q=iframe", "xss-search");
    page.locator(".hit a").first().click();
    page.waitForURL("**/documents/**");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("xss-document.png")).setFullPage(true));
    visit("/claims?q=stop", "xss-claims");
    visit("/incidents/2025-10-21-eastern_pacific", "xss-incident");

    assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    assertThat(page.locator("iframe, img, b").count()).isZero();
    assertThat(problems).isEmpty();
  }
}
