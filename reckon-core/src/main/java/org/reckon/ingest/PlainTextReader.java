package org.reckon.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * Reads a plain-text article with the optional header of data-contract §1.
 *
 * <p>A header is the block of lines before the first blank line, but only when every one of
 * them is a {@code key: value} line and at least one key is one Reckon knows. That keeps a
 * headline such as "Update: US strikes another boat" in the body, where it belongs.
 */
final class PlainTextReader {
  private static final Set<String> KNOWN_KEYS = Set.of("url", "title", "outlet", "published", "language");
  private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,39}):[ \\t]*(.*)");
  /** Several real exports open with a line like {@code " date 2025-12-19"}, often with text after it. */
  private static final Pattern DATE_LINE = Pattern.compile("^[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final int DATE_LINE_WINDOW = 3;

  private PlainTextReader() {}

  static Document read(String source, String rawText) throws BadInputException {
    String text = TextNormalizer.normalize(rawText);
    Map<String, String> header = new LinkedHashMap<>();
    String body = splitHeader(text, header);
    TextDecoder.checkHasText(source, body);

    LocalDate published = null;
    PublishedBasis basis = PublishedBasis.UNKNOWN;
    String publishedValue = header.remove("published");
    if (publishedValue != null) {
      published = PublishedDates.parse(publishedValue).orElseThrow(() -> new BadInputException(source,
          "header 'published: " + publishedValue + "' is not an ISO date or date-time",
          "write it as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (e.g. published: 2025-09-03), or remove the line"));
      basis = PublishedBasis.HEADER;
    } else {
      Optional<LocalDate> dateLine = dateLine(source, body);
      if (dateLine.isPresent()) {
        published = dateLine.get();
        basis = PublishedBasis.TEXT;
      }
    }
    String language = header.remove("language");
    return new Document(
        TextNormalizer.sha256(body),
        source,
        header.remove("url"),
        header.remove("title"),
        header.remove("outlet"),
        language == null ? null : language.toLowerCase(Locale.ROOT),
        published,
        null,
        basis,
        body,
        header);
  }

  /** Fills {@code header} and returns the body; returns {@code text} itself when there is no header. */
  private static String splitHeader(String text, Map<String, String> header) {
    int blank = text.indexOf("\n\n");
    String block = blank < 0 ? text : text.substring(0, blank);
    Map<String, String> found = new LinkedHashMap<>();
    for (String line : block.split("\n", -1)) {
      Matcher m = HEADER_LINE.matcher(line.strip());
      if (!m.matches()) {
        return text;
      }
      found.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
    }
    if (found.keySet().stream().noneMatch(KNOWN_KEYS::contains)) {
      return text;
    }
    found.forEach((k, v) -> {
      if (!v.isEmpty()) {
        header.put(k, v);
      }
    });
    // the body is normalised on its own: a byte-order mark may open it too, after the header
    return blank < 0 ? "" : TextNormalizer.normalize(text.substring(blank).replaceFirst("^\n+", ""));
  }

  private static Optional<LocalDate> dateLine(String source, String body) throws BadInputException {
    String[] lines = body.split("\n", DATE_LINE_WINDOW + 1);
    for (int i = 0; i < Math.min(DATE_LINE_WINDOW, lines.length); i++) {
      Matcher m = DATE_LINE.matcher(lines[i]);
      if (m.find()) {
        @Nullable LocalDate day = PublishedDates.parse(m.group(1)).orElse(null);
        if (day == null) {
          throw new BadInputException(source, "date line '" + m.group().strip() + "' is not a calendar day",
              "correct the date (YYYY-MM-DD) or remove the line");
        }
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }
}
