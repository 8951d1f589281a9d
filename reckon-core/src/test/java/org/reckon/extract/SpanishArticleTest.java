package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.CountRange;
import org.reckon.model.Extraction;
import org.reckon.model.Region;

class SpanishArticleTest {
  private static final Extraction E = Articles.extract("""
      El martes, un ataque de Estados Unidos contra una lancha en el Pacífico oriental mató a dos personas, dijo el secretario de Guerra, Pete Hegseth.
      "No habrá refugio para los narcoterroristas", escribió Hegseth en la red social X.
      Según dos funcionarios estadounidenses, la embarcación transportaba cocaína.
      Desde septiembre, los ataques han matado al menos a 34 personas en el Caribe y el Pacífico.""",
      LocalDate.of(2025, 10, 22));

  @Test
  void spanish_languageIncidentAndTally() {
    assertThat(E.language()).isEqualTo("es");
    assertThat(E.incidents()).singleElement().satisfies(i -> {
      assertThat(i.date().iso()).isEqualTo("2025-10-21");
      assertThat(i.region()).isEqualTo(Region.fromKey("eastern_pacific"));
      assertThat(i.killed()).isEqualTo(CountRange.exactly(2));
    });
    assertThat(E.tallies()).singleElement().satisfies(t -> {
      assertThat(t.count().value()).isEqualTo(34);
      assertThat(t.count().bound().key()).isEqualTo("at_least");
    });
  }

  @Test
  void spanish_claims() {
    assertThat(E.claims()).extracting(c -> c.kind().key() + " | " + c.speaker() + " | " + c.speakerType().key())
        .containsExactly(
            "paraphrase | Pete Hegseth | named_official",
            "direct_quote | Pete Hegseth | named_official",
            "paraphrase | null | anonymous_official");
  }
}
