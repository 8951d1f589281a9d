package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reckon.model.CountRange;
import org.reckon.model.DateValue;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.Region;

class ReviewQueueTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 14);

  private static IncidentSource source(String id, LocalDate day, Integer killed) {
    return new IncidentSource(id, id + ".txt", null, DAY.plusDays(1), DateValue.ofDay(day), killed == null ? null : CountRange.exactly(killed),
        List.of());
  }

  private static RecordIncident told(List<IncidentSource> sources) {
    return new RecordIncident("2025-10-14-caribbean", DateValue.ofDay(DAY), Region.fromKey("caribbean"), null, 1, 6, 6, 6, false,
        null, null, null, List.of(), List.of(), sources, "confirmed", "extracted", List.of());
  }

  @Test
  void shownSources_ofAStrikeToldByMany_putTheDisagreeingFirst_andStopAtTheLimit() {
    List<IncidentSource> sources = new ArrayList<>();
    for (int n = 0; n < 10; n++) {
      sources.add(source("agree" + n, DAY, n % 3 == 0 ? null : 6)); // some give no toll: that is no disagreement
    }
    sources.add(source("other-toll", DAY, 5));
    sources.add(source("other-day", DAY.minusDays(1), 6));

    List<String> shown = ReviewQueue.shownSources(told(sources)).stream().map(IncidentSource::documentId).toList();

    assertThat(shown).hasSize(ReviewQueue.SOURCES_SHOWN)
        .startsWith("other-toll", "other-day") // in the incident's order among themselves
        .containsSubsequence("agree0", "agree1", "agree2", "agree3");
  }

  @Test
  void shownSources_ofAFewAgreeing_areAllOfThemInOrder() {
    List<IncidentSource> sources = List.of(source("a", DAY, 6), source("b", DAY, 6), source("c", DAY, null));

    assertThat(ReviewQueue.shownSources(told(sources))).extracting(IncidentSource::documentId).containsExactly("a", "b", "c");
  }
}
