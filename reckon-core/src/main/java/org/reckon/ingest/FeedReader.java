package org.reckon.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * Reads RSS and Atom feeds (data-contract §1) with ROME: each entry is one document, made from
 * the entry's own text when the feed carries the article, else from the page it links to. The
 * entry's title, date and the feed's title fill what the page leaves out. An entry that gives
 * neither text nor a page is reported and the others go on. Feeds with a DOCTYPE are refused by
 * ROME's parser, so a hostile feed cannot read local files through external entities.
 */
final class FeedReader {
  /** Below this many words an entry holds a teaser, not the article: its linked page is read instead. */
  static final int MIN_ARTICLE_WORDS = 60;

  private FeedReader() {}

  /** What a feed gave: its documents handed to the sink, and the entries that failed. */
  record Outcome(int documents, List<BadInputException> problems) {}

  /** Whether {@code text} opens as an RSS, RDF or Atom document. */
  static boolean looksLikeFeed(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
    return (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf"))
        && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"));
  }

  static Outcome read(String source, byte[] bytes, PageFetcher fetcher, DocumentSink sink) throws BadInputException {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().replaceAll("\\s+", " ");
      throw new BadInputException(source, "not a readable RSS or Atom feed (" + why + ")",
          "check that it is the feed itself, without a DOCTYPE; or save its pages and ingest them", e);
    }
    String outlet = blankToNull(feed.getTitle());
    List<BadInputException> problems = new ArrayList<>();
    int documents = 0;
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      // a title may span lines; the message naming the entry stays one line
      String title = blankToNull(entry.getTitle());
      String name = source + " entry " + number + (title == null ? "" : " (\"" + title.replaceAll("\\s+", " ") + "\")");
      try {
        sink.accept(document(name, entry, outlet, fetcher));
        documents++;
      } catch (BadInputException e) {
        problems.add(e);
      }
    }
    if (number == 0) {
      throw new BadInputException(source, "feed with no entries", "check that the feed is not empty or expired");
    }
    return new Outcome(documents, problems);
  }

  private static Document document(String name, SyndEntry entry, String outlet, PageFetcher fetcher) throws BadInputException {
    String link = blankToNull(entry.getLink());
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    String html = content(entry);
    if (html != null && words(html) >= MIN_ARTICLE_WORDS) {
      return HtmlReader.read(link != null ? link : name, page(entry.getTitle(), published, outlet, link, html));
    }
    if (link == null || !link.matches("(?i)https?://.*")) {
      throw new BadInputException(name, "entry holds no article text and no web link to read it from",
          "ingest the article's page or text directly");
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      // URI.create threw IllegalArgumentException here, which ended the whole ingest (found by fuzzing)
      throw new BadInputException(name, "entry links to '" + link + "', not a valid web address (" + e.getReason() + ")",
          "correct the link in the feed, or ingest the article's page directly");
    }
    PageFetcher.Page page = fetcher.fetch(uri);
    Document d = HtmlReader.read(link, TextDecoder.decodeOrThrow(link, page.body()));
    boolean dated = d.published() != null;
    return new Document(d.id(), d.source(), d.url() != null ? d.url() : link,
        d.title() != null ? d.title() : blankToNull(entry.getTitle()), d.outlet() != null ? d.outlet() : outlet,
        d.language(), dated ? d.published() : published, d.publishedRange(),
        dated ? d.publishedBasis() : published != null ? PublishedBasis.META : d.publishedBasis(), d.text(), d.metadata());
  }

  /** The entry's fullest HTML: its content, else its description. */
  private static String content(SyndEntry entry) {
    String best = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
        best = c.getValue();
      }
    }
    if (best == null && entry.getDescription() != null) {
      best = entry.getDescription().getValue();
    }
    return blankToNull(best);
  }

  /** The entry as a page HtmlReader reads like any other: metadata in meta tags, text in an article. */
  private static String page(String title, LocalDate published, String outlet, String link, String content) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head>");
    if (title != null) {
      html.append("<title>").append(Entities.escape(title)).append("</title>");
    }
    meta(html, "article:published_time", published == null ? null : published.toString());
    meta(html, "og:site_name", outlet);
    meta(html, "og:url", link);
    return html.append("</head><body><article>").append(content).append("</article></body></html>").toString();
  }

  private static void meta(StringBuilder html, String property, String value) {
    if (value != null) {
      html.append("<meta property=\"").append(property).append("\" content=\"").append(Entities.escape(value).replace("\"", "&quot;"))
          .append("\">");
    }
  }

  private static int words(String html) {
    String text = org.jsoup.Jsoup.parse(html).text().strip();
    return text.isEmpty() ? 0 : text.split("\\s+").length;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
