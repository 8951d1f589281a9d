package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.CountRange;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.Region;

class IncidentRulesTest {
  /** A Thursday. */
  private static final LocalDate THU = LocalDate.of(2025, 10, 23);

  @Test
  void incident_mentionsOfOneStrike_becomeOneIncidentWithAllFields() {
    Extraction e = Articles.extract("""
        The U.S. military struck a boat in the eastern Pacific on Tuesday, killing two people, officials said.
        Tuesday's strike was the first outside the Caribbean. The vessel was carrying cocaine, Hegseth said.
        The strike on Oct. 21 came as the campaign widened.""", THU);

    assertThat(e.incidents()).hasSize(1);
    Incident i = e.incidents().get(0);
    assertThat(i.date().iso()).isEqualTo("2025-10-21");
    assertThat(i.region()).isEqualTo(Region.fromKey("eastern_pacific"));
    assertThat(i.place()).isEqualTo("in the eastern Pacific");
    assertThat(i.killed()).isEqualTo(CountRange.exactly(2));
    assertThat(i.vessels()).isEqualTo(1);
    assertThat(i.claimedCargo()).containsExactly("cocaine");
    assertThat(i.evidence()).hasSize(4);
  }

  @Test
  void incident_aBoatFromVenezuela_isInTheCaribbean_withoutTheSeaNamed() {
    assertThat(Articles.extract("The military struck a boat it accused of carrying drugs from Venezuela on Monday, killing"
        + " three men.", THU).incidents()).singleElement().satisfies(i -> assertThat(i.region()).isEqualTo(Region.fromKey("caribbean")));
    assertThat(Articles.extract("A strike on Monday hit a Venezuelan drug boat in international waters, killing three.",
        THU).incidents()).singleElement().satisfies(i -> assertThat(i.region()).isEqualTo(Region.fromKey("caribbean")));
    assertThat(Articles.extract("A strike on a boat in international waters on Monday killed three people.", THU)
        .incidents()).singleElement().satisfies(i -> assertThat(i.region()).isEqualTo(Region.UNKNOWN));
  }

  @Test
  void incident_timesOfDayAndSpanishPassives() {
    LocalDate saturday = LocalDate.of(2025, 10, 25);
    assertThat(Articles.extract("A U.S. strike late Tuesday on a boat in the eastern Pacific killed two people.", saturday)
        .incidents()).extracting(i -> i.date().iso()).containsExactly("2025-10-21");
    assertThat(Articles.extract("On the night of Oct. 23, a strike on a vessel in the Caribbean killed six people.", saturday)
        .incidents()).extracting(i -> i.date().iso()).containsExactly("2025-10-23");
    assertThat(Articles.extract(
        "La embarcación fue atacada el pasado 15 de septiembre en el Caribe; murieron tres personas.", saturday)
        .incidents()).singleElement().satisfies(i -> {
          assertThat(i.date().iso()).isEqualTo("2025-09-15");
          assertThat(i.killed()).isEqualTo(CountRange.exactly(3));
        });
  }

  @Test
  void incident_placePhrasesOfBothSeas_andAnAmbiguousCoastLeftUnknown() {
    java.util.Map<String, Region> cases = java.util.Map.of(
        "near Colombia's Pacific coast", Region.fromKey("eastern_pacific"),
        "in the Pacific Ocean", Region.fromKey("eastern_pacific"),
        "about 400 miles south of Mexico", Region.fromKey("eastern_pacific"),
        "off the Venezuelan coast", Region.fromKey("caribbean"),
        "in the Caribbean Sea near Trinidad", Region.fromKey("caribbean"),
        "off the coast of Colombia", Region.UNKNOWN);
    cases.forEach((place, region) -> assertThat(Articles.extract("A strike on Tuesday hit a boat " + place + ", killing two.",
        THU).incidents()).as(place).singleElement().satisfies(i -> assertThat(i.region()).isEqualTo(region)));
  }

  @Test
  void incident_countOfVesselsBeforeTheKillingVerb_isNotTheToll() {
    Extraction e = Articles.extract(
        "Monday's strikes on four vessels in the eastern Pacific killed 14 people and left one survivor.", THU);
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.killed()).isEqualTo(CountRange.exactly(14));
      assertThat(i.vessels()).isEqualTo(4);
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(1));
    });
  }

  @Test
  void incident_twoStrikesOnDifferentDays_stayApart() {
    Extraction e = Articles.extract("""
        A strike on a vessel in the Caribbean on Oct. 14 killed six people.
        On Oct. 16, U.S. forces hit a semi-submersible, killing two; two survivors were rescued.""", THU);

    assertThat(e.incidents()).extracting(i -> i.date().iso()).containsExactly("2025-10-14", "2025-10-16");
    assertThat(e.incidents().get(1).survivors()).isEqualTo(CountRange.exactly(2));
    assertThat(e.incidents().get(1).killed()).isEqualTo(CountRange.exactly(2));
  }

  @Test
  void incident_cumulativeTotal_isATallyNotAnIncident() {
    Extraction e = Articles.extract("The strikes have killed at least 37 people on 9 boats since early September.", THU);
    assertThat(e.incidents()).isEmpty();
    assertThat(e.tallies()).isNotEmpty();
  }

  @Test
  void incident_strikesOnOtherTargets_areNotIncidents() {
    Extraction e = Articles.extract("The US carried out daily strikes on Houthi targets in Yemen earlier this year.", THU);
    assertThat(e.incidents()).isEmpty();
  }

  @Test
  void incident_followUpStrikeAndUnnumberedSurvivors() {
    Extraction e = Articles.extract("Details of the Sept. 2 strike on a boat, including a subsequent missile strike to kill "
        + "survivors, were first reported by the Post.", LocalDate.of(2025, 12, 1));
    Incident i = e.incidents().get(0);
    assertThat(i.followUpStrike()).isTrue();
    assertThat(i.survivors()).isEqualTo(new CountRange(2, null));
  }

  @Test
  void incident_firstStrikeWithoutDate_isTheCampaignsFirst() {
    Extraction e = Articles.extract("When the U.S. struck the first Venezuelan boat, eleven people were said to have been on board.",
        LocalDate.of(2025, 10, 20));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-09-02");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(11));
    });
  }

  /** Regression: the day of "Nov. 3" was read as the death toll of "killed four". */
  @Test
  void incident_numberInADate_isNotTheToll() {
    Extraction e = Articles.extract("A strike on a vessel in the Caribbean on Nov. 3 killed four people.", LocalDate.of(2025, 11, 5));
    assertThat(e.incidents()).singleElement().satisfies(i -> assertThat(i.killed()).isEqualTo(CountRange.exactly(4)));
  }

  @Test
  void incident_tollInTheNextSentenceWithoutAStrikeWord_isThatStrikesToll() {
    Extraction e = Articles.extract("""
        The Secretary said on Thursday that the military struck a boat in the Caribbean on Wednesday.
        The operation resulted in the deaths of four people aboard.""", THU);

    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-22");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(4));
    });
  }

  @Test
  void incident_tollSentenceWithADayOfItsOwn_doesNotJoinTheStrikeBefore() {
    Extraction e = Articles.extract("""
        The military struck a boat in the Caribbean on Wednesday.
        On Sept. 2, eleven people were killed.""", THU);

    assertThat(e.incidents()).allSatisfy(i -> {
      if (i.date().iso().equals("2025-10-22")) {
        assertThat(i.killed()).isNull();
      }
    });
  }

  @Test
  void incident_reportOpeningWithADateLine_isNotDatedByIt() {
    Extraction e = Articles.extract(" date 2025-10-23 The U.S. military struck a boat in the Caribbean on Tuesday, killing"
        + " three people.", THU);

    assertThat(e.incidents()).singleElement().satisfies(i -> assertThat(i.date().iso()).isEqualTo("2025-10-21"));
  }

  @Test
  void incident_yearlessDayInAnUndatedReport_isNeverBeforeTheCampaignsFirstStrike() {
    Extraction e = Articles.extractUndated("The U.S. military struck a boat in the Caribbean on Feb. 13, killing three people.");

    assertThat(e.incidents()).singleElement().satisfies(i -> assertThat(i.date().iso()).isEqualTo("2026-02-13"));
  }

  @Test
  void incident_spanishAnnouncementDay_isNotTheStrikesDay() {
    Extraction e = Articles.extract("Estados Unidos atacó una lancha en el Caribe el jueves y mató a dos personas, confirmó el"
        + " sábado el presidente.", LocalDate.of(2025, 10, 18));

    assertThat(e.incidents()).singleElement().satisfies(i -> assertThat(i.date().iso()).isEqualTo("2025-10-16"));
  }

  @Test
  void incident_anotherWarsStrikeAtSea_isNoIncident() {
    assertThat(Articles.extract("A suspected attack by Yemen's Houthi rebels targeted a commercial vessel in the Red Sea on"
        + " Tuesday, killing two crew members.", THU).incidents()).isEmpty();
  }

  @Test
  void incident_dateACountStartsFrom_isNotTheStrikesDay() {
    Extraction e = Articles.extract("The government announced Wednesday a new attack on a vessel in the Pacific, the twelfth"
        + " such attack since September 2.", THU);

    assertThat(e.incidents()).extracting(i -> i.date().iso()).doesNotContain("2025-09-02");
  }

  @Test
  void incident_campaignTollInAStrikesSentence_isNotThatStrikesToll() {
    Extraction e = Articles.extract("The strike on Oct. 21 in the eastern Pacific was one of the 35 military strikes"
        + " against boats that have killed at least 115 people since early September.", THU);

    assertThat(e.incidents()).allSatisfy(i -> assertThat(i.killed()).isNull());
  }

  @Test
  void incident_oneOfADaysStrikesCalledTheFirst_isNotTheCampaignsFirst() {
    Extraction e = Articles.extract("The first strike took out eight people, the second eliminated four, and the third"
        + " killed three.", THU);

    assertThat(e.incidents()).extracting(i -> i.date().iso()).doesNotContain("2025-09-02");
  }

  @Test
  void incident_undatedStrike_takesTheOneDayItsOtherSentencesGive() {
    LocalDate sunday = LocalDate.of(2026, 3, 8);
    // the strike sentence has no day; the next one, which tells its dead, does
    Extraction e = Articles.extract("""
        Fuerzas de EEUU atacaron una lancha en el Pacífico oriental.

        La operación en la que murieron cuatro hombres que iban a bordo se realizó este domingo 8 de marzo.""", sunday);
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2026-03-08");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(4));
      assertThat(i.dateFromAnnouncement()).isFalse();
    });
    // two days told around it: no day is chosen
    Extraction two = Articles.extract("""
        Fuerzas de EEUU atacaron una lancha en el Pacífico oriental.

        La operación en la que murieron cuatro hombres que iban a bordo se realizó el 6 de marzo o el 7 de marzo.""", sunday);
    assertThat(two.incidents()).singleElement().satisfies(i -> assertThat(i.date().known()).isFalse());
  }

  @Test
  void incident_toldInAQuotedPost_isDatedByTheDayThePostWasIntroduced() {
    LocalDate friday = LocalDate.of(2025, 10, 24);
    Extraction e = Articles.extract("""
        The president wrote on his social network on Friday evening:

        "The strike killed 4 male narcoterrorists aboard the vessel, which was in international waters."
        """, friday);
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-24");
      assertThat(i.dateFromAnnouncement()).isTrue();
    });
  }

  @Test
  void incident_spanishWordsOfDying_giveTheToll_butWarshipsAreNoBoatsStruck() {
    LocalDate tuesday = LocalDate.of(2025, 12, 16);
    assertThat(Articles.extract("Estados Unidos atacó el lunes una lancha en el Caribe. Murieron los tres tripulantes que iban a bordo.",
        tuesday).incidents()).singleElement().satisfies(i -> assertThat(i.killed()).isEqualTo(CountRange.exactly(3)));
    assertThat(Articles.extract("El despliegue incluye 8 buques de guerra frente a Venezuela desde septiembre.", tuesday).tallies())
        .isEmpty();
  }

  @Test
  void incident_yearlessMonthBeforeTheFirstStrike_isNextYears_unlessThatIsAfterThePublication() {
    // an undated report: "May" cannot be May 2025, before the campaign's first strike
    assertThat(Articles.extractUndated("The US military struck a boat in the eastern Pacific, killing three people, the fourth"
        + " attack in May alone.").incidents()).singleElement().satisfies(i -> assertThat(i.date().iso()).isEqualTo("2026-05"));
    // a report of January 2026 cannot tell of May 2026: the month is left as read
    assertThat(Articles.extract("The US military struck a boat in the eastern Pacific, killing three people, the fourth"
        + " attack in May alone.", LocalDate.of(2026, 1, 10)).incidents()).singleElement()
        .satisfies(i -> assertThat(i.date().iso()).isEqualTo("2025-05"));
  }

  @Test
  void incident_spanishStrikeVerbsInThePresentAndGerund() {
    LocalDate tuesday = LocalDate.of(2025, 12, 16);
    assertThat(Articles.extract("EE.UU. ataca el lunes otra lancha en el Caribe y mata a tres tripulantes.", tuesday).incidents())
        .singleElement().satisfies(i -> {
          assertThat(i.date().iso()).isEqualTo("2025-12-15");
          assertThat(i.killed()).isEqualTo(CountRange.exactly(3));
        });
    assertThat(Articles.extract("Un video muestra a las fuerzas estadounidenses bombardeando el lunes una lancha en el Caribe;"
        + " murieron dos personas.", tuesday).incidents()).singleElement()
        .satisfies(i -> assertThat(i.killed()).isEqualTo(CountRange.exactly(2)));
  }

  @Test
  void incident_aStrikeNamedByItsDay_isOneStrike_evenWithoutABoat() {
    Extraction e = Articles.extract("Two survivors of an Oct. 16 strike were sent home, officials said.", LocalDate.of(2025, 11, 5));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-16");
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(2));
      assertThat(i.killed()).isNull();
    });
    // strikes in general, by a day, are not one strike
    assertThat(Articles.extract("The Oct. 16 strikes on Houthi sites were not the campaign's.", LocalDate.of(2025, 11, 5))
        .incidents()).isEmpty();
  }

  @Test
  void incident_spanishSurvivors_fromSpainsWordAndThePluralVerb() {
    LocalDate friday = LocalDate.of(2026, 1, 2);
    assertThat(Articles.extract("Estados Unidos atacó el martes tres lanchas en el Pacífico oriental; la Guardia Costera buscó"
        + " supervivientes.", friday).incidents()).singleElement()
        .satisfies(i -> assertThat(i.survivors()).isEqualTo(new CountRange(2, null)));
    assertThat(Articles.extract("Estados Unidos atacó el martes una lancha en el Caribe y murieron dos tripulantes; los dos"
        + " supervivientes fueron rescatados.", friday).incidents()).singleElement()
        .satisfies(i -> assertThat(i.survivors()).isEqualTo(CountRange.exactly(2)));
  }
}
