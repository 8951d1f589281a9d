package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reckon.model.Extraction;

/**
 * Odd input yields no facts and no crash. The timeouts are generous guards against a pattern
 * that backtracks without end, not speed measurements (those live in bench/).
 */
class ExtractorRobustnessTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  private static void assertNoFacts(Extraction e) {
    assertThat(e.incidents()).isEmpty();
    assertThat(e.tallies()).isEmpty();
    assertThat(e.claims()).isEmpty();
    assertThat(e.actors()).isEmpty();
  }

  @Test
  @Timeout(30)
  void extract_garbage_yieldsNothing() {
    Random random = new Random(42);
    StringBuilder garbage = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      garbage.append((char) (33 + random.nextInt(90)));
      if (random.nextInt(7) == 0) {
        garbage.append(' ');
      }
    }
    assertNoFacts(Articles.extract(garbage.toString(), DAY));
  }

  @Test
  @Timeout(60)
  void extract_fiveMegabyteSingleLine_finishesWithoutFacts() {
    String line = "the strike killed at least 11 people, officials said “and more” ".repeat(80_000);
    assertThat(line.length()).isGreaterThan(5_000_000);
    Extraction e = Articles.extract(line, DAY);
    assertThat(e.tallies()).isEmpty();
    assertThat(e.incidents()).isEmpty();
  }

  @Test
  void extract_nonEnglishNonSpanish_yieldsNothing() {
    Extraction e = Articles.extract("Der Angriff auf das Boot tötete elf Menschen, sagte der Minister am Dienstag.", DAY);
    assertThat(e.language()).isNull();
    assertNoFacts(e);
  }

  @Test
  void extract_emptyishText_yieldsNothing() {
    assertNoFacts(Articles.extract(".", DAY));
    assertNoFacts(Articles.extract("12345 67890", DAY));
  }

  @Test
  void extract_unknownPublicationDate_isBoundedByTheLatestPastDayMentioned() {
    Extraction e = Articles.extract("On October 10th, 2025, she was awarded the prize. The vote is scheduled for Nov. 30.", null);
    assertThat(e.published()).isNull();
    assertThat(e.publishedRange()).isNotNull();
    assertThat(e.publishedRange().from()).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(e.publishedRange().to()).isNull();
    assertThat(e.publishedBasis().key()).isEqualTo("inferred");
  }

}
