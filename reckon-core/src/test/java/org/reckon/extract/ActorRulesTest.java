package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reckon.model.Actor;
import org.reckon.model.Extraction;

class ActorRulesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  /** Every match of the lone-surname pattern over the whole text: what the indexed search must give. */
  private static List<String> scanned(String text, String surname) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?u)(?<![\\p{L}])(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Adm|Gen)\\.?\\s)?" + Pattern.quote(surname)
        + "(?![\\p{L}])").matcher(text);
    while (m.find()) {
      found.add(m.start() + ":" + m.group());
    }
    return found;
  }

  @Test
  void loneSurnames_foundWhereTheirWordStands_asAScanOfTheWholeTextFindsThem() {
    String text = "Mr. O'Brien met O'Neil and Brien. Mrs. Smith, Smithson, Dr Smith, Mr.Smith and Sen.\nSmith; "
        + "𝐀Smith, Smith's, xSmith, Smith-Jones, Gen. Gen Smith. Rep. Kelly Kelly, de la Cruz, de Smith";
    for (String surname : List.of("O'Brien", "Brien", "Smith", "Gen", "Kelly", "de", "Smith-Jones", "Cruz", "Absent")) {
      List<String> indexed = ActorRules.surnameMentions(text, surname, ActorRules.wordStarts(text, Set.of(surname))).stream()
          .map(m -> m[0] + ":" + text.substring(m[0], m[1])).toList();
      assertThat(indexed).as(surname).isEqualTo(scanned(text, surname));
    }
    assertThat(scanned(text, "Smith")).contains("34:Mrs. Smith", "56:Dr Smith"); // the reference finds titles
  }

  @Test
  void actors_aliasesAndRolesResolveWithinTheDocument() {
    Extraction e = Articles.extract("""
        Defense Secretary Pete Hegseth announced the strike. Hegseth said more would follow.
        Todd Huntley, a former military lawyer, said the order was unlawful. Huntley added that the Pentagon erred.""", DAY);

    Actor hegseth = e.actors().stream().filter(a -> a.name().equals("Pete Hegseth")).findFirst().orElseThrow();
    assertThat(hegseth.aliases()).contains("Pete Hegseth", "Hegseth", "Defense Secretary Pete Hegseth");
    assertThat(hegseth.roles()).contains("Defense Secretary");
    Actor huntley = e.actors().stream().filter(a -> a.name().equals("Todd Huntley")).findFirst().orElseThrow();
    assertThat(huntley.aliases()).contains("Huntley");
    assertThat(huntley.roles()).contains("a former military lawyer");
    assertThat(e.actors()).extracting(Actor::name).contains("Pentagon");
  }

  @Test
  void actors_aMagazineOrACommitteeBeforeASpeechVerb_isNoPerson() {
    Extraction e = Articles.extract("""
        The chief of staff told Vanity Fair the campaign would go on. The Armed Services Committee said it would
        hold hearings. Sen. Roger Wicker said the briefing was thorough.""", DAY);
    assertThat(e.actors()).filteredOn(a -> a.type() == org.reckon.model.ActorType.PERSON).extracting(Actor::name)
        .containsExactly("Roger Wicker");
  }

  @Test
  void actors_juniorIsAnotherPerson_andAccentlessSpellingIsTheSamePerson() {
    Extraction e = Articles.extract(
        "Donald Trump, Jr. posted a video. President Donald Trump praised it. Nicolas Maduro condemned the strike.", DAY);
    assertThat(e.actors()).extracting(Actor::name).contains("Donald Trump Jr.", "Donald Trump", "Nicolás Maduro");
  }

  @Test
  void actors_placesAndTitlesAreNotPeople() {
    Extraction e = Articles.extract(
        "The boat sank near San Juan de Unare. Connecticut Senator Chris Murphy said the briefing was alarming.", DAY);
    assertThat(e.actors()).extracting(Actor::name).contains("Chris Murphy").doesNotContain("Juan de Unare",
        "Connecticut Senator Chris Murphy");
  }

  @Test
  void actors_countryThatActs_isItsGovernment() {
    Extraction e = Articles.extract("Mexico cracked down on the cartels by the end of August.", DAY);
    assertThat(e.actors()).extracting(Actor::name).containsExactly("Government of Mexico");
  }

  /** A critic's words in an official's mouth is the worst error a sourcing tool can make. */
  @Test
  void actors_anotherPersonWithAKnownFirstName_isNotTheKnownPerson() {
    Extraction e = Articles.extract("Stephen King said the strikes were illegal. Pete Buttigieg said they were wrong.", DAY);

    assertThat(e.actors()).extracting(Actor::name).contains("Stephen King", "Pete Buttigieg")
        .doesNotContain("Stephen Miller", "Pete Hegseth");
    assertThat(e.claims()).extracting(c -> c.speaker()).doesNotContain("Stephen Miller", "Pete Hegseth");
  }

  @Test
  void actors_aSurnameAlone_isTheKnownPersonOnlyWhereNoOneElseBearsIt() {
    Extraction other = Articles.extract("Jason Miller, a former adviser, criticised the strikes. “They are reckless,” Miller said.", DAY);
    assertThat(other.actors()).extracting(Actor::name).contains("Jason Miller").doesNotContain("Stephen Miller");
    assertThat(other.claims()).extracting(c -> c.speaker()).doesNotContain("Stephen Miller");

    Extraction listed = Articles.extract("White House aide Stephen Miller backed the strikes. “They are lawful,” Miller said.", DAY);
    assertThat(listed.claims()).extracting(c -> c.speaker()).containsExactly("Stephen Miller");
  }

  @Test
  void actors_aFirstNameAlone_isTheKnownPersonOnlyWhereTheyAreNamedInFull() {
    assertThat(Articles.extract("Stephen Miller pushed for the strikes. “Stephen is the energy behind it,” an aide said.", DAY)
        .actors()).extracting(Actor::name).containsOnlyOnce("Stephen Miller");
    assertThat(Articles.extract("“Stephen is the energy behind it,” an aide said.", DAY).actors()).extracting(Actor::name)
        .doesNotContain("Stephen Miller");
  }

  @Test
  void actors_theCountryInsideALongerNameOrADateline_isNotItsGovernment() {
    Extraction e = Articles.extract("""
        WASHINGTON — The U.S. Southern Command said it struck a boat. The US Navy picked up a survivor.""", DAY);

    assertThat(e.actors()).extracting(Actor::name).contains("U.S. Southern Command", "U.S. Navy")
        .doesNotContain("United States government");
  }
}
