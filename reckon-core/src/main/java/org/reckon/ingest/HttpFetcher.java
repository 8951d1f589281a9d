package org.reckon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches pages and feeds with the JDK's HTTP client: redirects followed, a time limit on every
 * request, bodies over the size limit refused before they fill memory.
 */
public final class HttpFetcher implements PageFetcher {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String USER_AGENT = "Reckon/0.1 (news-report incident record; +https://github.com/reckon)";

  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(Duration.ofSeconds(15))
      .build();
  private final long maxBytes;

  public HttpFetcher(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Page fetch(URI uri) throws BadInputException {
    String name = uri.toString();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BadInputException(name, "not an http or https address", "give a web address or a file path");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", USER_AGENT)
        .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.8, */*;q=0.5")
        .GET().build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new BadInputException(name, "the server answered HTTP " + response.statusCode(),
              "check the address, or save the page and ingest the file");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new BadInputException(name, "the response is over the " + DocumentReader.size(maxBytes) + " limit",
              "raise the limit with --max-size");
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
            .toLowerCase(Locale.ROOT);
        return new Page(response.uri(), type, bytes);
      }
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be fetched (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", "check the address and the network", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(name, "fetch interrupted", "run the ingest again");
    }
  }
}
