package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  /** Wednesday 2025-09-03. */
  private static final DateResolver.Anchor WED = DateResolver.Anchor.day(LocalDate.of(2025, 9, 3));
  /** Thursday 2025-12-18. */
  private static final DateResolver.Anchor THU = DateResolver.Anchor.day(LocalDate.of(2025, 12, 18));

  private static List<String> resolve(String sentence, DateResolver.Anchor anchor) {
    return DateResolver.find(sentence, anchor).stream()
        .map(m -> sentence.substring(m.start(), m.end()) + "=" + m.value().iso())
        .toList();
  }

  @Test
  void resolve_tuesdayInWednesdayArticle_isPreviousDay() {
    assertThat(resolve("Tuesday's strike killed 11.", WED)).containsExactly("Tuesday=2025-09-02");
  }

  @Test
  void resolve_onSameWeekday_isPublicationDay() {
    assertThat(resolve("The US on Wednesday said it would act.", WED)).containsExactly("Wednesday=2025-09-03");
  }

  @Test
  void resolve_fridayInThursdayArticle_isSixDaysEarlier() {
    assertThat(resolve("He told reporters Friday in the Oval Office.", THU)).containsExactly("Friday=2025-12-12");
  }

  @Test
  void resolve_absoluteDaysWithAndWithoutYear() {
    assertThat(resolve("the first attack on Sept. 2, and the order of Aug. 5", THU))
        .containsExactly("Sept. 2=2025-09-02", "Aug. 5=2025-08-05");
    assertThat(resolve("On October 10th, 2025 and on 2 September 2025", THU))
        .containsExactly("October 10th, 2025=2025-10-10", "2 September 2025=2025-09-02");
  }

  @Test
  void resolve_yearlessDayAfterPublication_isLastYear() {
    assertThat(resolve("since Dec. 30", DateResolver.Anchor.day(LocalDate.of(2026, 1, 5))))
        .containsExactly("Dec. 30=2025-12-30");
  }

  @Test
  void resolve_deicticWords() {
    assertThat(resolve("the allegations by the White House yesterday", WED)).containsExactly("yesterday=2025-09-02");
    assertThat(resolve("Last month, the US announced a reward", WED)).containsExactly("Last month=2025-08");
    assertThat(resolve("a designation earlier this week", THU)).containsExactly("earlier this week=2025-12");
  }

  @Test
  void resolve_monthsKeepEarlyAndLate() {
    assertThat(resolve("since the attacks began in early September", THU)).containsExactly("early September=2025-09");
    assertThat(resolve("The plan was drawn up in August.", THU)).containsExactly("August=2025-08");
  }

  @Test
  void resolve_spanish() {
    DateResolver.Anchor anchor = DateResolver.Anchor.day(LocalDate.of(2025, 9, 3));
    assertThat(resolve("El martes, un ataque mató a once personas el 2 de septiembre.", anchor))
        .containsExactly("El martes=2025-09-02", "2 de septiembre=2025-09-02");
    assertThat(resolve("el mes pasado y ayer", anchor)).containsExactly("el mes pasado=2025-08", "ayer=2025-09-02");
  }

  @Test
  void resolve_rangeAnchor_keepsOnlyWhatBothEndsAgreeOn() {
    DateResolver.Anchor range = new DateResolver.Anchor(LocalDate.of(2025, 12, 18), LocalDate.of(2025, 12, 19),
        LocalDate.of(2025, 3, 1));
    assertThat(resolve("the briefing on Wednesday", range)).containsExactly("Wednesday=2025-12-17");
    assertThat(resolve("The Post reported Thursday", range)).containsExactly("Thursday=2025-12-18");
    assertThat(resolve("yesterday", range)).containsExactly("yesterday=2025-12");
  }

  @Test
  void resolve_noAnchor_dropsRelativeAndUsesCampaignWindowForYear() {
    DateResolver.Anchor none = new DateResolver.Anchor(null, null, LocalDate.of(2025, 3, 1));
    assertThat(resolve("On October 10th, on Tuesday, in February", none))
        .containsExactly("October 10th=2025-10-10", "Tuesday=null", "February=2026-02");
  }

  @Test
  void resolve_yearsAndNumbersAlone_areNoDates() {
    assertThat(resolve("In 2019 he said 11 men died.", WED)).isEmpty();
  }

  @Test
  void resolve_shiftsCountFromTheDateBeforeThem() {
    assertThat(resolve("The Aug. 5 order was modified about two months later to add the Pacific.", THU))
        .containsExactly("Aug. 5=2025-08-05", "about two months later=2025-10");
    assertThat(resolve("The boat was hit on Sept. 2 and a second one three days later.", THU))
        .containsExactly("Sept. 2=2025-09-02", "three days later=2025-09-05");
    assertThat(resolve("It happened two weeks ago.", WED)).containsExactly("two weeks ago=2025-08");
    assertThat(resolve("Weeks later, nobody knew; two months later is all it says.", THU))
        .containsExactly("two months later=null");
  }
}
