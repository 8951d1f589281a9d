package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.reckon.model.Document;

class WarcArchiveReaderTest {
  @TempDir Path dir;

  private final List<Document> stored = new ArrayList<>();
  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @Test
  void read_crawl_takesArticlesAndSkipsEverythingElse() throws Exception {
    Path warc = crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, 3);

    DocumentReader.FileOutcome outcome = reader.read(warc, stored::add);

    assertThat(stored).extracting(Document::text).containsExactly(
        "Strike number 0 killed 3 people.", "Strike number 1 killed 4 people.", "Strike number 2 killed 5 people.",
        "A plain-text wire brief.");
    assertThat(stored.get(0).url()).isEqualTo("https://news.example/0");
    assertThat(stored.get(0).metadata()).containsKeys("warc_file", "warc_record_id", "warc_date");
    // request, image, 404 page, page without article text
    assertThat(outcome.skipped()).isEqualTo(4);
  }

  @Test
  void read_uncompressedWarc_works() throws Exception {
    Path warc = crawl(dir.resolve("crawl.warc"), WarcCompression.NONE, 2);
    assertThat(reader.read(warc, stored::add).documents()).isEqualTo(3);
  }

  @Test
  void read_truncatedWarcGz_keepsArticlesBeforeTheDamageAndSaysSo() throws Exception {
    Path whole = crawl(dir.resolve("whole.warc.gz"), WarcCompression.GZIP, 40);
    byte[] bytes = Files.readAllBytes(whole);
    // cut inside a gzip member, never on the boundary between two (each record is one member)
    int member = bytes.length / 2;
    while (!(bytes[member] == (byte) 0x1f && bytes[member + 1] == (byte) 0x8b && bytes[member + 2] == 8)) {
      member++;
    }
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, member + 40));

    assertThatThrownBy(() -> reader.read(cut, stored::add))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(cut + ": truncated or corrupt WARC near byte ")
        .hasMessageContaining("after " + stored.size() + " article(s)")
        .hasMessageEndingWith("re-download or repair the file for the rest");
    assertThat(stored).hasSizeGreaterThan(5).hasSizeLessThan(40);
  }

  @Test
  void read_truncatedUncompressedWarc_isReported() throws Exception {
    Path whole = crawl(dir.resolve("whole.warc"), WarcCompression.NONE, 10);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

    assertThatThrownBy(() -> reader.read(cut, stored::add))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("truncated or corrupt WARC");
  }

  @Test
  void read_notAWarcAtAll_isReported() throws Exception {
    Path fake = Files.writeString(dir.resolve("notes.warc"), "These are my notes, not a WARC file.\n");
    assertThatThrownBy(() -> reader.read(fake, stored::add))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(fake + ": truncated or corrupt WARC near byte 0, after 0 article(s)")
        .hasMessageEndingWith("; re-download or repair the file");
  }

  /**
   * Regression (issue #10, D3): jwarc grows its header buffer without bound, so one huge header
   * line (1 GB in the report) ended in OutOfMemoryError. Headers are now cut off at the size
   * limit, also when the line is hidden in a tiny gzip member.
   */
  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard only
  void read_recordWithHeaderLineOverTheLimit_isOverTheSizeLimitAndKeepsTheArticlesBefore(WarcCompression compression)
      throws Exception {
    Path warc = crawl(dir.resolve(compression == WarcCompression.GZIP ? "huge.warc.gz" : "huge.warc"), compression, 2);
    byte[] huge = ("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "X-Huge: " + "a".repeat(3_000_000) + "\r\nContent-Length: 0\r\n\r\n\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    try (var out = Files.newOutputStream(warc, java.nio.file.StandardOpenOption.APPEND)) {
      if (compression == WarcCompression.GZIP) {
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
          gzip.write(huge);
        }
      } else {
        out.write(huge);
      }
    }

    assertThatThrownBy(() -> new DocumentReader(1_000_000).read(warc, stored::add))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(warc + ": WARC record header near byte ")
        .hasMessageContaining(" is over the 1.0 MB size limit, after 3 article(s); ")
        .hasMessageEndingWith("the 3 article(s) before it were read; repair the file, or raise the limit with --max-size");
    assertThat(stored).hasSize(3);
  }

  /** Regression (issue #10, D8c): a PDF served as text/html was stored as a page of U+FFFD. */
  @Test
  void read_pdfLabelledAsHtml_isSkippedAsNotText() throws Exception {
    Path warc = crawl(dir.resolve("crawl.warc"), WarcCompression.NONE, 2);
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    pdf.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    for (int i = 0; i < 64; i++) {
      pdf.write(0x80 + i);
    }
    pdf.writeBytes("\nendstream\nendobj\n<p>Strike report</p>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.APPEND))) {
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/report.pdf"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), pdf.toByteArray()).build())
          .build());
    }

    DocumentReader.FileOutcome outcome = reader.read(warc, stored::add);

    assertThat(stored).extracting(Document::url).doesNotContain("https://news.example/report.pdf");
    assertThat(stored).hasSize(3).allSatisfy(d -> assertThat(d.text()).doesNotContain("\uFFFD"));
    assertThat(outcome.skipped()).isEqualTo(5);
  }

  /** A small crawl: {@code pages} article pages, then a request, an image, a 404, an index page, a text resource. */
  static Path crawl(Path file, WarcCompression compression, int pages) throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (int i = 0; i < pages; i++) {
        writer.write(page("https://news.example/" + i, 200,
            "<html><head><title>Story " + i + "</title></head><body><article><p>Strike number " + i + " killed "
                + (i + 3) + " people.</p></article></body></html>"));
      }
      writer.write(new WarcRequest.Builder(URI.create("https://news.example/0"))
          .body(new HttpRequest.Builder("GET", "/0").build()).build());
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build())
          .build());
      writer.write(page("https://news.example/missing", 404, "<html><body><p>Not found, sorry.</p></body></html>"));
      writer.write(page("https://news.example/", 200, "<html><body><nav><a href='/0'>Story</a></nav></body></html>"));
      writer.write(new WarcResource.Builder(URI.create("file:///briefs/1.txt"))
          .body(MediaType.PLAIN_TEXT, "A plain-text wire brief.".getBytes(StandardCharsets.UTF_8)).build());
    }
    return file;
  }

  private static WarcResponse page(String url, int status, String html) throws IOException {
    return new WarcResponse.Builder(URI.create(url))
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build())
        .build();
  }
}
