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
import org.reckon.model.TallyPoint;

/** Reconciliation over short reports written for these tests, worded the way outlets differ. */
class ReconcilerTest {
  private static final List<Extraction> CORPUS = List.of(
      report("wire", "2025-10-15", "A U.S. strike on a boat in the Caribbean on Tuesday killed six people, Hegseth said."),
      report("tv", "2025-10-16", "The Oct. 14 strike off the coast of Venezuela killed six men, officials said."),
      report("paper", "2025-10-20", "Last Tuesday's strike on a vessel killed at least five people, according to a local official."),
      report("radio", "2025-10-17", "On Thursday, U.S. forces hit a semi-submersible in the Caribbean, killing two; two survivors were rescued."),
      report("pacific", "2025-10-22", "A strike on a boat in the eastern Pacific on Tuesday killed two people."),
      report("pacific2", "2025-10-22", "The same Tuesday, another strike on a boat in the Caribbean killed three, a second outlet said."),
      report("tally1", "2025-10-20", "Since September, the strikes have killed at least 37 people."),
      report("tally2", "2025-10-25", "The strikes have killed at least 43 people so far."),
      report("tally3", "2025-10-26", "So far the campaign has killed at least 30 people, an older figure showed."));

  @Test
  void reconcile_oneStrikeToldThreeWays_isOneIncidentWithAllSources() {
    CampaignRecord record = Reconciler.reconcile(CORPUS);

    RecordIncident oct14 = record.incidents().stream().filter(i -> i.incidentId().startsWith("2025-10-14")).findFirst()
        .orElseThrow();
    assertThat(oct14.incidentId()).isEqualTo("2025-10-14-caribbean");
    assertThat(oct14.sources()).extracting(s -> s.source()).containsExactlyInAnyOrder("wire.txt", "tv.txt", "paper.txt");
    assertThat(oct14.killedMin()).isEqualTo(6);
    assertThat(oct14.killedMax()).isEqualTo(6);
    assertThat(oct14.contested()).isFalse();
    assertThat(oct14.grade()).isEqualTo("confirmed");
    assertThat(oct14.mergeNotes()).hasSize(3).allMatch(n -> n.contains("same day 2025-10-14"));
  }

  @Test
  void reconcile_sameDayDifferentRegions_stayApart() {
    CampaignRecord record = Reconciler.reconcile(CORPUS);
    assertThat(record.incidents()).extracting(RecordIncident::incidentId)
        .contains("2025-10-21-eastern_pacific", "2025-10-21-caribbean", "2025-10-16-caribbean");
  }

  @Test
  void reconcile_conflictingTolls_areContestedWithBothEndsKept() {
    List<Extraction> conflicting = List.of(
        report("a", "2025-11-02", "A strike on a boat in the Caribbean on Saturday killed three people."),
        report("b", "2025-11-03", "The Nov. 1 strike on a vessel in the Caribbean killed five people, relatives said."),
        report("c", "2025-11-03", "Saturday's strike on a boat in the Caribbean killed three, the Pentagon said."));
    RecordIncident i = Reconciler.reconcile(conflicting).incidents().get(0);
    assertThat(i.contested()).isTrue();
    assertThat(i.killedMin()).isEqualTo(5);
    assertThat(i.killedMax()).isEqualTo(3);
    assertThat(i.killedBest()).isEqualTo(3);
    assertThat(i.grade()).isEqualTo("contested");
  }

  @Test
  void reconcile_tallySeries_isDatedAndFlagsAFigureBelowAnEarlierLowerBound() {
    List<TallyPoint> killed = Reconciler.reconcile(CORPUS).tallies().stream()
        .filter(p -> p.metric().key().equals("killed")).toList();
    assertThat(killed).extracting(p -> p.asOf() + " " + p.count().value() + " " + p.belowEarlierBound())
        .containsExactly("2025-10-20 37 false", "2025-10-25 43 false", "2025-10-26 30 true");
  }

  @Test
  void earlierBounds_flagOnlyAFigureBelowTheLowerBoundOfAStrictlyEarlierDayOfItsMetric() {
    Reconciler.EarlierBounds bounds = new Reconciler.EarlierBounds();
    List<String> flagged = new ArrayList<>();
    for (Object[] p : new Object[][] {
        {org.reckon.model.TallyMetric.KILLED, "2025-10-20", org.reckon.model.Count.atLeast(40)},
        {org.reckon.model.TallyMetric.KILLED, "2025-10-20", org.reckon.model.Count.exactly(30)}, // same day: not earlier
        {org.reckon.model.TallyMetric.KILLED, "2025-10-21", org.reckon.model.Count.of(41, org.reckon.model.Bound.ALMOST)}, // up to 40
        {org.reckon.model.TallyMetric.KILLED, "2025-10-22", org.reckon.model.Count.of(45, org.reckon.model.Bound.ALMOST)}, // sets no bound
        {org.reckon.model.TallyMetric.KILLED, "2025-10-23", org.reckon.model.Count.exactly(39)},
        {org.reckon.model.TallyMetric.KILLED, null, org.reckon.model.Count.exactly(1)}, // undated: never flagged
        {org.reckon.model.TallyMetric.STRIKES, "2025-10-24", org.reckon.model.Count.exactly(3)}}) { // another metric
      TallyPoint point = bounds.flag(new TallyPoint(p[1] == null ? null : java.time.LocalDate.parse((String) p[1]),
          (org.reckon.model.TallyMetric) p[0], (org.reckon.model.Count) p[2], "d", "s", null, List.of(), false));
      flagged.add(point.count().value() + " " + point.belowEarlierBound());
    }
    assertThat(flagged).containsExactly("40 false", "30 false", "41 false", "45 false", "39 true", "1 false", "3 false");
  }

  @Test
  void reconcile_anyOrderOfDocuments_givesTheSameRecord() {
    CampaignRecord reference = Reconciler.reconcile(CORPUS);
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      List<Extraction> shuffled = new ArrayList<>(CORPUS);
      Collections.shuffle(shuffled, random);
      assertThat(Reconciler.reconcile(shuffled)).isEqualTo(reference);
    }
  }

  @Test
  void reconcile_singleSource_isWeak() {
    RecordIncident i = Reconciler.reconcile(List.of(
        report("only", "2025-10-22", "A strike on a boat in the eastern Pacific on Tuesday killed two people."))).incidents().get(0);
    assertThat(i.grade()).isEqualTo("weak");
    assertThat(i.sources()).hasSize(1);
  }

  @Test
  void reconcile_strikeAnnouncedTheNextDay_joinsTheStrikeOfTheDayBefore() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        report("night", "2025-10-22", "Tuesday night's strike on a boat in the eastern Pacific killed two people."),
        report("wire", "2025-10-22", "The military killed two people in a strike on a boat in the eastern Pacific, Hegseth said Wednesday.")));
    assertThat(record.incidents()).singleElement().satisfies(i -> {
      assertThat(i.incidentId()).isEqualTo("2025-10-21-eastern_pacific");
      assertThat(i.sources()).hasSize(2);
      assertThat(i.mergeNotes()).anyMatch(n -> n.contains("announced 2025-10-22, the day after the strike of 2025-10-21"));
    });
  }

  @Test
  void reconcile_mentionWithoutRegion_joinsTheSameDayIncidentWhoseTollFits() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        report("p", "2025-10-22", "A strike on a boat in the eastern Pacific on Tuesday killed two people."),
        report("c", "2025-10-22", "A strike on a boat in the Caribbean on Tuesday killed three people."),
        report("u", "2025-10-23", "The Oct. 21 strike on a vessel killed three people, relatives said.")));
    assertThat(record.incidents()).extracting(i -> i.incidentId() + " " + i.sources().size())
        .containsExactlyInAnyOrder("2025-10-21-eastern_pacific 1", "2025-10-21-caribbean 2");
  }

  private static final String WIRE = """
      CARACAS, Venezuela (AP) — A U.S. strike on a boat in the Caribbean on Tuesday killed six people, fishermen in the
      port town of Güiria said, as relatives gathered at the dock to wait for news of the crew.
      The boat left before dawn and was hit about 40 miles offshore, residents said. Neighbours said the men had
      fished those waters for years and knew the currents well, and that two of them had young children.
      The strikes have drawn criticism from lawmakers in Washington and from governments across the region.
      """;

  @Test
  void grade_wireCopiesOnTwoSites_countOnce_anIndependentReportConfirms() {
    Extraction site1 = report("site-one", "2025-10-15", WIRE);
    Extraction site2 = report("site-two", "2025-10-15",
        "Boat strike kills six\n" + WIRE.replace("The strikes have drawn criticism from lawmakers in Washington and from"
            + " governments across the region.", "Read more: our coverage of the region.") + "Subscribe to our newsletter.");
    CampaignRecord copies = Reconciler.reconcile(List.of(site1, site2));
    assertThat(copies.incidents()).singleElement().satisfies(i -> {
      assertThat(i.sources()).hasSize(2);
      assertThat(i.grade()).isEqualTo("fair");
      assertThat(i.mergeNotes()).anyMatch(n -> n.startsWith("one report, counted once") && n.contains("site-one.txt")
          && n.contains("site-two.txt"));
    });

    Extraction local = report("local-paper", "2025-10-16",
        "Six men from Güiria died when a U.S. missile hit their boat in the Caribbean on Oct. 14, the mayor told reporters.");
    assertThat(Reconciler.reconcile(List.of(site1, site2, local)).incidents())
        .singleElement().satisfies(i -> assertThat(i.grade()).isEqualTo("confirmed"));
  }

  @Test
  void grade_twoStoriesCreditedToOneAgency_countOnce() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        report("paper-a", "2025-10-15", "WASHINGTON (Reuters) - A U.S. strike on a boat in the Caribbean on Tuesday killed six people."),
        report("paper-b", "2025-10-16", "BOGOTA (Reuters) - Relatives mourned six men killed in the Oct. 14 strike on a boat in the Caribbean.")));
    assertThat(record.incidents()).singleElement().satisfies(i -> assertThat(i.grade()).isEqualTo("fair"));
  }

  @Test
  void actors_oneAcrossDocuments_aliasesAndRolesJoined_accentsIgnored() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        report("a", "2025-10-15", "Defense Secretary Pete Hegseth said the strike killed six. Nicolás Maduro denounced it."),
        report("b", "2025-10-16", "Hegseth said more strikes would follow, and Nicolas Maduro said Venezuela would resist.")));
    assertThat(record.actors()).filteredOn(a -> a.name().equals("Pete Hegseth")).singleElement().satisfies(a -> {
      assertThat(a.documentIds()).hasSize(2);
      assertThat(a.aliases()).contains("Defense Secretary Pete Hegseth", "Hegseth");
      assertThat(a.roles()).contains("Defense Secretary");
    });
    assertThat(record.actors()).filteredOn(a -> a.name().startsWith("Nicol")).singleElement()
        .satisfies(a -> assertThat(a.documentIds()).hasSize(2));
  }

  @Test
  void reconcile_undatedReportsStrikeByWeekday_joinsTheOneStrikeOfTheRecordWithItsTollAndSea() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        TestReports.report("wire", "2025-09-03", "The U.S. military struck a boat in the Caribbean on Tuesday, killing 11 people."),
        TestReports.report("daily", "2025-09-05", "The Sept. 2 strike on a vessel in the Caribbean killed 11."),
        TestReports.report("undated", null, "Tuesday's strike on a fast boat in the Caribbean killed 11 people, Trump said.")));

    assertThat(record.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-09-02");
      assertThat(i.sources()).extracting(s -> s.source()).contains("undated.txt");
      assertThat(i.mergeNotes()).anyMatch(n -> n.startsWith("undated.txt: undated report"));
    });
  }

  @Test
  void reconcile_undatedReportsStrikeFittingTwoStrikes_staysOutOfTheRecord() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        TestReports.report("wire", "2025-10-15", "The military struck a boat in the Caribbean on Tuesday, killing three people."),
        TestReports.report("wire2", "2025-10-22", "The military struck a boat in the Caribbean on Tuesday, killing three people."),
        TestReports.report("undated", null, "Tuesday's strike on a boat in the Caribbean killed three people.")));

    assertThat(record.incidents()).hasSize(2)
        .allSatisfy(i -> assertThat(i.sources()).extracting(s -> s.source()).doesNotContain("undated.txt"));
  }
}
