package org.reckon.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Uncompresses a file of gzip members one after another, as a WARC.gz is (one member per record),
 * and fails on every kind of damage. {@link java.util.zip.GZIPInputStream} is not used because it
 * silently stops at a member whose header is cut short, which would hide a truncated archive.
 *
 * <p>It can also read one slice of a WARC.gz, for reading an archive on several cores at once:
 * from a member that starts a WARC record ({@link #startsWarcRecord}) to the first member that
 * starts one at or past a given compressed offset. Slices that meet at the same offset then hold
 * every record exactly once: where one stops is where the next one's search for a record start
 * ends, since the check is the same. Not thread-safe.
 */
final class GunzipStream extends InputStream {
  private static final int BUFFER = 1 << 16;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  /** Compressed bytes enough to inflate a member's first bytes, even behind a long file name. */
  static final int PEEK = 8192;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] buffer = new byte[BUFFER];
  private int buffered;
  private boolean inMember;
  private boolean ended;
  /** Compressed bytes taken from {@code in}, less those pushed back. */
  private long offset;
  private final long stopAt;

  GunzipStream(InputStream in) {
    this(in, Long.MAX_VALUE);
  }

  /**
   * @param stopAt ends the stream before the first member at or past this compressed offset
   *     (counted from where {@code in} stands) that starts a WARC record
   */
  GunzipStream(InputStream in, long stopAt) {
    this.in = new PushbackInputStream(in, BUFFER);
    this.stopAt = stopAt;
  }

  /** A WARC record's first bytes, as every record of a WARC file opens. */
  private static final byte[] WARC_MAGIC = {'W', 'A', 'R', 'C', '/'};

  /**
   * Whether {@code bytes[from..to)} opens with a gzip member whose uncompressed bytes start a WARC
   * record ("WARC/"). A cheap test: it inflates only the member's first bytes. A false match needs
   * a valid gzip header, a valid deflate start and "WARC/" from a stretch of another member's
   * compressed bytes, which random data does not give; an uncompressed WARC.gz stored inside a
   * record could, and such an archive should not be read in slices.
   */
  static boolean startsWarcRecord(byte[] bytes, int from, int to) {
    if (to - from < 18 || (bytes[from] & 0xFF) != 0x1F || (bytes[from + 1] & 0xFF) != 0x8B || bytes[from + 2] != 8) {
      return false;
    }
    try (GunzipStream probe = new GunzipStream(new java.io.ByteArrayInputStream(bytes, from, to - from))) {
      return java.util.Arrays.equals(probe.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember) {
        if (!readHeader()) {
          ended = true;
          break;
        }
        inMember = true;
        inflater.reset();
        crc.reset();
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("corrupt gzip data (" + e.getMessage() + ")");
      }
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        int left = inflater.getRemaining();
        if (left > 0) {
          in.unread(buffer, buffered - left, left);
          offset -= left;
        }
        readTrailer();
        inMember = false;
      } else if (inflater.needsDictionary()) {
        throw new ZipException("corrupt gzip data (a preset dictionary)");
      } else if (inflater.needsInput()) {
        buffered = in.read(buffer);
        if (buffered < 0) {
          throw new EOFException("gzip member cut short");
        }
        offset += buffered;
        inflater.setInput(buffer, 0, buffered);
      }
    }
    return -1;
  }

  /** Reads one member's header; false at a clean end of the file, between members. */
  private boolean readHeader() throws IOException {
    if (offset >= stopAt && nextStartsWarcRecord()) {
      return false;
    }
    int first = in.read();
    if (first < 0) {
      return false;
    }
    offset++;
    if (first != 0x1F || byteOf() != 0x8B || byteOf() != 8) {
      throw new ZipException("not a gzip member");
    }
    int flags = byteOf();
    skip(6); // time, extra flags, operating system
    if ((flags & FEXTRA) != 0) {
      skip(byteOf() | byteOf() << 8);
    }
    if ((flags & FNAME) != 0) {
      while (byteOf() != 0) {
        // the original file name, unused
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (byteOf() != 0) {
        // a comment, unused
      }
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    return true;
  }

  private void readTrailer() throws IOException {
    long expected = 0;
    for (int i = 0; i < 4; i++) {
      expected |= (long) byteOf() << (8 * i);
    }
    skip(4); // the uncompressed size mod 2^32; the CRC is the better check
    if (expected != crc.getValue()) {
      throw new ZipException("corrupt gzip data (CRC mismatch)");
    }
  }

  private int byteOf() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("gzip member cut short");
    }
    offset++;
    return b;
  }

  /** Looks at the next member without taking it: whether it starts a WARC record. */
  private boolean nextStartsWarcRecord() throws IOException {
    byte[] peek = new byte[PEEK];
    int n = in.readNBytes(peek, 0, PEEK);
    if (n <= 0) {
      return true; // the end of the file: nothing follows either way
    }
    in.unread(peek, 0, n);
    return startsWarcRecord(peek, 0, n);
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      byteOf();
    }
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
