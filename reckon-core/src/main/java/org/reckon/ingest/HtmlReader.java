package org.reckon.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * Reads a news article page: the article's text without navigation, and its metadata.
 *
 * <p>Design note. jsoup parses; choosing the article text is ours, because no maintained Java
 * library does it well on JDK 17 (Readability ports are unmaintained). The rule is the common
 * one: drop elements that are never article text (scripts, navigation, asides, forms, page
 * headers and footers, and blocks whose class or id names them as such), take the first of
 * {@code [itemprop=articleBody]}, {@code <article>}, {@code <main>}, {@code [role=main]}, or
 * else the element holding the most paragraph text, and emit its headings, paragraphs, list
 * items and quotes as paragraphs separated by a blank line.
 */
final class HtmlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NEVER_TEXT =
      "script, style, noscript, template, nav, aside, form, iframe, svg, button, select, input, "
          + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], "
          + "[aria-hidden=true]";
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|related|share|sharing|social|comments?|"
          + "promo|newsletter|subscribe|advert|ads?|cookie|paywall|footer|masthead|most-?read|"
          + "more-from|recirc|trending)($|[\\s_-])");
  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
  private static final String BLOCKS = HEADINGS + ", p, li, blockquote, pre, figcaption";

  private HtmlReader() {}

  static Document read(String source, String html) throws BadInputException {
    org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri(source));
    Map<String, String> metadata = new LinkedHashMap<>();
    String title = firstNonBlank(meta(page, "og:title"), page.title(), page.select("h1").text());
    String url = firstNonBlank(meta(page, "og:url"), page.select("link[rel=canonical]").attr("abs:href"));
    String outlet = firstNonBlank(meta(page, "og:site_name"));
    String language = language(page.select("html").attr("lang"));
    String description = meta(page, "og:description");
    if (description != null) {
      metadata.put("description", description);
    }
    Optional<LocalDate> published = publishedDate(page);

    String body = TextNormalizer.normalize(articleText(page));
    if (body.isBlank()) {
      throw new BadInputException(source, "HTML page with no article text (no paragraphs in <article>, <main> or <body>)",
          "save the article page itself, not an index, a consent page or a script-only page");
    }
    return new Document(
        TextNormalizer.sha256(body),
        source,
        url,
        title,
        outlet,
        language,
        published.orElse(null),
        null,
        published.isPresent() ? PublishedBasis.META : PublishedBasis.UNKNOWN,
        body,
        metadata);
  }

  private static String articleText(org.jsoup.nodes.Document page) {
    Element body = page.body();
    body.select(NEVER_TEXT).remove();
    // Page headers and footers, but not an <article>'s own <header> with its headline.
    for (Element e : body.select("header, footer")) {
      if (e.closest("article") == null) {
        e.remove();
      }
    }
    for (Element e : body.select("[class], [id]")) {
      if (e.parent() != null && !e.is("article, main, body")
          && (BOILERPLATE_NAME.matcher(e.className()).find() || BOILERPLATE_NAME.matcher(e.id()).find())) {
        e.remove();
      }
    }
    Element root = articleRoot(body);
    List<String> paragraphs = new ArrayList<>();
    Element h1 = body.selectFirst("h1");
    if (h1 != null && root.selectFirst("h1") == null) {
      paragraphs.add(h1.text());
    }
    boolean hasContent = false;
    for (Element block : root.select(BLOCKS)) {
      String text = block.text().strip();
      if (text.isEmpty() || hasBlockAncestorWithin(block, root)) {
        continue;
      }
      paragraphs.add(text);
      hasContent |= !block.is(HEADINGS);
    }
    if (!hasContent) {
      // No paragraph markup: take the root's text, unless it is nothing but headings.
      String whole = root.text().strip();
      paragraphs.removeIf(p -> root.select(HEADINGS).eachText().contains(p));
      if (whole.length() <= root.select(HEADINGS).text().length()) {
        return "";
      }
      paragraphs.add(whole);
    }
    return String.join("\n\n", paragraphs);
  }

  /**
   * The primary subtag of a {@code lang} attribute ("en-US" is {@code en}), or null when it states
   * none: {@code lang="-"} once failed the read with an ArrayIndexOutOfBoundsException (found by
   * the fuzz test's checks; the input is in HtmlReaderFuzzTestInputs).
   */
  private static @Nullable String language(String lang) {
    String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0].strip();
    return primary.isEmpty() ? null : primary;
  }

  private static Element articleRoot(Element body) {
    for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
      Element best = null;
      for (Element candidate : body.select(selector)) {
        if (best == null || paragraphTextLength(candidate) > paragraphTextLength(best)) {
          best = candidate;
        }
      }
      if (best != null && paragraphTextLength(best) > 0) {
        return best;
      }
    }
    // No semantic markup: the element whose own <p> children hold the most text.
    Element best = body;
    int bestLength = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = 0;
      for (Element child : parent.children()) {
        if (child.is("p")) {
          length += child.text().length();
        }
      }
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return best;
  }

  private static int paragraphTextLength(Element e) {
    int length = 0;
    for (Element p : e.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  private static boolean hasBlockAncestorWithin(Element block, Element root) {
    for (Element a = block.parent(); a != null && a != root; a = a.parent()) {
      if (a.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> publishedDate(org.jsoup.nodes.Document page) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(page, "article:published_time"));
    candidates.add(meta(page, "og:published_time"));
    candidates.addAll(jsonLdDates(page));
    candidates.add(page.select("meta[itemprop=datePublished]").attr("content"));
    candidates.add(meta(page, "date"));
    candidates.add(meta(page, "dc.date"));
    candidates.add(page.select("time[itemprop=datePublished]").attr("datetime"));
    for (String value : candidates) {
      if (value != null && !value.isBlank()) {
        Optional<LocalDate> day = PublishedDates.parse(value);
        if (day.isPresent()) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> jsonLdDates(org.jsoup.nodes.Document page) {
    List<String> dates = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collectDatePublished(JSON.readTree(script.data()), dates);
      } catch (java.io.IOException e) {
        // Broken JSON-LD is common on real pages; the other metadata may still give the date.
      }
    }
    return dates;
  }

  private static void collectDatePublished(JsonNode node, List<String> into) {
    if (node.isObject()) {
      JsonNode date = node.get("datePublished");
      if (date != null && date.isTextual()) {
        into.add(date.asText());
      }
      node.forEach(child -> collectDatePublished(child, into));
    } else if (node.isArray()) {
      node.forEach(child -> collectDatePublished(child, into));
    }
  }

  private static @Nullable String meta(org.jsoup.nodes.Document page, String name) {
    Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    if (e == null) {
      return null;
    }
    String content = e.attr("content").strip();
    return content.isEmpty() ? null : content;
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String baseUri(String source) {
    return source.startsWith("http://") || source.startsWith("https://") ? source : "";
  }
}
