package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

class HtmlReaderTest {
  private static final String PAGE = """
      <!doctype html>
      <html lang="en-GB">
      <head>
        <title>Strike kills three | Example News</title>
        <meta property="og:title" content="Strike kills three">
        <meta property="og:site_name" content="Example News">
        <meta property="og:url" content="https://news.example/strike">
        <meta property="article:published_time" content="2025-09-15T21:30:00Z">
        <script>var tracking = "not text";</script>
      </head>
      <body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <div class="share-tools">Share on X</div>
        <article>
          <h1>Strike kills three</h1>
          <p>Three men were killed on Monday, the president said.</p>
          <aside><h3>Most read</h3><ul><li>Another story entirely</li></ul></aside>
          <p>The strike took place in <b>international waters</b>.</p>
          <ul><li>It was the second strike.</li></ul>
        </article>
        <div class="related-stories"><p>US strikes another boat, killing four</p></div>
        <footer><p>Copyright Example News</p></footer>
      </body>
      </html>
      """;

  @Test
  void read_newsPage_keepsArticleParagraphsOnly() throws Exception {
    Document d = HtmlReader.read("page.html", PAGE);
    assertThat(d.text()).isEqualTo("""
        Strike kills three

        Three men were killed on Monday, the president said.

        The strike took place in international waters.

        It was the second strike.""");
  }

  @Test
  void read_newsPage_takesMetadata() throws Exception {
    Document d = HtmlReader.read("page.html", PAGE);
    assertThat(d.title()).isEqualTo("Strike kills three");
    assertThat(d.outlet()).isEqualTo("Example News");
    assertThat(d.url()).isEqualTo("https://news.example/strike");
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(d.publishedBasis()).isEqualTo(PublishedBasis.META);
  }

  @Test
  void read_jsonLdDatePublishedInGraph_isPublicationDate() throws Exception {
    Document d = HtmlReader.read("p.html", """
        <html><head><title>T</title>
        <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
          {"@type":"NewsArticle","datePublished":"2025-10-22T08:00:00-05:00"}]}</script>
        <script type="application/ld+json">{ broken json </script>
        </head><body><main><p>Two people were killed.</p></main></body></html>""");
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 10, 22));
    assertThat(d.title()).isEqualTo("T");
  }

  @Test
  void read_noSemanticMarkup_takesTheDivWithMostParagraphText() throws Exception {
    Document d = HtmlReader.read("p.html", """
        <html><body>
          <div id="menu-bar"><p>Home</p><p>World</p></div>
          <div><div class="c"><p>First paragraph of the story.</p><p>Second paragraph.</p></div></div>
          <div><p>Short.</p></div>
        </body></html>""");
    assertThat(d.text()).isEqualTo("First paragraph of the story.\n\nSecond paragraph.");
    assertThat(d.publishedBasis()).isEqualTo(PublishedBasis.UNKNOWN);
  }

  @Test
  void read_textWithoutParagraphMarkup_isKept() throws Exception {
    Document d = HtmlReader.read("p.html", "<html><body><div>Eleven people were killed.</div></body></html>");
    assertThat(d.text()).isEqualTo("Eleven people were killed.");
  }

  @Test
  void read_pageWithNoArticleText_failsWithFix() {
    assertThatThrownBy(() -> HtmlReader.read("index.html", """
        <html><head><title>Front page</title><script>app()</script></head>
        <body><nav><a href="/a">A story</a></nav><h1>Front page</h1><footer>(c)</footer></body></html>"""))
        .isInstanceOf(BadInputException.class)
        .hasMessage("index.html: HTML page with no article text (no paragraphs in <article>, <main> or <body>); "
            + "save the article page itself, not an index, a consent page or a script-only page");
  }

  @Test
  void read_scriptInsideArticle_isNotText() throws Exception {
    Document d = HtmlReader.read("p.html",
        "<html><body><article><p>Real text.</p><script>alert('x')</script><p>&lt;script&gt;shown&lt;/script&gt;</p></article></body></html>");
    assertThat(d.text()).isEqualTo("Real text.\n\n<script>shown</script>");
  }

  /** Regression (fuzz test checks): {@code lang="-"} failed the read with ArrayIndexOutOfBoundsException. */
  @Test
  void read_langWithoutPrimarySubtag_readsWithNoLanguage() throws Exception {
    assertThat(HtmlReader.read("p.html", "<html lang=\"-\"><body><p>Two people were killed.</p></body></html>").language()).isNull();
    assertThat(HtmlReader.read("p.html", "<html lang=\" _x\"><body><p>Two people were killed.</p></body></html>").language()).isNull();
    assertThat(HtmlReader.read("p.html", "<html lang=\"ES-mx\"><body><p>Dos muertos.</p></body></html>").language()).isEqualTo("es");
  }
}
