package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Tallies told by ordinals, by counts with modifiers, and given more than once (annotation guide, "Tallies"). */
class TallyRulesOrdinalsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 14);

  private static java.util.List<String> tallies(String text) {
    return Articles.extract(text, DAY).tallies().stream()
        .map(t -> t.metric().key() + " " + t.count().bound().key() + " " + t.count().value()).toList();
  }

  @Test
  void ordinalStrike_wordOrDigits_isACountOfStrikes() {
    assertThat(tallies("The strike marks the fourth such operation by the military since September.")).containsExactly("strikes exact 4");
    assertThat(tallies("The military conducted its 16th strike on a vessel, officials said.")).containsExactly("strikes exact 16");
  }

  @Test
  void ordinalOfOneWeekOrOneSea_orTheSecondStrike_isNoTally() {
    assertThat(tallies("It was the fourth strike this week, officials said.")).isEmpty();
    assertThat(tallies("A second strike killed the two survivors.")).isEmpty();
  }

  @Test
  void countWithAModifierBeforeItsNoun_keepsItsMetric() {
    assertThat(tallies("Forces have carried out at least 19 confirmed strikes on boats since September, killing 72 people."))
        .containsExactly("strikes at_least 19", "killed exact 72");
    assertThat(tallies("So far the offensive has left 36 attacks, 126 dead and 2 rescued."))
        .containsExactly("strikes exact 36", "killed exact 126", "survivors exact 2");
  }

  @Test
  void tollNamedFarBeforeItsNumber_isTheDeathToll() {
    assertThat(tallies("The fatal strike brings the total number of deaths in U.S. strikes on suspected drug traffickers to 67."))
        .containsExactly("killed exact 67");
  }

  @Test
  void oneFigureGivenTwice_isOneTally() {
    assertThat(tallies("The strikes have killed 117 people so far. In all, the campaign has killed 117 people.")).containsExactly(
        "killed exact 117");
  }

  @Test
  void fewStrikesOfOneAnnouncement_orAHeadline_areNoTally() {
    assertThat(tallies("The United States carried out two strikes on vessels in the Eastern Pacific, killing six people.")).isEmpty();
    assertThat(tallies("Strikes on alleged drug boats kill 5, leave 1 survivor in eastern Pacific")).isEmpty();
  }

  @Test
  void manyStrikesOrAPerfectTense_speakOfTheCampaign() {
    assertThat(tallies("As with most statements on the more than 40 known strikes, the command gave no evidence."))
        .containsExactly("strikes more_than 40");
    assertThat(tallies("The strikes have killed at least 83 people.")).containsExactly("killed at_least 83");
    assertThat(tallies("Desde entonces, Estados Unidos realizó más de 36 ataques contra embarcaciones."))
        .containsExactly("strikes more_than 36");
  }

  @Test
  void ordinalOfSeizures_orOfOneMonth_isNoCountOfStrikes() {
    assertThat(tallies("The tanker is the sixth seized, and the fourth since the raid.")).isEmpty();
    assertThat(tallies("The killings mark the third attack in May alone by the US military.")).isEmpty();
  }

  @Test
  void spanishOrdinalsAndCollectiveNumerals_countTheCampaign() {
    assertThat(tallies("Fue al menos el sexto ataque de este tipo desde principios de septiembre."))
        .containsExactly("strikes at_least 6");
    assertThat(tallies("Es el vigésimo segundo ataque realizado contra embarcaciones en el Caribe y el Pacífico."))
        .containsExactly("strikes exact 22");
    assertThat(tallies("La campaña ya cuenta con más de una veintena de ataques a narcolanchas desde septiembre."))
        .containsExactly("strikes more_than 20");
  }

  @Test
  void spanishRunningTotals_areTheCampaignsToll() {
    assertThat(tallies("Este bombardeo sería el octavo, con un saldo que ya asciende a 34 muertos.")).contains("killed exact 34");
    assertThat(tallies("La operación Lanza del Sur, la cual ha dejado al menos 150 personas fallecidas, sigue."))
        .containsExactly("killed at_least 150");
    assertThat(tallies("Los ataques acumulaban ya 82 víctimas mortales confirmadas en 21 operaciones."))
        .contains("killed exact 82");
  }
}
