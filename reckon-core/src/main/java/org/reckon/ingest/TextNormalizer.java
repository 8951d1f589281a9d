package org.reckon.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The normalisation that defines a document's identity (data-contract §1): Unicode NFC, line
 * breaks as {@code \n}, trailing whitespace trimmed; the id is the SHA-256 of the result.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * Normalises text as data-contract §1 prescribes. A leading byte-order mark is dropped too: it
   * is an encoding artefact, not text, and would otherwise make two copies of one article differ.
   * Every leading mark goes, so that normalising twice changes nothing: with only the first
   * dropped, a file opening with two marks was stored with a text that normalised to another id
   * (found by fuzzing; the input is in PlainTextReaderFuzzTestInputs).
   */
  public static String normalize(String text) {
    int bom = 0;
    while (bom < text.length() && text.charAt(bom) == '\uFEFF') {
      bom++;
    }
    String s = text.substring(bom);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of already normalised text. */
  public static String sha256(String normalizedText) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(normalizedText.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /**
   * A name or phrase as compared, not as stored: lower case, no accents, straight apostrophes,
   * single spaces. "Nicolás Maduro" and "Nicolas  Maduro" fold to the same text.
   */
  public static String fold(String s) {
    String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
  }
}
