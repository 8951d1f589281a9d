package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void find_dateAloneOnALineUnderTheByline_isThePublicationDay() {
    assertThat(Datelines.find("Strike kills two at sea\nBy A. Writer\nJanuary 24, 2026\nThe military struck a boat on Friday."))
        .isEqualTo(LocalDate.of(2026, 1, 24));
  }

  @Test
  void find_publishedCueWithTime_isThePublicationDay() {
    assertThat(Datelines.find("Headline here\nPublished Date - 16 September 2025, 08:18 AM\nWashington: text."))
        .isEqualTo(LocalDate.of(2025, 9, 16));
    assertThat(Datelines.find("Titular\nPublicado el 3 de octubre de 2025 a las 10:15\nTexto."))
        .isEqualTo(LocalDate.of(2025, 10, 3));
  }

  @Test
  void find_publishedThenUpdated_isTheFirstDayNotTheUpdate() {
    assertThat(Datelines.find("Headline\n\nNovember 5, 2025 10:26 AM - Updated: November 7, 2025 11:16 AM\nText."))
        .isEqualTo(LocalDate.of(2025, 11, 5));
    assertThat(Datelines.find("Headline\nUpdated: Feb. 24, 2026\nText.")).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void find_storyOpeningWithItsDateline_isThatDay() {
    assertThat(Datelines.find("(Feb. 21, 2026) — The command confirmed that forces struck a vessel on Feb. 20."))
        .isEqualTo(LocalDate.of(2026, 2, 21));
    assertThat(Datelines.find("WASHINGTON, Feb. 24, 2026 — The military said it struck a boat."))
        .isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void find_aDateInProseOrWithoutItsYear_isNoDateline() {
    assertThat(Datelines.find("On Sept. 2, 2025, the military struck a boat off Venezuela, killing 11 people.")).isNull();
    assertThat(Datelines.find("Headline\nFeb. 24\nText.")).isNull();
    assertThat(Datelines.find("FILE - The Pentagon is seen from the air, Sept. 20, 2025, in Arlington, Va.")).isNull();
  }

  @Test
  void find_weekdayAndDayWithoutYear_takesTheOnlyCampaignYearThatFits() {
    // 2 November 2025 was a Sunday; 2 November 2026 is a Monday
    assertThat(Datelines.find("Timeline of the strikes\n\nSunday, November 2\n\nThe government announced a new attack."))
        .isEqualTo(LocalDate.of(2025, 11, 2));
    assertThat(Datelines.find("Headline\nWednesday, November 2\nText.")).isNull();
  }

  @Test
  void find_cityWithItsStateBeforeTheDate_isADateline() {
    assertThat(Datelines.find("MIAMI, Fla. (Feb. 21, 2026) — The command confirmed a strike."))
        .isEqualTo(LocalDate.of(2026, 2, 21));
  }

  @Test
  void find_publishedByAnAuthor_isThePublicationDay() {
    assertThat(Datelines.find("Published by Luis Francisco Orozco 5 de febrero, 2026\n\nThe command said."))
        .isEqualTo(LocalDate.of(2026, 2, 5));
  }
}
