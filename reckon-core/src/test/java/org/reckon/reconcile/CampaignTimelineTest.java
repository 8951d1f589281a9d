package org.reckon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reckon.reconcile.TestReports.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Extraction;
import org.reckon.model.RecordIncident;

/**
 * Two weeks of the campaign (late October 2025: eight strikes, two of them on consecutive days in
 * the same sea) told by sixteen short reports written for this test, each strike twice in other
 * words: dated and undated reports (an undated one tells its strike by weekday and toll, and the
 * record places it among the strikes dated reports tell), weekdays, dates, announcements a day
 * late, tolls with and without survivors. The record must hold each strike once, with its day and toll: none split in
 * two, no two merged.
 */
class CampaignTimelineTest {
  private static final List<Extraction> REPORTS = List.of(
      report("wire", "2025-10-14",
          "U.S. forces struck a boat off the coast of Venezuela on Tuesday, killing six people, Defense Secretary Pete Hegseth said."),
      report("daily", "2025-10-16", "The Oct. 14 strike on a vessel in the Caribbean killed six men, officials said."),
      report("paper", "2025-10-18",
          "The Thursday strike on a semi-submersible in the Caribbean killed two people; two survivors were picked up."),
      report("tv", null,
          "Two people were killed and two survived when the U.S. military hit a semi-submersible in the Caribbean on Thursday, "
              + "officials said Friday."),
      report("agency", "2025-10-19",
          "Hegseth said Sunday that a strike on Friday killed three people aboard a vessel linked to the ELN in the Caribbean."),
      report("blog", null,
          "Friday's strike on a boat in the Caribbean killed three people, bringing the death toll to at least 32."),
      report("night", "2025-10-22", "Tuesday night's strike on a boat in the eastern Pacific killed two people."),
      report("wire2", "2025-10-22",
          "The military killed two people in a strike on a boat in the eastern Pacific, Hegseth said Wednesday."),
      report("gazette", "2025-10-23",
          "Another strike in the eastern Pacific on Wednesday killed three men aboard a boat, officials said."),
      report("radio", "2025-10-22",
          "Hegseth announced Wednesday that three people were killed in a strike on a vessel in the eastern Pacific."),
      report("wire3", "2025-10-24",
          "U.S. forces hit a boat in the Caribbean overnight on Friday, killing six people, Hegseth said."),
      report("weekly", "2025-10-30", "The Oct. 24 strike on a boat in the Caribbean killed six."),
      report("wire4", "2025-10-28",
          "Monday's strikes on four vessels in the eastern Pacific killed 14 people and left one survivor, Hegseth said Tuesday."),
      report("navy", "2025-10-29",
          "Mexico's navy searched for the lone survivor of the Oct. 27 strike in the eastern Pacific, which killed 14 people."),
      report("wire5", "2025-10-30", "A strike on a vessel in the eastern Pacific on Wednesday killed four people, the Pentagon said."),
      report("site", null,
          "Wednesday's strike on a boat in the eastern Pacific killed four people, bringing the death toll to at least 61."));

  private static final List<String> STRIKES = List.of(
      "2025-10-14 caribbean 6", "2025-10-16 caribbean 2", "2025-10-17 caribbean 3", "2025-10-21 eastern_pacific 2",
      "2025-10-22 eastern_pacific 3", "2025-10-24 caribbean 6", "2025-10-27 eastern_pacific 14",
      "2025-10-29 eastern_pacific 4");

  private static List<String> strikes(CampaignRecord record) {
    return record.incidents().stream()
        .map(i -> i.date().iso() + " " + i.region().key() + " " + i.killedBest())
        .toList();
  }

  @Test
  void eachStrikeOnce_withItsDayAndToll_fromBothItsReports() {
    CampaignRecord record = Reconciler.reconcile(REPORTS);
    assertThat(strikes(record)).containsExactlyInAnyOrderElementsOf(STRIKES);
    assertThat(record.incidents()).allSatisfy(i -> {
      assertThat(i.sources()).as(i.incidentId() + " sources").hasSize(2);
      assertThat(i.contested()).as(i.incidentId() + " contested").isFalse();
    });
  }

  @Test
  void survivorsStayWithTheirStrike() {
    CampaignRecord record = Reconciler.reconcile(REPORTS);
    assertThat(record.incidents()).filteredOn(i -> i.survivorsMin() != null && i.survivorsMin() > 0)
        .extracting(i -> i.date().iso() + " " + i.survivorsMin())
        .containsExactlyInAnyOrder("2025-10-16 2", "2025-10-27 1");
  }

  @Test
  void anyOrderOfReports_givesTheSameStrikes() {
    List<String> expected = strikes(Reconciler.reconcile(REPORTS));
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<Extraction> shuffled = new ArrayList<>(REPORTS);
      Collections.shuffle(shuffled, random);
      CampaignRecord record = Reconciler.reconcile(shuffled);
      assertThat(strikes(record)).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(record.incidents()).extracting(RecordIncident::incidentId)
          .containsExactlyInAnyOrderElementsOf(Reconciler.reconcile(REPORTS).incidents().stream()
              .map(RecordIncident::incidentId).toList());
    }
  }
}
