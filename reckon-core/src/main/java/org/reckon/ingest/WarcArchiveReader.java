package org.reckon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.reckon.model.Document;

/**
 * Reads the HTML and plain-text captures of a WARC or WARC.gz file (parsed by jwarc), each as one
 * document. Records of other types (requests, metadata, images, scripts), error responses and
 * pages without article text are skipped, not failed: a crawl is full of them. A record whose
 * block is over the size limit is skipped unread; a record header over it ends the file with a
 * message, since nothing after it can be found.
 */
final class WarcArchiveReader {
  /** The CRLF CRLF after each record's block. */
  private static final int TRAILER_BYTES = 4;

  private WarcArchiveReader() {}

  /** What became of one WARC file. */
  record Outcome(int documents, int skipped) {}

  /**
   * Hands each article of {@code file} to {@code sink}, in file order.
   *
   * @throws BadInputException when the file is truncated or corrupt; the articles before the
   *     damage have already been handed over, and the message says how many
   */
  static Outcome read(Path file, long maxRecordBytes, DocumentSink sink) throws BadInputException, IOException {
    boolean gzip = isGzip(file);
    return read(file.toString(), open(file, gzip), gzip, maxRecordBytes, PayloadFilter.ALL, sink);
  }

  /**
   * Hands each article of the WARC bytes {@code in} gives (already uncompressed when {@code gzip}:
   * the flag only words the messages) to {@code sink}, in order; {@code filter} sees each capture's
   * bytes first and may drop it unparsed. Closes {@code in}.
   *
   * @throws BadInputException when the archive is truncated or corrupt, as above
   */
  static Outcome read(String name, ReadableByteChannel in, boolean gzip, long maxRecordBytes, PayloadFilter filter,
      DocumentSink sink) throws BadInputException {
    int documents = 0;
    int skipped = 0;
    long position = 0;
    long nextHeader = 0; // where the next record's header starts, give or take jwarc's read-ahead
    try (HeaderBoundChannel channel = new HeaderBoundChannel(in, maxRecordBytes);
        WarcReader reader = new WarcReader(channel)) {
      while (true) {
        Optional<WarcRecord> next;
        next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        position = record.position();
        long blockBytes = record.body().size();
        // the rest of this record's block, its trailer, then at most one header of the limit
        nextHeader = channel.consumed() + blockBytes + TRAILER_BYTES;
        channel.limit(nextHeader + maxRecordBytes);
        Document document = blockBytes > maxRecordBytes ? null : article(name, record, maxRecordBytes, filter);
        if (document == null) {
          skipped++;
        } else {
          sink.accept(document);
          documents++;
        }
      }
    } catch (HeaderBoundChannel.LimitReached e) {
      throw new BadInputException(name,
          String.format(Locale.ROOT, "WARC record header near byte %d%s is over the %s size limit, after %d article(s)",
              nextHeader, gzip ? " (uncompressed)" : "", DocumentReader.size(maxRecordBytes), documents),
          (documents == 0 ? "" : "the " + documents + " article(s) before it were read; ")
              + "repair the file, or raise the limit with --max-size");
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentSink.StoreFailure failure) {
        throw failure;
      }
      throw new BadInputException(name,
          String.format(Locale.ROOT, "truncated or corrupt WARC near byte %d%s, after %d article(s) (%s)",
              position, gzip && position > 0 ? " (uncompressed)" : "", documents, describe(e)),
          documents == 0 ? "re-download or repair the file" : "the " + documents
              + " article(s) before the damage were read; re-download or repair the file for the rest");
    }
    return new Outcome(documents, skipped);
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(2);
      return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    }
  }

  /**
   * The file's WARC bytes, uncompressed here rather than by jwarc so that the header limit counts
   * uncompressed bytes: a gigabyte header line of one repeated letter gzips to a megabyte.
   */
  static ReadableByteChannel open(Path file, boolean gzip) throws IOException {
    if (!gzip) {
      return FileChannel.open(file);
    }
    return Channels.newChannel(new GunzipStream(Files.newInputStream(file)));
  }

  private static @Nullable Document article(String file, WarcRecord record, long maxBytes, PayloadFilter filter)
      throws IOException {
    MediaType type;
    MessageBody body;
    String target;
    if (record instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException e) {
        return null; // not an HTTP capture (e.g. DNS, Gemini)
      }
      if (http.status() != 200) {
        return null;
      }
      type = http.contentType();
      body = http.bodyDecoded();
      target = response.target();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      body = resource.body();
      target = resource.target();
    } else {
      return null;
    }
    String subtype = type.base().toString();
    boolean html = subtype.equals("text/html") || subtype.equals("application/xhtml+xml");
    if (!html && !subtype.equals("text/plain")) {
      return null;
    }
    byte[] bytes = readAtMost(body, maxBytes);
    if (bytes == null) {
      return null; // an oversized capture is not an article; the file-level limit does not apply
    }
    Charset charset = charset(type);
    if (TextDecoder.looksBinary(bytes, charset)) {
      return null; // labelled text, but a PDF or other binary: decoding it would store U+FFFD garbage
    }
    if (!filter.keep(bytes)) {
      return null;
    }
    String source = target == null || target.isBlank() ? file + "#" + record.id() : target;
    try {
      Document document = html
          ? HtmlReader.read(source, new String(bytes, charset))
          : PlainTextReader.read(source, new String(bytes, charset));
      var metadata = new java.util.TreeMap<>(document.metadata());
      metadata.put("warc_file", file);
      metadata.put("warc_record_id", record.id().toString());
      metadata.put("warc_date", record.date().toString());
      return new Document(document.id(), document.source(),
          document.url() == null ? source : document.url(), document.title(), document.outlet(),
          document.language(), document.published(), document.publishedRange(), document.publishedBasis(),
          document.text(), metadata);
    } catch (BadInputException e) {
      return null; // a page without article text inside a crawl is ordinary, not an error
    }
  }

  private static byte @Nullable [] readAtMost(MessageBody body, long maxBytes) throws IOException {
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  private static Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name != null) {
      try {
        return Charset.forName(name.strip());
      } catch (IllegalArgumentException e) {
        // an unknown charset label falls through to UTF-8, the web's default
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
