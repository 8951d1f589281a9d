package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void normalize_crlfAndLoneCr_becomeNewlines() {
    assertThat(TextNormalizer.normalize("a\r\nb\rc")).isEqualTo("a\nb\nc");
  }

  @Test
  void normalize_decomposedAccent_isComposed() {
    assertThat(TextNormalizer.normalize("Bogota\u0301")).isEqualTo("Bogot\u00e1");
  }

  @Test
  void normalize_trailingWhitespace_isTrimmedButLeadingKept() {
    assertThat(TextNormalizer.normalize(" date 2025-12-19 text \n\n  \t")).isEqualTo(" date 2025-12-19 text");
  }

  @Test
  void normalize_byteOrderMark_isDropped() {
    assertThat(TextNormalizer.normalize("\uFEFFtext")).isEqualTo("text");
  }

  /** Regression (found by fuzzing): with two marks, one stayed, and normalising again changed the text. */
  @Test
  void normalize_severalByteOrderMarks_allDroppedSoThatItIsIdempotent() {
    assertThat(TextNormalizer.normalize("\uFEFF\uFEFF:e:e")).isEqualTo(":e:e");
  }

  @Test
  void sha256_knownVector_matches() {
    assertThat(TextNormalizer.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void sha256_sameTextDifferentLineEndings_sameId() {
    assertThat(TextNormalizer.sha256(TextNormalizer.normalize("one\r\ntwo\r\n")))
        .isEqualTo(TextNormalizer.sha256(TextNormalizer.normalize("one\ntwo")));
  }
}
