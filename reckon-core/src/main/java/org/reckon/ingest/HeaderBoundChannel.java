package org.reckon.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A channel that lets a reader take bytes only up to a limit the caller moves forward as it goes,
 * and fails past it. WarcArchiveReader moves the limit past each record's declared body plus at
 * most one header's worth: jwarc grows its header buffer without bound, so this is what keeps a
 * header line of a gigabyte from filling the heap. Not thread-safe.
 */
final class HeaderBoundChannel implements ReadableByteChannel {
  /** Thrown when the reader wants bytes past the limit: a header longer than allowed. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached(long position) {
      super("more than the allowed bytes before byte " + position);
    }
  }

  private final ReadableByteChannel in;
  private long consumed;
  private long limit;

  HeaderBoundChannel(ReadableByteChannel in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Bytes handed out so far. */
  long consumed() {
    return consumed;
  }

  /** Allows reading until {@code limit} bytes in all have been handed out. */
  void limit(long limit) {
    this.limit = limit;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    if (consumed >= limit) {
      throw new LimitReached(consumed);
    }
    int oldLimit = dst.limit();
    dst.limit(dst.position() + (int) Math.min(dst.remaining(), limit - consumed));
    try {
      int n = in.read(dst);
      if (n > 0) {
        consumed += n;
      }
      return n;
    } finally {
      dst.limit(oldLimit);
    }
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
