package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.CountRange;
import org.reckon.model.Extraction;

/** Reports in the styles of wire copy, a Spanish agency and a TV site, written for these tests. */
class VariedReportsTest {
  @Test
  void wireCopy_datelineSaidWeekdayOrdinalStrikeAndSilence() {
    Extraction e = Articles.extract("""
        WASHINGTON (AP) — The U.S. military has killed four people in a strike on a boat allegedly carrying drugs in the eastern Pacific, Defense Secretary Pete Hegseth said Wednesday.
        It was at least the 14th strike since early September, bringing the death toll to at least 61.
        Hegseth did not say which group the boat belonged to. “These narco-terrorists will be hunted down,” he wrote on social media.""",
        LocalDate.of(2025, 10, 29));
    assertThat(e.incidents()).singleElement().satisfies(i -> assertThat(i.killed()).isEqualTo(CountRange.exactly(4)));
    assertThat(e.tallies()).extracting(t -> t.metric().key() + " " + t.count().bound().key() + " " + t.count().value())
        .containsExactly("strikes at_least 14", "killed at_least 61");
    assertThat(e.claims()).extracting(c -> c.kind().key() + " " + c.speaker())
        .containsExactly("paraphrase Pete Hegseth", "direct_quote Pete Hegseth");
    assertThat(e.claims().get(0).text()).startsWith("The U.S. military has killed four people");
  }

  @Test
  void spanishAgency_tollWithArticleAndGovernmentClaim() {
    Extraction e = Articles.extract("""
        Estados Unidos atacó este miércoles una lancha en el Caribe y mató a tres presuntos narcotraficantes, informó el secretario de Guerra, Pete Hegseth.
        Con este ataque, ya son al menos 79 los muertos desde que comenzó la campaña en septiembre.
        El gobierno venezolano calificó el ataque de "ejecución extrajudicial".""", LocalDate.of(2025, 11, 12));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-11-12");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(3));
    });
    assertThat(e.tallies()).singleElement().satisfies(t -> assertThat(t.count().value()).isEqualTo(79));
    assertThat(e.claims()).extracting(c -> c.speaker() + " " + c.speakerType().key())
        .containsExactly("Pete Hegseth named_official", "Government of Venezuela organization");
  }

  @Test
  void tvSite_atLeastToll_relativesAndNamedSister() {
    Extraction e = Articles.extract("""
        At least six people were killed Tuesday when U.S. forces struck a suspected drug boat off Venezuela's coast, officials said.
        Relatives in Las Cuevas say two fishermen from the village were among those killed.
        “He was just trying to feed his kids,” said his sister, Maria Lopez.""", LocalDate.of(2025, 10, 15));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-14");
      assertThat(i.killed()).isEqualTo(new CountRange(6, null));
      assertThat(i.region().key()).isEqualTo("caribbean");
    });
    assertThat(e.claims()).extracting(c -> c.speaker() + " | " + c.speakerType().key())
        .contains("null | family_member", "Maria Lopez | family_member");
  }

  @Test
  void wireCopy_strikeTollAndRunningTotalInOneSentence_datelineNotInTheClaim() {
    Extraction e = Articles.extract("""
        Oct 29 (Reuters) - The U.S. military killed four people in a strike on an alleged drug-smuggling vessel in the eastern Pacific on Wednesday, Defense Secretary Pete Hegseth said, bringing the total killed in the campaign to at least 61.
        The strike was the 14th since early September, according to a Reuters tally.""", LocalDate.of(2025, 10, 29));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.killed()).isEqualTo(CountRange.exactly(4));
      assertThat(i.vessels()).isEqualTo(1);
    });
    assertThat(e.tallies()).extracting(t -> t.metric().key() + " " + t.count().bound().key() + " " + t.count().value())
        .containsExactly("killed at_least 61", "strikes exact 14");
    assertThat(e.claims().get(0).text()).startsWith("The U.S. military killed four people");
  }

  @Test
  void regionalPaper_tollOfAStrikeByWeekday_andANamedMotherInAnAppositive() {
    Extraction e = Articles.extract("""
        Two Trinidadians were among the six people killed in Tuesday's U.S. strike off the coast of Venezuela, relatives told the Guardian on Wednesday.
        The mother of one of the men, Lenore Burnley, said her son was a fisherman and had never been involved with drugs.""",
        LocalDate.of(2025, 10, 16));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-14");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(6));
    });
    assertThat(e.tallies()).isEmpty();
    assertThat(e.claims()).extracting(c -> c.speaker() + " | " + c.speakerType().key() + " | " + c.text())
        .containsExactly(
            "null | family_member | Two Trinidadians were among the six people killed in Tuesday's U.S. strike off the coast of Venezuela",
            "Lenore Burnley | family_member | her son was a fisherman and had never been involved with drugs");
  }

  @Test
  void spanishAgency_datelineNotInTheClaim_survivorsKept() {
    Extraction e = Articles.extract("""
        WASHINGTON, 16 oct (EFE).- El Ejército de Estados Unidos atacó este jueves un semisumergible en el mar Caribe y mató a dos presuntos narcotraficantes, mientras que otros dos sobrevivieron, informó el presidente Donald Trump.""",
        LocalDate.of(2025, 10, 17));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-16");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(2));
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(2));
    });
    assertThat(e.claims()).singleElement().satisfies(c -> {
      assertThat(c.speaker()).isEqualTo("Donald Trump");
      assertThat(c.text()).startsWith("El Ejército de Estados Unidos atacó");
    });
  }

  @Test
  void timeline_eachDatedLineIsAStrike_evenWithoutTheWordStrike() {
    Extraction e = Articles.extract("""
        A timeline of the U.S. strikes on alleged drug boats:

        Sept. 2: A strike on a boat in the Caribbean kills 11 people.
        Sept. 15: Three people are killed in a second strike off Venezuela.
        Oct. 3: Four people are killed on a boat off the coast of Venezuela.
        Oct. 14: Six people are killed in the Caribbean.""", LocalDate.of(2025, 10, 25));
    assertThat(e.incidents()).extracting(i -> i.date().iso() + " " + i.region().key() + " " + i.killed().min())
        .containsExactly("2025-09-02 caribbean 11", "2025-09-15 caribbean 3", "2025-10-03 caribbean 4",
            "2025-10-14 caribbean 6");
    assertThat(e.tallies()).isEmpty();
  }

  @Test
  void firstStrikeOfAKind_isNotTheCampaignsFirstStrike() {
    Extraction en = Articles.extract("""
        The Pentagon said a strike on a boat in the eastern Pacific killed two people on Tuesday.
        It was the first strike in the Pacific since the campaign began.""", LocalDate.of(2025, 10, 23));
    assertThat(en.incidents()).extracting(i -> i.date().iso()).containsExactly("2025-10-21");
    Extraction es = Articles.extract("""
        El Pentágono informó que el pasado martes un ataque contra una embarcación en el Pacífico oriental dejó dos muertos.
        Es el primer ataque en el Pacífico desde el inicio de la campaña.
        Familiares de los fallecidos aseguraron que eran pescadores.""", LocalDate.of(2025, 10, 23));
    assertThat(es.incidents()).extracting(i -> i.date().iso()).containsExactly("2025-10-21");
    assertThat(es.claims()).extracting(c -> c.speakerType().key() + " | " + c.text())
        .contains("family_member | eran pescadores");
  }

  @Test
  void severalBoatsOneDay_postOnX_thenTheRunningTotal() {
    Extraction e = Articles.extract("""
        U.S. forces struck three boats in the eastern Pacific on Monday, killing eight people, U.S. Southern Command said in a post on X. The strikes bring the death toll of the campaign to at least 95.""",
        LocalDate.of(2025, 12, 16));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-12-15");
      assertThat(i.vessels()).isEqualTo(3);
      assertThat(i.killed()).isEqualTo(CountRange.exactly(8));
    });
    assertThat(e.tallies()).extracting(t -> t.count().value()).containsExactly(95);
  }

  @Test
  void spanish_strikeAndRunningTotalInOneSentence_andWhereItWasSaid() {
    Extraction e = Articles.extract("""
        Estados Unidos bombardeó el martes una lancha en el Pacífico oriental y mató a dos personas, elevando a 67 la cifra de muertos desde el inicio de la ofensiva en septiembre, según el Comando Sur.
        El secretario de Guerra, Pete Hegseth, afirmó en la red social X que la embarcación era operada por una organización terrorista.""",
        LocalDate.of(2025, 11, 5));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-11-04");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(2));
    });
    assertThat(e.tallies()).extracting(t -> t.metric().key() + " " + t.count().value()).containsExactly("killed 67");
    assertThat(e.claims()).extracting(c -> c.speaker() + " | " + c.text())
        .contains("Pete Hegseth | la embarcación era operada por una organización terrorista");
  }

  @Test
  void followUpStrikeOnSurvivors_isNotTheToll() {
    Extraction e = Articles.extract(
        "Lawmakers have demanded the unedited video of the Sept. 2 strike, in which a second strike killed two survivors.",
        LocalDate.of(2025, 12, 5));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-09-02");
      assertThat(i.killed()).isNull();
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(2));
      assertThat(i.followUpStrike()).isTrue();
    });
  }

  @Test
  void firstNightStrike_andATollThatStandsAt_andAllegedAsAnAdjective() {
    Extraction e = Articles.extract("""
        In an overnight strike on Friday, U.S. forces destroyed a boat operated by Tren de Aragua in the Caribbean, killing six, Hegseth said. It was the first strike carried out at night. The death toll from the campaign now stands at 43.
        The U.S. military has killed at least 43 people in 10 strikes on alleged drug boats since early September.""",
        LocalDate.of(2025, 10, 25));
    assertThat(e.incidents()).extracting(i -> i.date().iso() + " " + i.killed().min()).containsExactly("2025-10-24 6");
    assertThat(e.tallies()).extracting(t -> t.metric().key() + " " + t.count().bound().key() + " " + t.count().value())
        .containsExactly("killed exact 43", "killed at_least 43", "strikes exact 10");
    assertThat(e.claims()).extracting(c -> c.speaker()).containsExactly("Pete Hegseth");
  }

  @Test
  void spanish_allItsCrew_andABalanceOfDead() {
    Extraction e = Articles.extract("""
        El Ejército estadounidense destruyó el viernes 3 de octubre una embarcación frente a las costas de Venezuela y mató a sus cuatro tripulantes, informó el secretario de Guerra. Es el cuarto ataque letal desde el 2 de septiembre, con un saldo de al menos 21 muertos.""",
        LocalDate.of(2025, 10, 4));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-03");
      assertThat(i.killed()).isEqualTo(CountRange.exactly(4));
    });
    // "el cuarto ataque" is an ordinal: a count of strikes (annotation guide), beside the balance of dead
    assertThat(e.tallies()).extracting(t -> t.metric().key() + " " + t.count().value()).containsExactly("strikes 4", "killed 21");
  }

  @Test
  void twoStrikesOnConsecutiveDays_theSecondWithoutItsSea_takesTheArticlesOnlySea() {
    Extraction e = Articles.extract("""
        The U.S. military said Wednesday it had struck three boats traveling in a convoy in the eastern Pacific on Tuesday, killing three people.

        The military then struck two more vessels on Wednesday, killing five, Southern Command said.""", LocalDate.of(2025, 12, 31));
    assertThat(e.incidents()).extracting(i -> i.date().iso() + " " + i.region().key() + " " + i.killed().min() + " " + i.vessels())
        .containsExactly("2025-12-30 eastern_pacific 3 3", "2025-12-31 eastern_pacific 5 2");
  }

  @Test
  void dayOfTheAnnouncement_beatsAMonth() {
    Extraction e = Articles.extract("""
        President Trump announced Friday that U.S. forces had killed three people in a strike on a vessel in the U.S. Southern Command area of responsibility, the third such strike this month.""",
        LocalDate.of(2025, 9, 20));
    assertThat(e.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-09-19");
      assertThat(i.dateFromAnnouncement()).isTrue();
      assertThat(i.region().key()).isEqualTo("unknown");
    });
  }

  @Test
  void survivorsAndTollsToldAroundTheStrike() {
    Extraction lone = Articles.extract("""
        Mexico's navy said it was searching for a survivor of Monday's strikes in the eastern Pacific, which killed 14 people on four boats.""",
        LocalDate.of(2025, 10, 29));
    assertThat(lone.incidents()).singleElement().satisfies(i -> {
      assertThat(i.killed()).isEqualTo(CountRange.exactly(14));
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(1));
      assertThat(i.vessels()).isEqualTo(4);
    });
    Extraction aboard = Articles.extract("""
        The admiral ordered a second strike on the boat on Sept. 2 after the first strike left two survivors clinging to the wreckage. All 11 people aboard were killed.""",
        LocalDate.of(2025, 12, 2));
    assertThat(aboard.incidents()).singleElement().satisfies(i -> {
      assertThat(i.killed()).isEqualTo(CountRange.exactly(11));
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(2));
    });
    Extraction spanish = Articles.extract(
        "Un ataque contra una narcolancha en el Pacífico oriental dejó el viernes dos muertos y un sobreviviente, informó el Comando Sur.",
        LocalDate.of(2026, 1, 24));
    assertThat(spanish.incidents()).singleElement().satisfies(i -> {
      assertThat(i.killed()).isEqualTo(CountRange.exactly(2));
      assertThat(i.survivors()).isEqualTo(CountRange.exactly(1));
      assertThat(i.vessels()).isEqualTo(1);
    });
  }

  @Test
  void strikesInTwoSeasOnOneDay_areTwoIncidents() {
    Extraction oneSentence = Articles.extract(
        "U.S. forces struck two boats in the eastern Pacific on Monday, killing eight people, and one in the Caribbean, killing"
            + " three, Southern Command said.", LocalDate.of(2026, 2, 17));
    assertThat(oneSentence.incidents()).extracting(i -> i.date().iso() + " " + i.region().key() + " " + i.killed().min())
        .containsExactly("2026-02-16 eastern_pacific 8", "2026-02-16 caribbean 3");
    assertThat(oneSentence.incidents().get(1).evidence().get(0).text()).startsWith("one in the Caribbean");
    Extraction twoSentences = Articles.extract("""
        In the eastern Pacific, U.S. forces struck two boats on Monday, killing eight people. In the Caribbean, a third strike on Monday killed three.
        The Caribbean strike was the first there since November.""", LocalDate.of(2026, 2, 17));
    assertThat(twoSentences.incidents()).extracting(i -> i.region().key() + " " + i.killed().min())
        .containsExactly("eastern_pacific 8", "caribbean 3");
  }

  @Test
  void strikesInTwoSeasInASentenceWithTheRunningTotal_areStillTwoIncidents() {
    Extraction e = Articles.extract(
        "U.S. forces struck two boats in the eastern Pacific on Feb. 16, killing eight people, and one in the Caribbean,"
            + " killing three, bringing the death toll to at least 145.", LocalDate.of(2026, 2, 17));
    assertThat(e.incidents()).extracting(i -> i.date().iso() + " " + i.region().key())
        .containsExactly("2026-02-16 eastern_pacific", "2026-02-16 caribbean");
    assertThat(e.tallies()).extracting(t -> t.count().value()).containsExactly(145);
  }

  @Test
  void oneStrikeToldWithTwoPlaceNames_staysOne() {
    Extraction e = Articles.extract("""
        After weeks of strikes in the Caribbean, the military struck a boat in the eastern Pacific on Tuesday, killing two people.
        The strike, off the coast of Colombia, was the first in the Pacific.""", LocalDate.of(2025, 10, 22));
    assertThat(e.incidents()).extracting(i -> i.region().key() + " " + i.killed().min()).containsExactly("eastern_pacific 2");
  }
}
