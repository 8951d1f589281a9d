package org.reckon.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text, refusing what is not text: empty files, binary files and
 * invalid UTF-8, each with a message that says where the problem is.
 */
final class TextDecoder {
  /** How far into a file we look for NUL bytes, the mark of a binary file. */
  private static final int BINARY_SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /** Rejects empty and binary content; returns normally when the bytes may be text. */
  static void checkLooksLikeText(String input, byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(input, "empty file (0 bytes)", "remove it or replace it with the article text");
    }
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(input,
            "binary file (NUL byte at byte " + i + "), not text, HTML or WARC",
            "pass only articles as .txt, .html or .warc(.gz) files");
      }
    }
  }

  /** Decodes strict UTF-8, naming the byte, line and column of the first invalid sequence. */
  static String decodeUtf8(String input, byte[] bytes) throws BadInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw invalidUtf8(input, bytes, in.position(), result.length());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw invalidUtf8(input, bytes, in.position(), result.length());
    }
    out.flip();
    return out.toString();
  }

  private static BadInputException invalidUtf8(String input, byte[] bytes, int at, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return new BadInputException(input,
        String.format(Locale.ROOT, "invalid UTF-8 at byte %d (line %d, column %d: %s)",
            at, line, at - lineStart + 1, shown),
        "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8");
  }

  /** Rejects text that is empty once normalised (only whitespace, say). */
  static void checkHasText(String input, String normalized) throws BadInputException {
    if (normalized.isBlank()) {
      throw new BadInputException(input, "no text (only whitespace or a header)", "remove it or add the article text");
    }
  }

  static String decodeOrThrow(String input, byte[] bytes) throws BadInputException {
    checkLooksLikeText(input, bytes);
    return decodeUtf8(input, bytes);
  }

}
