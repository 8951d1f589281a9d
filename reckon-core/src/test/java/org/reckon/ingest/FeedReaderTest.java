package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Document;

/** RSS and Atom feeds, from files and from a real HTTP server on loopback. */
class FeedReaderTest {
  private static final String ARTICLE = "The U.S. military struck a boat in the eastern Pacific on Tuesday, killing three people"
      + " aboard, the Southern Command said in a statement. It gave no evidence that the vessel carried drugs. Relatives of"
      + " one of the men told a local radio station that he had gone out to fish the night before and had not come back."
      + " The strike was the fourth in the region in a week, and lawmakers in Washington asked again for the legal opinion"
      + " behind the campaign.";
  private static final String PAGE = "<html><head><title>Strike in the Caribbean</title></head><body><article>"
      + "<p>A strike on a vessel in the Caribbean on Monday killed two people, officials said.</p>"
      + "<p>Neighbours in the fishing town said the two men were brothers.</p></article></body></html>";

  @TempDir Path dir;
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve("/news/caribbean-strike", "text/html; charset=utf-8", PAGE);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void serve(String path, String type, String body) {
    server.createContext(path, exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
  }

  private String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Harbour Gazette</title>
            <link>https://gazette.example/</link>
            <item>
              <title>Three killed in Pacific strike</title>
              <link>https://gazette.example/pacific-strike</link>
              <pubDate>Wed, 05 Nov 2025 14:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>%s</p>]]></content:encoded>
            </item>
            <item>
              <title>Strike in the Caribbean</title>
              <link>%s/news/caribbean-strike</link>
              <pubDate>Tue, 11 Nov 2025 09:30:00 GMT</pubDate>
              <description>Two killed, officials say.</description>
            </item>
            <item>
              <title>Editor's note</title>
              <description>See our coverage.</description>
            </item>
          </channel>
        </rss>
        """.formatted(ARTICLE, base);
  }

  /** A reader whose fetcher may reach this test's loopback server (--allow-private-addresses). */
  private static DocumentReader loopbackReader() {
    return new DocumentReader(1_000_000, new HttpFetcher(1_000_000, AddressPolicy.any(), HttpFetcher.DEFAULT_DEADLINE));
  }

  private List<Document> ingest(DocumentReader reader, List<String> inputs, List<BadInputException> failures) {
    List<Document> documents = new ArrayList<>();
    IngestSummary summary = new Ingester(reader).ingest(inputs, d -> documents.add(d), new Ingester.Listener() {});
    failures.addAll(summary.failures());
    return documents;
  }

  @Test
  void rssFile_entryTextOrLinkedPage_eachOneDocument_entryWithNeitherReported() throws IOException {
    Path feed = Files.writeString(dir.resolve("gazette.rss"), rss());
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(loopbackReader(), List.of(feed.toString()), failures);

    assertThat(docs).hasSize(2);
    Document full = docs.get(0);
    assertThat(full.text()).startsWith("The U.S. military struck a boat in the eastern Pacific");
    assertThat(full.outlet()).isEqualTo("Harbour Gazette");
    assertThat(full.title()).isEqualTo("Three killed in Pacific strike");
    assertThat(full.published()).isEqualTo(LocalDate.of(2025, 11, 5));
    assertThat(full.source()).isEqualTo("https://gazette.example/pacific-strike");

    Document fetched = docs.get(1);
    assertThat(fetched.text()).contains("killed two people").contains("were brothers");
    assertThat(fetched.published()).as("the page has no date: the entry's").isEqualTo(LocalDate.of(2025, 11, 11));
    assertThat(fetched.outlet()).isEqualTo("Harbour Gazette");

    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.getMessage()).contains("gazette.rss entry 3").contains("Editor's note")
          .contains("no article text and no web link");
    });
  }

  @Test
  void feedByWebAddress_andAPageThatIsMissing_theRunGoesOn() {
    serve("/feed.xml", "application/rss+xml", rss());
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(loopbackReader(),
        List.of(base + "/feed.xml", base + "/news/gone"), failures);

    assertThat(docs).extracting(Document::title)
        .containsExactly("Three killed in Pacific strike", "Strike in the Caribbean");
    assertThat(failures).extracting(BadInputException::getMessage)
        .anyMatch(m -> m.contains(base + "/news/gone") && m.contains("HTTP 404"));
  }

  /** Regression (issue #10, D5): an entry linking to 127.0.0.1 was fetched, stored and served. */
  @Test
  void rssFile_entryLinkingToLoopback_isRefusedByDefault_otherEntriesStored() throws IOException {
    Path feed = Files.writeString(dir.resolve("gazette.rss"), rss());
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(new DocumentReader(1_000_000), List.of(feed.toString()), failures);

    assertThat(docs).extracting(Document::title).containsExactly("Three killed in Pacific strike");
    assertThat(failures).extracting(BadInputException::getMessage).contains(base + "/news/caribbean-strike: not fetched:"
        + " 127.0.0.1 is a loopback address, and local and private networks are not fetched by default;"
        + " pass --allow-private-addresses to fetch from them");
  }

  @Test
  void offline_entriesThatNeedTheirPage_areReportedNotFetched() throws IOException {
    Path feed = Files.writeString(dir.resolve("gazette.xml"), rss());
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(new DocumentReader(1_000_000, PageFetcher.offline()), List.of(feed.toString()), failures);

    assertThat(docs).extracting(Document::title).containsExactly("Three killed in Pacific strike");
    assertThat(failures).extracting(BadInputException::getMessage)
        .anyMatch(m -> m.contains("/news/caribbean-strike") && m.contains("offline"));
  }

  @Test
  void atomFeed_withContent() throws IOException {
    Path feed = Files.writeString(dir.resolve("wire.atom"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Wire Desk</title>
          <id>urn:example:wire</id>
          <updated>2025-11-05T10:00:00Z</updated>
          <entry>
            <title>Pacific strike</title>
            <id>urn:example:wire:1</id>
            <link href="https://wire.example/1"/>
            <published>2025-11-05T10:00:00Z</published>
            <updated>2025-11-05T10:00:00Z</updated>
            <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
          </entry>
        </feed>
        """.formatted(ARTICLE));
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(loopbackReader(), List.of(feed.toString()), failures);
    assertThat(failures).isEmpty();
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.outlet()).isEqualTo("Wire Desk");
      assertThat(d.published()).isEqualTo(LocalDate.of(2025, 11, 5));
      assertThat(d.text()).contains("killing three people");
    });
  }

  @Test
  void feedWithExternalEntity_isRefused_andReadsNoLocalFile() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-LINE");
    Path feed = Files.writeString(dir.resolve("evil.rss"), """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
        <rss version="2.0"><channel><title>Evil</title>
          <item><title>&leak;</title><description><![CDATA[<p>%s</p>]]></description></item>
        </channel></rss>
        """.formatted(secret.toUri(), ARTICLE));
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(loopbackReader(), List.of(feed.toString()), failures);
    assertThat(docs).isEmpty();
    assertThat(failures).singleElement().satisfies(f -> assertThat(f.getMessage())
        .contains("evil.rss").contains("not a readable RSS or Atom feed").doesNotContain("TOP-SECRET-LINE"));
  }

  @Test
  void notAFeed_isReadAsBefore() throws IOException {
    Path page = Files.writeString(dir.resolve("page.xml"), "<?xml version=\"1.0\"?><html><body><p>"
        + "A boat was hit in the Caribbean on Monday.</p></body></html>");
    List<BadInputException> failures = new ArrayList<>();
    assertThat(ingest(loopbackReader(), List.of(page.toString()), failures)).hasSize(1);
    assertThat(failures).isEmpty();
  }

  /** Regression (fuzz test checks): an entry title with a line break made the entry's message two lines. */
  @Test
  void rssFile_entryTitleOnTwoLines_isNamedOnOneLine() throws IOException {
    Path feed = Files.writeString(dir.resolve("lines.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>G</title>"
        + "<item><title>Line one\n   line two</title><description>Short.</description></item></channel></rss>");
    List<BadInputException> failures = new ArrayList<>();
    ingest(new DocumentReader(1_000_000, PageFetcher.offline()), List.of(feed.toString()), failures);

    assertThat(failures).extracting(BadInputException::getMessage).containsExactly(feed + " entry 1 (\"Line one line two\"):"
        + " entry holds no article text and no web link to read it from; ingest the article's page or text directly");
  }

  /** Regression (found by fuzzing): a link that is no valid URI threw IllegalArgumentException and ended the ingest. */
  @Test
  void rssFile_entryLinkNotAValidAddress_isReportedAndTheOthersRead() throws IOException {
    Path feed = Files.writeString(dir.resolve("bad-link.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>G</title>"
        + "<item><title>Bad</title><link>https://news.e|ample/a</link><description>Short.</description></item>"
        + "<item><title>Good</title><description>&lt;p&gt;" + ARTICLE + "&lt;/p&gt;</description></item></channel></rss>");
    List<BadInputException> failures = new ArrayList<>();
    List<Document> docs = ingest(new DocumentReader(1_000_000, PageFetcher.offline()), List.of(feed.toString()), failures);

    assertThat(docs).extracting(Document::title).containsExactly("Good");
    assertThat(failures).extracting(BadInputException::getMessage).containsExactly(feed + " entry 1 (\"Bad\"): entry links to"
        + " 'https://news.e|ample/a', not a valid web address (Illegal character in authority); correct the link in the feed,"
        + " or ingest the article's page directly");
  }
}
