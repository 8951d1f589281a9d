package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void split_abbreviationsAndInitials_doNotEndSentences() {
    assertThat(split("On Sept. 2 the U.S. military struck a boat. Adm. Frank M. Bradley ordered it. Sen. Mark Kelly objected."))
        .containsExactly("On Sept. 2 the U.S. military struck a boat.", "Adm. Frank M. Bradley ordered it.",
            "Sen. Mark Kelly objected.");
  }

  @Test
  void split_aLetterAfterALowerCaseWord_isAName_notAnInitial() {
    assertThat(split("Southern Command said in a post on X. The strikes bring the toll to 95. J. D. Vance agreed."))
        .containsExactly("Southern Command said in a post on X.", "The strikes bring the toll to 95.", "J. D. Vance agreed.");
  }

  @Test
  void split_quoteEndingSentence_staysWithIt() {
    assertThat(split("“It won't stop with just this strike.” Mr Hegseth said more."))
        .containsExactly("“It won't stop with just this strike.”", "Mr Hegseth said more.");
  }

  @Test
  void split_newline_alwaysEndsASentence_offsetsPointIntoText() {
    String text = "Headline without period\nFirst sentence. Second one?\n\nThird";
    List<Sentence> sentences = SentenceSplitter.split(text);
    assertThat(sentences).extracting(Sentence::text).containsExactly("Headline without period", "First sentence.",
        "Second one?", "Third");
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }

  @Test
  void split_lowercaseAfterPeriod_doesNotSplit() {
    assertThat(split("The boat was hit at 3 a.m. local time. Then it sank.")).hasSize(2);
  }
}
