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
 * Not thread-safe.
 */
final class GunzipStream extends InputStream {
  private static final int BUFFER = 1 << 16;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] buffer = new byte[BUFFER];
  private int buffered;
  private boolean inMember;
  private boolean ended;

  GunzipStream(InputStream in) {
    this.in = new PushbackInputStream(in, BUFFER);
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
        inflater.setInput(buffer, 0, buffered);
      }
    }
    return -1;
  }

  /** Reads one member's header; false at a clean end of the file, between members. */
  private boolean readHeader() throws IOException {
    int first = in.read();
    if (first < 0) {
      return false;
    }
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
    return b;
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
