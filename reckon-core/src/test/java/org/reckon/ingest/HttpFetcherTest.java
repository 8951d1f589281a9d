package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reckon.model.Document;

/** Fetching over HTTP from real servers on loopback, the only addresses these tests ever reach. */
class HttpFetcherTest {
  private static final String PAGE = "<html><body><article><p>Two were killed.</p></article></body></html>";

  private HttpServer server;
  private HttpServer other;
  private String base;
  private String otherBase;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger otherRequests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/page", exchange -> {
      requests.incrementAndGet();
      byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.createContext("/to-other", exchange -> redirect(exchange, otherBase + "/page"));
    server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
    server.createContext("/drip", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 10_000);
      try {
        for (int i = 0; i < 10_000; i++) {
          exchange.getResponseBody().write('x');
          exchange.getResponseBody().flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException e) {
        // the client gave up, as it should
      } finally {
        exchange.close();
      }
    });
    server.createContext("/endless", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0); // chunked: no length announced
      try {
        byte[] chunk = new byte[1000];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 100_000; i++) {
          exchange.getResponseBody().write(chunk);
        }
      } catch (IOException e) {
        // the client gave up, as it should
      } finally {
        exchange.close();
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();

    other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext("/page", exchange -> {
      otherRequests.incrementAndGet();
      byte[] bytes = PAGE.replace("Two", "Three").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    other.start();
    otherBase = "http://127.0.0.1:" + other.getAddress().getPort();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    other.stop(0);
  }

  /** Loopback stands in for the public internet; the second server, on its own port, for a private address. */
  private AddressPolicy refusingOtherServer() {
    int port = other.getAddress().getPort();
    return (uri, address) -> uri.getPort() == port ? Optional.of("port " + port + " stands for a private address") : Optional.empty();
  }

  /** Regression (issue #10, D5): a feed entry linking to 127.0.0.1 was fetched, stored and served. */
  @Test
  void fetch_loopbackAddressByDefault_isRefusedNamingTheUrlAndTheFlag() {
    String url = base + "/page";
    assertThatThrownBy(() -> new HttpFetcher(1_000_000).fetch(URI.create(url)))
        .isInstanceOf(BadInputException.class)
        .hasMessage(url + ": not fetched: 127.0.0.1 is a loopback address, and local and private networks are not"
            + " fetched by default; pass --allow-private-addresses to fetch from them");
    assertThat(requests).as("no request reached the server").hasValue(0);
  }

  @Test
  void fetch_redirectToAnAddressThePolicyRefuses_isRefusedAtThatHop() {
    String url = base + "/to-other";
    assertThatThrownBy(() -> new HttpFetcher(1_000_000, refusingOtherServer(), Duration.ofSeconds(10)).fetch(URI.create(url)))
        .isInstanceOf(BadInputException.class)
        .hasMessage(url + ": not fetched: it redirects to " + otherBase + "/page, but port " + other.getAddress().getPort()
            + " stands for a private address; pass --allow-private-addresses to fetch from them");
    assertThat(otherRequests).as("the refused hop was never requested").hasValue(0);
  }

  @Test
  void fetch_redirectWithEveryHopAllowed_isFollowedToThePage() throws Exception {
    PageFetcher.Page page = new HttpFetcher(1_000_000, AddressPolicy.any(), Duration.ofSeconds(10))
        .fetch(URI.create(base + "/to-other"));
    assertThat(page.uri()).hasToString(otherBase + "/page");
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Three were killed.");
  }

  @Test
  void fetch_redirectLoop_stopsAtTheHopLimit() {
    assertThatThrownBy(() -> new HttpFetcher(1_000_000, AddressPolicy.any(), Duration.ofSeconds(10)).fetch(URI.create(base + "/loop")))
        .hasMessage(base + "/loop: more than 5 redirects; check the address, or save the page and ingest the file");
  }

  /** Regression (issue #10, D5): the timeout covered the headers only, so a body sent a byte a second hung ingest. */
  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard only
  void ingest_serverThatDripsItsBody_isCutOffAtTheDeadlineAndTheRunGoesOn() {
    HttpFetcher fetcher = new HttpFetcher(1_000_000, AddressPolicy.any(), Duration.ofMillis(800));
    List<Document> stored = new ArrayList<>();
    long start = System.nanoTime();

    IngestSummary summary = new Ingester(new DocumentReader(1_000_000, fetcher))
        .ingest(List.of(base + "/drip", base + "/page"), stored::add, new Ingester.Listener() {});

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(stored).extracting(Document::text).containsExactly("Two were killed.");
    assertThat(summary.failures()).extracting(BadInputException::getMessage).containsExactly(base + "/drip: no complete"
        + " answer within 800 ms (the server is too slow or stopped sending); try again later, raise --fetch-timeout,"
        + " or save the page and ingest the file");
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard only
  void fetch_bodyWithoutLengthOverTheLimit_isCutOffWhileReading() {
    assertThatThrownBy(() -> new HttpFetcher(50_000, AddressPolicy.any(), Duration.ofSeconds(20)).fetch(URI.create(base + "/endless")))
        .hasMessage(base + "/endless: the response is over the 50.0 kB limit; raise the limit with --max-size");
  }
}
