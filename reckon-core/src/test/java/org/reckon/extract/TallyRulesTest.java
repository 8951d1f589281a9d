package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reckon.model.Extraction;

class TallyRulesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 11, 20);

  private static List<String> tallies(String text) {
    Extraction e = Articles.extract(text, DAY);
    return e.tallies().stream().map(t -> t.metric().key() + " " + t.count().bound().key() + " " + t.count().value()
        + " @" + t.asOf()).toList();
  }

  @Test
  void tally_cumulativeDeathsAndBoats_areTalliesAsOfPublication() {
    assertThat(tallies("Since September, the military has carried out strikes on at least 21 boats, killing at least 83 people."))
        .containsExactly("vessels at_least 21 @2025-11-20", "killed at_least 83 @2025-11-20");
  }

  @Test
  void tally_tollsThatRiseToOrAreBroughtTo() {
    assertThat(tallies("The death toll rose to 104 on Thursday.")).containsExactly("killed exact 104 @2025-11-20");
    assertThat(tallies("The latest strike brought the number of people killed to 104."))
        .containsExactly("killed exact 104 @2025-11-20");
    assertThat(tallies("Con este ataque ya suman 104 muertos.")).containsExactly("killed exact 104 @2025-11-20");
    assertThat(tallies("The death toll rose to 104 on Thursday, when a strike on a boat killed five people."))
        .as("the strike's own five is no tally").containsExactly("killed exact 104 @2025-11-20");
  }

  @Test
  void tally_qualifiersAndTotals() {
    assertThat(tallies("The campaign has now killed almost 90 people.")).containsExactly("killed almost 90 @2025-11-20");
    assertThat(tallies("The latest attack brings the death toll to 87.")).containsExactly("killed exact 87 @2025-11-20");
    assertThat(tallies("So far the U.S. has conducted more than 20 strikes.")).containsExactly("strikes more_than 20 @2025-11-20");
  }

  @Test
  void tally_oneStrikesToll_isNotATally() {
    assertThat(tallies("Tuesday's strike killed four people aboard a speedboat.")).isEmpty();
    assertThat(tallies("The military knew the identities of all six people killed in the first attack of the campaign.")).isEmpty();
  }

  @Test
  void tally_numbersThatCountSomethingElse_areNotTallies() {
    assertThat(tallies("The strikes were launched from eight warships and a submarine.")).isEmpty();
    assertThat(tallies("Officials said the strikes had stopped 96 percent of the drugs.")).isEmpty();
    assertThat(tallies("The campaign targets 24 alleged drug trafficking groups.")).isEmpty();
  }

  @Test
  void tally_spanish() {
    assertThat(tallies("Desde septiembre, los ataques han matado al menos a 80 personas en el Caribe."))
        .containsExactly("killed at_least 80 @2025-11-20");
  }

  @Test
  void tally_aNumberOfSomethingBroughtTo_countsWhatItNames() {
    assertThat(tallies("The strikes on Friday bring the number of people who have been killed in such attacks to at least 120 since September."))
        .containsExactly("killed at_least 120 @2025-11-20");
    assertThat(tallies("Those attacks brought the total number of known boat strikes to 31 while the dead number 110."))
        .contains("strikes exact 31 @2025-11-20");
    assertThat(tallies("The new strike brings the total number of fatalities caused by the campaign to 140 since September."))
        .containsExactly("killed exact 140 @2025-11-20");
    assertThat(tallies("El número de muertos por los bombardeos contra lanchas sospechosas en aguas del Caribe y del Pacífico oriental"
        + " desde septiembre ascendió a 125.")).containsExactly("killed exact 125 @2025-11-20");
  }

  @Test
  void tally_deadCountedWithAWordBetween_orAcrossStrikes() {
    assertThat(tallies("Summary as of today: 19 strikes; 75 reported killed; 3 known survivors"))
        .contains("strikes exact 19 @2025-11-20", "killed exact 75 @2025-11-20");
    assertThat(tallies("Since early September, 90 victims have been killed across 24 US strikes on alleged drug boats."))
        .containsExactly("killed exact 90 @2025-11-20", "strikes exact 24 @2025-11-20");
  }
}
