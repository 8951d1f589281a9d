package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Document;

class DocumentReaderTest {
  @TempDir Path dir;

  private final List<Document> stored = new ArrayList<>();
  private final DocumentSink sink = d -> stored.add(d);
  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @Test
  void read_emptyFile_failsNamingIt() throws Exception {
    Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThatThrownBy(() -> reader.read(file, sink))
        .hasMessage(file + ": empty file (0 bytes); remove it or replace it with the article text");
    assertThat(stored).isEmpty();
  }

  @Test
  void read_whitespaceOnlyFile_failsAsNoText() throws Exception {
    Path file = Files.writeString(dir.resolve("blank.txt"), " \n\n\t\n");
    assertThatThrownBy(() -> reader.read(file, sink))
        .hasMessage(file + ": no text (only whitespace or a header); remove it or add the article text");
  }

  @Test
  void read_binaryFile_failsNamingTheNulByte() throws Exception {
    Path file = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    assertThatThrownBy(() -> reader.read(file, sink))
        .hasMessage(file + ": binary file (NUL byte at byte 4), not text, HTML or WARC; "
            + "pass only articles as .txt, .html or .warc(.gz) files");
  }

  @Test
  void read_invalidUtf8_saysByteLineAndColumn() throws Exception {
    byte[] latin1 = "Eleven killed\nin Bogot\u00e1 today".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.txt"), latin1);
    assertThatThrownBy(() -> reader.read(file, sink))
        .hasMessage(file + ": invalid UTF-8 at byte 22 (line 2, column 9: 0xE1); "
            + "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8");
  }

  @Test
  void read_fileOverLimit_failsWithSizesAndOption() throws Exception {
    Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(2_500));
    assertThatThrownBy(() -> new DocumentReader(1_000).read(file, sink))
        .hasMessage(file + ": file is 2.5 kB, over the 1.0 kB limit; split it, or raise the limit with --max-size");
  }

  @Test
  void read_gzipThatIsNotWarc_saysToDecompress() throws Exception {
    Path file = Files.write(dir.resolve("article.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
    assertThatThrownBy(() -> reader.read(file, sink))
        .hasMessage(file + ": unsupported file type (.gz); pass text, HTML, JSON Lines or WARC files; decompress or convert this one first");
  }

  @Test
  void read_htmlWithoutExtension_isDetectedByContent() throws Exception {
    Path file = Files.writeString(dir.resolve("saved-page"), "<!DOCTYPE html><html><body><p>Four killed.</p></body></html>");
    reader.read(file, sink);
    assertThat(stored).singleElement().extracting(Document::text).isEqualTo("Four killed.");
  }

  @Test
  void read_textFile_isOneDocumentWithPathAsSource() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Three were killed.\n");
    assertThat(reader.read(file, sink).documents()).isEqualTo(1);
    assertThat(stored).singleElement().extracting(Document::source).isEqualTo(file.toString());
  }

  /**
   * Regression (issue #10, D3): the limit looked at Files.size, which is 0 for /proc files (and
   * devices) whatever they hold; the limit now applies to the bytes read.
   */
  @Test
  void read_fileThatClaimsZeroBytesButHoldsMore_isOverTheLimitByWhatIsRead() throws Exception {
    Path maps = Path.of("/proc/self/maps");
    assumeTrue(Files.isRegularFile(maps) && Files.size(maps) == 0,
        "no /proc/self/maps that claims 0 bytes on this system; nothing to test");
    assertThatThrownBy(() -> new DocumentReader(1_000).read(maps, sink))
        .hasMessage(maps + ": file is over the 1.0 kB limit (more than 1.0 kB read); "
            + "split it, or raise the limit with --max-size");
    assertThat(stored).isEmpty();
  }

  /** Regression (issue #10, D8b): UTF-16 text with a byte-order mark was refused as binary. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void read_utf16WithByteOrderMark_isDecoded(String charset) throws Exception {
    String text = "Murieron tres personas en el ataque.\nThree people died.";
    Path file = Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName(charset)));
    reader.read(file, sink);
    assertThat(stored).singleElement().extracting(Document::text).isEqualTo(text);
  }
}
