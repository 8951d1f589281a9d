package org.reckon.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file's bytes into text (UTF-8, or UTF-16 with a byte-order mark), refusing what is not
 * text: empty files, binary files, PDFs and invalid UTF-8, each with a message that says where
 * the problem is.
 */
final class TextDecoder {
  /** How far into a file we look for NUL bytes, the mark of a binary file. */
  private static final int BINARY_SNIFF_BYTES = 8192;
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private TextDecoder() {}

  /** Rejects empty and binary content; returns normally when the bytes may be text. */
  static void checkLooksLikeText(String input, byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(input, "empty file (0 bytes)", "remove it or replace it with the article text");
    }
    if (isPdf(bytes)) {
      throw new BadInputException(input, "a PDF document, not text, HTML or WARC",
          "convert it to text first (e.g. pdftotext) and ingest the text");
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

  /**
   * Decodes text: UTF-16 when a UTF-16 byte-order mark opens it (its NUL bytes are no sign of a
   * binary file then), strict UTF-8 otherwise.
   */
  static String decodeOrThrow(String input, byte[] bytes) throws BadInputException {
    Charset utf16 = utf16ByBom(bytes);
    if (utf16 != null) {
      return decodeUtf16(input, bytes, utf16);
    }
    checkLooksLikeText(input, bytes);
    return decodeUtf8(input, bytes);
  }

  /** Whether {@code bytes} open as a PDF file does, whatever they were labelled. */
  static boolean isPdf(byte[] bytes) {
    return bytes.length >= PDF.length && Arrays.equals(bytes, 0, PDF.length, PDF, 0, PDF.length);
  }

  /**
   * Whether bytes labelled as text in {@code charset} are something else: a PDF, or (unless the
   * charset is a UTF-16 or UTF-32 one, where they are ordinary) NUL bytes near the start.
   */
  static boolean looksBinary(byte[] bytes, Charset charset) {
    if (isPdf(bytes)) {
      return true;
    }
    String name = charset.name().toUpperCase(Locale.ROOT);
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || utf16ByBom(bytes) != null) {
      return false;
    }
    for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-16LE or BE by the byte-order mark, or null; FF FE 00 00 is UTF-32LE's mark, not UTF-16's. */
  private static @Nullable Charset utf16ByBom(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String decodeUtf16(String input, byte[] bytes, Charset charset) throws BadInputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
    String text;
    try {
      text = decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(input, String.format(Locale.ROOT, "invalid %s at byte %d", charset.name(), in.position()),
          "re-save the file as UTF-8, e.g. iconv -f " + charset.name() + " -t UTF-8");
    }
    if (text.isEmpty()) {
      throw new BadInputException(input, "empty file (only a byte-order mark)", "remove it or replace it with the article text");
    }
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new BadInputException(input, "binary file (NUL character " + nul + " in " + charset.name()
          + "), not text, HTML or WARC", "pass only articles as .txt, .html or .warc(.gz) files");
    }
    return text;
  }

}
