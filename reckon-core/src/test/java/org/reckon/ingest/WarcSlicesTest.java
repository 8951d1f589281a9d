package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcCompression;
import org.reckon.model.Document;

/** Reading a WARC.gz in slices (the corpus job's way) gives what reading it whole gives. */
class WarcSlicesTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @ParameterizedTest
  @ValueSource(ints = {97, 700, 5_000, 1 << 20})
  void readWarcGzSlice_slicesOfAnySize_holdEachArticleOnceInOrder(int sliceBytes) throws Exception {
    Path warc = WarcArchiveReaderTest.crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, 40);
    List<Document> whole = new ArrayList<>();
    reader.read(warc, whole::add);

    List<Document> sliced = new ArrayList<>();
    long length = Files.size(warc);
    for (long start = 0; start < length; start += sliceBytes) {
      long end = Math.min(length, start + sliceBytes);
      try (InputStream in = Files.newInputStream(warc)) {
        in.skipNBytes(start);
        long at = start == 0 ? 0 : DocumentReader.findWarcRecord(in, end - start);
        if (at < 0) {
          continue;
        }
        try (InputStream from = Files.newInputStream(warc)) {
          from.skipNBytes(start + at);
          reader.readWarcGzSlice(warc.toString(), from, end - start - at, PayloadFilter.ALL, sliced::add);
        }
      }
    }
    assertThat(whole).hasSize(41);
    assertThat(sliced).isEqualTo(whole);
  }

  @Test
  void findWarcRecord_inTheMiddleOfAMember_findsTheNextRecord() throws Exception {
    Path warc = WarcArchiveReaderTest.crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, 3);
    byte[] bytes = Files.readAllBytes(warc);
    try (InputStream in = Files.newInputStream(warc)) {
      in.skipNBytes(5);
      long at = DocumentReader.findWarcRecord(in, bytes.length);
      assertThat(at).isPositive();
      assertThat(GunzipStream.startsWarcRecord(bytes, (int) (5 + at), bytes.length)).isTrue();
    }
  }

  @Test
  void read_prefilterDropsAPage_itIsSkippedUnparsed() throws Exception {
    Path warc = WarcArchiveReaderTest.crawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, 4);
    List<Document> kept = new ArrayList<>();
    try (InputStream in = Files.newInputStream(warc)) {
      DocumentReader.FileOutcome outcome = reader.read(warc.toString(), in,
          bytes -> new String(bytes, StandardCharsets.UTF_8).contains("Strike number 2 "), kept::add);
      assertThat(kept).extracting(Document::url).containsExactly("https://news.example/2");
      assertThat(outcome.skipped()).isEqualTo(3 + 5);
    }
  }

  @Test
  void read_jsonLines_eachLineADocumentAndBadLinesNamed() throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "{\"url\":\"https://a.example/1\",\"published\":\"2025-09-03\",\"text\":\"A strike.\"}\n"
        + "not json\n\n{\"text\":\"No address.\"}\n", StandardCharsets.UTF_8);
    List<Document> read = new ArrayList<>();

    DocumentReader.FileOutcome outcome = reader.read(file, read::add);

    assertThat(read).extracting(Document::source).containsExactly("https://a.example/1", file + ":4");
    assertThat(read.get(0).published()).hasToString("2025-09-03");
    assertThat(outcome.problems()).extracting(BadInputException::getMessage).singleElement().asString()
        .startsWith(file + ":2: not a JSON object (");
  }
}
