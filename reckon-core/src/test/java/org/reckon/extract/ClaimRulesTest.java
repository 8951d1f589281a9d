package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;

class ClaimRulesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  private static List<String> claims(String text) {
    return Articles.extract(text, DAY).claims().stream()
        .map(c -> c.kind().key() + " | " + c.speaker() + " | " + c.speakerType().key() + " | " + c.text())
        .toList();
  }

  @Test
  void quote_thenNamedSpeaker() {
    assertThat(claims("“We will not stop until the flow ends,” Defense Secretary Pete Hegseth said on Tuesday."))
        .containsExactly("direct_quote | Pete Hegseth | named_official | We will not stop until the flow ends");
  }

  @Test
  void quote_continuesAcrossSentencesAndParagraphs_keepsItsSpeaker() {
    assertThat(claims("""
        “The boats were full of fishermen,” said Carla Mendoza, a lawyer for the families.
        “None of them carried weapons. They were going to sell fish in Trinidad.”"""))
        .containsExactly(
            "direct_quote | Carla Mendoza | named_expert | The boats were full of fishermen",
            "direct_quote | Carla Mendoza | named_expert | None of them carried weapons. They were going to sell fish in Trinidad.");
  }

  @Test
  void pronounAfterQuote_isTheLastSpeaker() {
    assertThat(claims("Sen. Tim Kaine said the strikes were illegal. “Congress never authorized a war on cartels,” he said."))
        .containsExactly(
            "paraphrase | Tim Kaine | lawmaker | the strikes were illegal",
            "direct_quote | Tim Kaine | lawmaker | Congress never authorized a war on cartels");
  }

  @Test
  void paraphrase_accordingToUnnamedOfficials_hasNoSpeakerName() {
    List<Claim> claims = Articles.extract(
        "The order was signed in August, according to two current and one former U.S. official.", DAY).claims();
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.speaker()).isNull();
      assertThat(c.speakerMention()).isEqualTo("two current and one former U.S. official");
      assertThat(c.speakerType().key()).isEqualTo("anonymous_official");
      assertThat(c.text()).isEqualTo("The order was signed in August");
    });
  }

  @Test
  void paraphrase_withoutProof_andSpokesperson() {
    assertThat(claims("Trump asserted, without offering proof, that the boat carried fentanyl."))
        .containsExactly("paraphrase | Donald Trump | named_official | the boat carried fentanyl");
    assertThat(claims("The strikes are lawful, White House spokeswoman Anna Kelly said."))
        .containsExactly("paraphrase | Anna Kelly | government_spokesperson | The strikes are lawful");
  }

  @Test
  void familyMember_andUnnamedSourceFamiliarWithSomeone() {
    assertThat(claims("“My brother was a fisherman, not a terrorist,” his sister told reporters."))
        .containsExactly("direct_quote | null | family_member | My brother was a fisherman, not a terrorist");
    assertThat(claims("Miller pushed for the plan, a former official familiar with Miller’s thinking said."))
        .containsExactly("paraphrase | null | anonymous_official | Miller pushed for the plan");
  }

  @Test
  void bareGroupsAsSpeakers_officialsLawmakersRepublicans() {
    assertThat(claims("The boat was carrying cocaine bound for Suriname, officials have said."))
        .containsExactly("paraphrase | null | anonymous_official | The boat was carrying cocaine bound for Suriname");
    assertThat(claims("But lawmakers said the boats do not qualify as a threat."))
        .containsExactly("paraphrase | null | lawmaker | the boats do not qualify as a threat");
    assertThat(claims("In the weeks since, Republicans have urged the administration to double the reward."))
        .containsExactly("paraphrase | null | other | the administration to double the reward");
    assertThat(claims("Boats were struck off the coast, reports said."))
        .as("a bare noun that is no kind of source").isEmpty();
  }

  @Test
  void parentheticalAddedAfterAQuote_keepsTheSpeaker() {
    assertThat(claims("“We are not afraid of them at all,” Machado said. Under Maduro, she added, the country became a refuge for cartels."))
        .containsExactly("direct_quote | María Corina Machado | other | We are not afraid of them at all",
            "paraphrase | María Corina Machado | other | Under Maduro, she added, the country became a refuge for cartels");
  }

  @Test
  void participleBeforeAQuote_bySaying_andWhichSomeOfficialsSay() {
    assertThat(claims("On Wednesday, Maria Lopez amplified the post, commenting: “This is the largest theft in our history.”"))
        .containsExactly("direct_quote | Maria Lopez | other | This is the largest theft in our history.");
    assertThat(claims("Officials sought to reassure them by saying that a legal memo was being drafted."))
        .containsExactly("paraphrase | null | anonymous_official | a legal memo was being drafted");
    assertThat(claims("The order uses criteria, which some current and former officials say give the military too much room."))
        .containsExactly("paraphrase | null | anonymous_official | give the military too much room");
  }

  @Test
  void speakerWithPartyStateAndAppositive_afterTheClause() {
    assertThat(claims("The memo treats cartels like an invading army, Sen. Ana Lopez (D., Ariz.), who was allowed to read it,"
        + " told the Post in an interview."))
        .containsExactly("paraphrase | Ana Lopez | lawmaker | The memo treats cartels like an invading army");
  }

  @Test
  void addingThatAfterAQuote_isTheSpeakersSecondClaim() {
    assertThat(claims("“No group there is close to the Houthis,” said Chris Dalby, a security analyst, adding that no cartel"
        + " could attack US ships."))
        .containsExactly("direct_quote | Chris Dalby | named_expert | No group there is close to the Houthis",
            "paraphrase | Chris Dalby | named_expert | no cartel could attack US ships");
  }

  @Test
  void shortQuoteFollowedByItsSpeaker_isAQuote() {
    assertThat(claims("\"This is murder,\" said Sarah Harrison, a former Pentagon lawyer."))
        .containsExactly("direct_quote | Sarah Harrison | named_expert | This is murder");
  }

  @Test
  void publicBodyToldByCountryAndFunction_isANamedOrganization() {
    assertThat(claims("In a statement, the Colombian foreign ministry condemned the attack as a violation of international law."))
        .containsExactly("paraphrase | Colombian foreign ministry | organization | the attack as a violation of international law");
    assertThat(claims("Según el Ministerio de Defensa de Venezuela, los fallecidos eran pescadores de la península de Paria."))
        .containsExactly("paraphrase | Ministerio de Defensa de Venezuela | organization | los fallecidos eran pescadores de la península de Paria");
    assertThat(claims("The government said the boats carried drugs.")).as("no body named").isEmpty();
  }

  @Test
  void governmentOfAHeadOfState_speaksAsThatCountrysGovernment() {
    assertThat(claims("Maduro's government said the men were fishermen from Sucre state."))
        .containsExactly("paraphrase | Government of Venezuela | organization | the men were fishermen from Sucre state");
    assertThat(claims("Nicolás Maduro said the strikes were an act of aggression."))
        .containsExactly("paraphrase | Nicolás Maduro | named_official | the strikes were an act of aggression");
  }

  @Test
  void silencesAreNotClaims_butAReportedAbsenceOfEvidenceIs() {
    assertThat(claims("Hegseth has not said what legal authority the strikes rely on.")).isEmpty();
    assertThat(claims("The Pentagon has declined to comment on the names of those killed, officials said.")).isEmpty();
    assertThat(claims("The White House has not provided evidence that the boats were carrying drugs, lawmakers said."))
        .containsExactly("paraphrase | null | lawmaker | The White House has not provided evidence that the boats were carrying drugs");
  }

  @Test
  void questionThenSpeakerAndColon_beforeTheQuote() {
    assertThat(claims("Asked whether the strikes were legal, Trump said: \"We have the legal authority to do it.\""))
        .containsExactly("direct_quote | Donald Trump | named_official | We have the legal authority to do it.");
  }

  @Test
  void spanishToldObject_isNeitherSpeakerNorClaim() {
    assertThat(claims("La madre de uno de los hombres dijo a Reuters que su hijo salió a pescar el domingo."))
        .containsExactly("paraphrase | null | family_member | su hijo salió a pescar el domingo");
  }

  @Test
  void nameInsideAQuote_isNotTheSpeaker() {
    assertThat(claims("“Stephen is the energy behind the bombings,” the source said."))
        .containsExactly("direct_quote | null | anonymous_official | Stephen is the energy behind the bombings");
  }

  @Test
  void scareQuotes_areNotDirectQuotes() {
    assertThat(claims("The administration calls the crews “narco-terrorists” and the campaign an “armed conflict.”"))
        .isEmpty();
  }

  @Test
  void sidebarOfOtherHeadlines_yieldsNothing() {
    assertThat(Articles.extract("More from Example Daily Must reads from Today's list John Smith said the vote failed "
        + "Jane Doe fires agent who criticised him", DAY).claims()).isEmpty();
    assertThat(Articles.extract("More from Example Daily Must reads from Today's list John Smith said the vote failed", DAY)
        .actors()).isEmpty();
  }

  @Test
  void spanish_whoWasToldIsNotWhoSpoke_andPluralAndPrecisingVerbsAttribute() {
    assertThat(claims("Uno de los sobrevivientes llegó a Quito este sábado y recibe atención médica, según confirmó la policía"
        + " de Ecuador a CNN."))
        .singleElement().satisfies(c -> assertThat(c).doesNotContain("CNN |").contains("recibe atención médica"));
    assertThat(claims("El Comando Sur precisó que la operación se hizo en aguas internacionales."))
        .containsExactly("paraphrase | U.S. Southern Command | organization | la operación se hizo en aguas internacionales");
    assertThat(claims("La lancha navegaba por una ruta conocida del narcotráfico, añadieron las fuentes oficiales."))
        .singleElement().satisfies(c -> assertThat(c).startsWith("paraphrase | null |"));
  }

  @Test
  void whatSomeonePosted_isWhatTheySaid_butTheirThinkingIsNot() {
    assertThat(claims("According to Hegseth’s post on X, the strike killed three men aboard the boat."))
        .containsExactly("paraphrase | Pete Hegseth | named_official | the strike killed three men aboard the boat");
    assertThat(claims("Hegseth's statement said the vessel was operated by a designated terrorist organization."))
        .singleElement().satisfies(c -> assertThat(c).startsWith("paraphrase | Pete Hegseth |"));
    assertThat(claims("A former official familiar with Hegseth’s thinking said the strikes would go on."))
        .singleElement().satisfies(c -> assertThat(c).doesNotContain("Pete Hegseth"));
  }
}
