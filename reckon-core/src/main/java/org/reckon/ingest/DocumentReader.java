package org.reckon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file or web address into documents, choosing the format by name and content: WARC
 * archives, RSS and Atom feeds, HTML pages, plain text. Reads only regular files, never more than
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
    return readContent(address, page.body(), type.contains("rss") || type.contains("atom"), type.contains("html"), sink);
  }

  /** A feed's entries, a page or a text, by what its name or media type says, else by how it opens. */
  private FileOutcome readContent(String name, byte[] bytes, boolean feed, boolean html, DocumentSink sink)
      throws BadInputException {
    String text = TextDecoder.decodeOrThrow(name, bytes);
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
      if (lower.endsWith(".gz") || lower.endsWith(".zip") || lower.endsWith(".pdf")) {
        throw new BadInputException(name, "unsupported file type (" + lower.substring(lower.lastIndexOf('.'))
            + ")", "pass text, HTML or WARC files; decompress or convert this one first");
      }
      return readContent(name, readAtMost(file), lower.endsWith(".rss") || lower.endsWith(".atom"),
          lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml"), sink);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", "check that it exists and is readable");
    }
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
   * The file's bytes, refused once more than the limit has been read: what the file system says
   * of the size is only a shortcut to a better message, since /proc files claim 0 bytes.
   */
  private byte[] readAtMost(Path file) throws IOException, BadInputException {
    long claimed = Files.size(file);
    if (claimed > maxBytes) {
      throw new BadInputException(file.toString(),
          "file is " + size(claimed) + ", over the " + size(maxBytes) + " limit",
          "split it, or raise the limit with --max-size");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      throw new BadInputException(file.toString(),
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
