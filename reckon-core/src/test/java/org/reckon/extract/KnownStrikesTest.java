package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.Extraction;

class KnownStrikesTest {
  @Test
  void undatedArticle_aboutAKnownStrike_isDatedByItsWeekdays() {
    Extraction e = Articles.extract("""
        The Pentagon on Thursday defended the operation.
        Monday's strike on four boats in the eastern Pacific killed 14 people, the secretary said.""", null);
    assertThat(e.published()).isEqualTo(LocalDate.of(2025, 10, 30));
    assertThat(e.publishedBasis().key()).isEqualTo("inferred");
    assertThat(e.incidents()).extracting(i -> i.date().iso()).containsExactly("2025-10-27");
  }

  @Test
  void undatedArticle_whoseStrikeMatchesNothing_staysUndated() {
    Extraction e = Articles.extract("Sunday's strike on a boat killed 9 people, officials said.", null);
    assertThat(e.published()).isNull();
  }

  @Test
  void datedArticle_isNeverRedated() {
    Extraction e = Articles.extract("Monday's strike on four boats in the eastern Pacific killed 14 people.",
        LocalDate.of(2026, 3, 3));
    assertThat(e.published()).isEqualTo(LocalDate.of(2026, 3, 3));
  }
}
