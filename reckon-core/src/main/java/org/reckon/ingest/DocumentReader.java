package org.reckon.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * Reads one file or web address into documents, choosing the format by name and content: WARC
 * archives, RSS and Atom feeds, JSON Lines of {@code {url, published, text}}, HTML pages, plain
 * text. Files come from a path, or as a stream from any file system (the corpus job's Hadoop
 * paths), a WARC.gz also in slices so that several cores read one archive. Reads only regular files, never more than
 * the size limit of each (counted as read, not as the file system claims), and rejects empty,
 * binary and non-UTF-8 files with a message that says what to do.
 */
public final class DocumentReader {
  /** The size limit when none is configured: 20 MB, far above any article. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1000 * 1000;

  private final long maxBytes;
  private final PageFetcher fetcher;

  /** @param maxBytes the largest file (or WARC record) read; larger ones are rejected */
  public DocumentReader(long maxBytes) {
    this(maxBytes, new HttpFetcher(maxBytes));
  }

  /**
   * @param maxBytes the largest file (or WARC record) read; larger ones are rejected
   * @param fetcher reads web addresses and the pages feed entries link to
   */
  public DocumentReader(long maxBytes, PageFetcher fetcher) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.fetcher = fetcher;
  }

  /**
   * What one file gave: documents handed to the sink, captures skipped inside a WARC, and the
   * entries of a feed that could not be read (the others were).
   */
  public record FileOutcome(int documents, int skipped, List<BadInputException> problems) {
    public FileOutcome {
      problems = List.copyOf(problems);
    }

    FileOutcome(int documents, int skipped) {
      this(documents, skipped, List.of());
    }
  }

  /** Whether a command-line input names a web address rather than a file. */
  public static boolean isWebAddress(String input) {
    return input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8);
  }

  /**
   * Fetches {@code address} and reads what it gives: a feed's entries, a page, a text.
   *
   * @throws BadInputException when it cannot be fetched or read, with a one-line message
   */
  public FileOutcome read(String address, DocumentSink sink) throws BadInputException {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new BadInputException(address, "not a valid web address (" + e.getReason() + ")", "check the address");
    }
    PageFetcher.Page page = fetcher.fetch(uri);
    String type = page.mediaType();
    return readContent(address, page.body(), type.contains("rss") || type.contains("atom"), type.contains("html"),
        PayloadFilter.ALL, sink);
  }

  /** A feed's entries, a page or a text, by what its name says, else by how it opens. */
  private FileOutcome readContent(String name, byte[] bytes, PayloadFilter filter, DocumentSink sink)
      throws BadInputException {
    String lower = name.toLowerCase(Locale.ROOT);
    return readContent(name, bytes, lower.endsWith(".rss") || lower.endsWith(".atom"),
        lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml"), filter, sink);
  }

  /** A feed's entries, a page or a text, by what its name or media type says, else by how it opens. */
  private FileOutcome readContent(String name, byte[] bytes, boolean feed, boolean html, PayloadFilter filter,
      DocumentSink sink) throws BadInputException {
    String text = TextDecoder.decodeOrThrow(name, bytes); // binary and invalid files are errors, filtered or not
    if (!filter.keep(bytes)) {
      return new FileOutcome(0, 1);
    }
    if (feed || FeedReader.looksLikeFeed(text)) {
      FeedReader.Outcome outcome = FeedReader.read(name, bytes, fetcher, sink);
      return new FileOutcome(outcome.documents(), 0, outcome.problems());
    }
    sink.accept(html || looksLikeHtml(text) ? HtmlReader.read(name, text) : PlainTextReader.read(name, text));
    return new FileOutcome(1, 0);
  }

  /**
   * Reads {@code file} and hands each document it holds to {@code sink}.
   *
   * @throws BadInputException when the file cannot be ingested, with a one-line message
   * @throws DocumentSink.StoreFailure when the sink fails; nothing is half-written
   */
  public FileOutcome read(Path file, DocumentSink sink) throws BadInputException {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      requireRegularFile(file);
      if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
        var outcome = WarcArchiveReader.read(file, maxBytes, sink);
        return new FileOutcome(outcome.documents(), outcome.skipped());
      }
      if (lower.endsWith(".jsonl")) {
        try (InputStream in = Files.newInputStream(file)) {
          return readJsonLines(name, in, PayloadFilter.ALL, sink);
        }
      }
      refuseArchives(name);
      long claimed = Files.size(file);
      if (claimed > maxBytes) {
        throw new BadInputException(name, "file is " + size(claimed) + ", over the " + size(maxBytes) + " limit",
            "split it, or raise the limit with --max-size");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readContent(name, readAtMost(name, in), PayloadFilter.ALL, sink);
      }
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", "check that it exists and is readable");
    }
  }

  /**
   * Reads the file called {@code name} (which chooses the format, as for a path) from {@code in},
   * a stream from any file system, and hands each document to {@code sink}; {@code filter} sees
   * each page's bytes first and may drop it unparsed. The caller checks that it is a regular file
   * and closes {@code in}.
   *
   * @throws BadInputException when the file cannot be read, with a one-line message
   */
  public FileOutcome read(String name, InputStream in, PayloadFilter filter, DocumentSink sink) throws BadInputException {
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
        InputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        byte[] magic = buffered.readNBytes(2);
        buffered.reset();
        boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        var outcome = WarcArchiveReader.read(name,
            Channels.newChannel(gzip ? new GunzipStream(buffered) : buffered), gzip, maxBytes, filter, sink);
        return new FileOutcome(outcome.documents(), outcome.skipped());
      }
      if (lower.endsWith(".jsonl")) {
        return readJsonLines(name, in, filter, sink);
      }
      refuseArchives(name);
      return readContent(name, readAtMost(name, in), filter, sink);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", "check that it exists and is readable");
    }
  }

  /**
   * Reads one slice of the multi-member WARC.gz {@code name}: {@code in} stands at a gzip member
   * that starts a WARC record (see {@link #findWarcRecord}), and the slice ends before the first
   * such member at least {@code length} compressed bytes on. Slices cut at the offsets where
   * {@code findWarcRecord} finds records hold each record once. Does not close {@code in}.
   *
   * @throws BadInputException when the slice is truncated or corrupt; its articles before the
   *     damage have been handed over
   */
  public FileOutcome readWarcGzSlice(String name, InputStream in, long length, PayloadFilter filter, DocumentSink sink)
      throws BadInputException {
    InputStream unclosed = new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's stream
      }
    };
    var outcome = WarcArchiveReader.read(name, Channels.newChannel(new GunzipStream(unclosed, length)), true,
        maxBytes, filter, sink);
    return new FileOutcome(outcome.documents(), outcome.skipped());
  }

  /**
   * Where the first gzip member that starts a WARC record begins, in bytes from where {@code in}
   * stands, looking no further than {@code within} bytes; -1 when there is none. Reads only
   * compressed bytes and inflates a few of each candidate, so it is cheap: the corpus job runs
   * it once per slice to find where the slice's records begin.
   */
  public static long findWarcRecord(InputStream in, long within) throws IOException {
    int peek = GunzipStream.PEEK;
    byte[] buf = new byte[(1 << 16) + peek];
    int len = 0;
    long base = 0; // the offset of buf[0]
    while (true) {
      len += in.readNBytes(buf, len, buf.length - len);
      boolean end = len < buf.length;
      int scanEnd = end ? len : len - peek;
      for (int i = 0; i < scanEnd; i++) {
        if (base + i >= within) {
          return -1;
        }
        if (buf[i] == 0x1F && GunzipStream.startsWarcRecord(buf, i, Math.min(len, i + peek))) {
          return base + i;
        }
      }
      if (end) {
        return -1;
      }
      System.arraycopy(buf, scanEnd, buf, 0, len - scanEnd);
      base += scanEnd;
      len -= scanEnd;
    }
  }

  private static void refuseArchives(String name) throws BadInputException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz") || lower.endsWith(".zip") || lower.endsWith(".pdf")) {
      throw new BadInputException(name, "unsupported file type (" + lower.substring(lower.lastIndexOf('.'))
          + ")", "pass text, HTML, JSON Lines or WARC files; decompress or convert this one first");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads JSON Lines of {@code {"url", "published", "text"}}, one document a line, each line at
   * most the size limit. A bad line is a problem of its own ({@code file:line N}); the others are read.
   */
  private FileOutcome readJsonLines(String name, InputStream stream, PayloadFilter filter, DocumentSink sink)
      throws IOException {
    InputStream in = new BufferedInputStream(stream);
    List<BadInputException> problems = new ArrayList<>();
    int documents = 0;
    int skipped = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int number = 1; ; number++) {
      line.reset();
      boolean over = false;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (line.size() < maxBytes) {
          line.write(b);
        } else {
          over = true;
        }
      }
      if (b < 0 && line.size() == 0) {
        break;
      }
      String where = name + ":" + number;
      if (over) {
        problems.add(new BadInputException(where, "line is over the " + size(maxBytes) + " limit",
            "split the text, or raise the limit with --max-size"));
        continue;
      }
      byte[] bytes = line.toByteArray();
      if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
        continue;
      }
      try {
        String text = TextDecoder.decodeUtf8(where, bytes);
        if (!filter.keep(bytes)) {
          skipped++;
          continue;
        }
        sink.accept(jsonLine(where, text));
        documents++;
      } catch (BadInputException e) {
        problems.add(e);
      }
    }
    return new FileOutcome(documents, skipped, problems);
  }

  private static Document jsonLine(String where, String line) throws BadInputException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInputException(where, "not a JSON object (" + e.getOriginalMessage() + ")",
          "write one object {\"url\", \"published\", \"text\"} per line");
    }
    if (node == null || !node.isObject() || !node.path("text").isTextual()) {
      throw new BadInputException(where, "no \"text\" string in this line",
          "write one object {\"url\", \"published\", \"text\"} per line");
    }
    String body = TextNormalizer.normalize(node.get("text").asText());
    TextDecoder.checkHasText(where, body);
    String url = node.path("url").isTextual() ? node.get("url").asText() : null;
    java.time.LocalDate published = null;
    if (node.path("published").isTextual()) {
      String value = node.get("published").asText();
      published = PublishedDates.parse(value).orElseThrow(() -> new BadInputException(where,
          "'published' value '" + value + "' is not an ISO date or date-time", "write it as YYYY-MM-DD, or leave it out"));
    }
    return new Document(TextNormalizer.sha256(body), url == null ? where : url, url, null, null, null, published, null,
        published == null ? PublishedBasis.UNKNOWN : PublishedBasis.HEADER, body, Map.of());
  }

  /**
   * Refuses devices, FIFOs and sockets before they are opened: their size says nothing (0 for
   * /dev/zero), and opening a FIFO nobody writes to blocks for ever.
   */
  private static void requireRegularFile(Path file) throws BadInputException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file.toString(), "not a regular file (" + kind(file) + ")",
          "ingest reads only regular files: save its content to a file and ingest that");
    }
  }

  private static String kind(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      switch (mode & 0170000) {
        case 0020000: return "a character device";
        case 0060000: return "a block device";
        case 0010000: return "a FIFO";
        case 0140000: return "a socket";
        default: break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      // no POSIX modes here: say what it may be
    }
    return "a device, FIFO or socket";
  }

  /**
   * The stream's bytes, refused once more than the limit has been read: what a file system says
   * of the size is only a shortcut to a better message, since /proc files claim 0 bytes.
   */
  private byte[] readAtMost(String name, InputStream in) throws IOException, BadInputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new BadInputException(name,
          "file is over the " + size(maxBytes) + " limit (more than " + size(maxBytes) + " read)",
          "split it, or raise the limit with --max-size");
    }
    return bytes;
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
  }

  /** A size for people: bytes, kB or MB (decimal units, like the --max-size option). */
  static String size(long bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
    return bytes >= 1_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1_000.0) : bytes + " bytes";
  }
}
