package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.DateRange;
import org.reckon.model.Extraction;

/** Undated articles bounded by the events, strikes and days they tell (data-contract §2.1). */
class PublicationDatesTest {
  @Test
  void eventEarlierThisWeek_andTheWeekdayOfTheReport_giveTheDay() {
    Extraction e = Articles.extract("""
        The president designated fentanyl as a weapon of mass destruction earlier this week.
        Lawmakers left a classified briefing on Wednesday unconvinced, a newspaper reported Thursday.""", null);
    assertThat(e.published()).isEqualTo(LocalDate.of(2025, 12, 18));
    assertThat(e.publishedBasis().key()).isEqualTo("inferred");
  }

  @Test
  void eventEarlierThisWeek_withoutWeekdays_isTheRestOfThatWeek() {
    Extraction e = Articles.extract(
        "The president designated fentanyl as a weapon of mass destruction earlier this week, widening the campaign.", null);
    assertThat(e.published()).isNull();
    assertThat(e.publishedRange()).isEqualTo(new DateRange(LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 21)));
  }

  @Test
  void eventLastWeek_isTheWeekAfterIt() {
    Extraction e = Articles.extract(
        "Trump announced a total and complete blockade of sanctioned oil tankers last week, and tankers turned back.", null);
    assertThat(e.publishedRange()).isEqualTo(new DateRange(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 28)));
  }

  @Test
  void eventWithoutPlaceInTime_isOnlyALowerBound() {
    Extraction e = Articles.extract("Since U.S. forces captured Nicolás Maduro, the strikes at sea have slowed.", null);
    assertThat(e.publishedRange()).isEqualTo(new DateRange(LocalDate.of(2026, 1, 3), null));
  }

  @Test
  void plannedOrRewardedEvent_isNoEvidence() {
    Extraction e = Articles.extract("""
        Washington has offered a $50 million reward for Maduro's capture.
        Officials discussed whether forces could have captured Maduro at sea.""", null);
    assertThat(e.published()).isNull();
    assertThat(e.publishedRange()).isNull();
  }

  @Test
  void strikeSharedByWeekdayAndToll_withoutAnythingElse_isNotGuessed() {
    Extraction e = Articles.extract(
        "The military said on Saturday that Friday's strike killed three people aboard a boat in the Caribbean.", null);
    assertThat(e.published()).isNull();
    assertThat(e.publishedRange()).isNull();
  }

  @Test
  void evidenceInConflict_keepsOnlyTheLatestDayNamed() {
    // the blockade (December 2025) told as "yesterday" cannot sit with a report dated in March 2026
    Extraction e = Articles.extract("""
        Trump announced a total and complete blockade of sanctioned oil tankers yesterday.
        The report, dated March 3, 2026, was released to Congress.""", null);
    assertThat(e.published()).isNull();
    assertThat(e.publishedRange()).isEqualTo(new DateRange(LocalDate.of(2026, 3, 3), null));
  }
}
