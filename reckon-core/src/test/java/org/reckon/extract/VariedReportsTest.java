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
}
