package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GunzipStreamTest {
  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void read_twoMembers_givesBothInOrder() throws Exception {
    byte[] file = concat(gzip("first record\n"), gzip("second record\n"));
    try (GunzipStream in = new GunzipStream(new ByteArrayInputStream(file))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first record\nsecond record\n");
    }
  }

  /** GZIPInputStream ends quietly here, which hid a truncated WARC.gz. */
  @Test
  void read_secondMemberCutInsideItsHeader_failsInsteadOfEndingQuietly() throws Exception {
    byte[] file = concat(gzip("first record\n"), Arrays.copyOf(gzip("second record\n"), 6));
    try (GunzipStream in = new GunzipStream(new ByteArrayInputStream(file))) {
      assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class).hasMessage("gzip member cut short");
    }
  }

  @Test
  void read_memberCutInsideItsData_fails() throws Exception {
    byte[] whole = gzip("a record long enough to be cut in the middle of its compressed data ".repeat(20));
    try (GunzipStream in = new GunzipStream(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 12)))) {
      assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class);
    }
  }
}
