package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceIndexTest {
  private static Sentence s(int index, int start, int end) {
    return new Sentence(index, start, end, 0, "x".repeat(end - start));
  }

  @Test
  void sentencesInOrder_theOneHoldingAnOffset_orNoneBetweenThem() {
    Sentence a = s(0, 2, 10);
    Sentence b = s(1, 12, 20);
    Sentence c = s(2, 20, 25);
    SentenceIndex index = new SentenceIndex(List.of(a, b, c));

    assertThat(index.ordered()).isTrue();
    assertThat(index.first(0)).isNull(); // before the first
    assertThat(index.first(2)).isEqualTo(a);
    assertThat(index.first(9)).isEqualTo(a);
    assertThat(index.first(10)).isNull(); // an end is outside
    assertThat(index.first(11)).isNull();
    assertThat(index.first(19)).isEqualTo(b);
    assertThat(index.first(20)).isEqualTo(c);
    assertThat(index.last(24)).isEqualTo(c);
    assertThat(index.first(25)).isNull(); // after the last
    assertThat(new SentenceIndex(List.of()).first(0)).isNull();
  }

  @Test
  void sentencesThatOverlap_firstAndLastInTheListsOrder() {
    Sentence whole = s(0, 0, 20);
    Sentence part = s(0, 5, 10);
    SentenceIndex index = new SentenceIndex(List.of(whole, part));

    assertThat(index.ordered()).isFalse();
    assertThat(index.first(7)).isEqualTo(whole);
    assertThat(index.last(7)).isEqualTo(part);
    assertThat(index.last(15)).isEqualTo(whole);
    assertThat(index.first(20)).isNull();
  }
}
