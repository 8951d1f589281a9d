package org.reckon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.ClaimKind;
import org.reckon.model.Contradiction;
import org.reckon.model.Contribution;
import org.reckon.model.SourcedClaim;
import org.reckon.model.Span;
import org.reckon.model.SpeakerType;

class ContradictionsTest {
  private static SourcedClaim claim(String speaker, SpeakerType type, String text) {
    return claim(speaker, type, text, "campaign");
  }

  private static SourcedClaim claim(String speaker, SpeakerType type, String text, String about) {
    return new SourcedClaim(new Claim(speaker, speaker == null ? "a relative" : speaker, type, ClaimKind.PARAPHRASE, text,
        about, List.of(new Span(0, text.length(), text))), "doc", "doc.txt", null);
  }

  private static Contradiction only(String field, List<Contradiction> found) {
    List<Contradiction> of = found.stream().filter(c -> c.field().equals(field)).toList();
    assertThat(of).as("contradictions on " + field + " in " + found).hasSize(1);
    return of.get(0);
  }

  @Test
  void affiliation_assertedByOfficialsDisputedByRelatives_isOneContradictionWithBothSides() {
    List<Contradiction> found = Contradictions.find(List.of(
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the four men aboard were members of the ELN"),
        claim(null, SpeakerType.FAMILY_MEMBER, "none of them belonged to the ELN; they were fishermen"),
        claim("Ana Ruiz", SpeakerType.NAMED_EXPERT, "the ELN has expanded along the border")));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("affiliation");
      assertThat(c.subject()).isEqualTo("National Liberation Army");
      assertThat(c.asserting()).extracting(x -> x.claim().speaker()).containsExactly("Pete Hegseth");
      assertThat(c.disputing()).extracting(x -> x.claim().speakerType()).containsExactly(SpeakerType.FAMILY_MEMBER);
    });
  }

  @Test
  void agreementOnly_isNoContradiction() {
    assertThat(Contradictions.find(List.of(
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the men aboard were Tren de Aragua members"),
        claim("Donald Trump", SpeakerType.NAMED_OFFICIAL, "all 11 people killed were Tren de Aragua")))).isEmpty();
  }

  @Test
  void identity_terroristsAgainstFishermen_butNotAClaimThatWeighsBoth() {
    List<Contradiction> found = Contradictions.find(List.of(
        claim("Donald Trump", SpeakerType.NAMED_OFFICIAL, "the strike killed 11 narco-terrorists aboard"),
        claim(null, SpeakerType.FAMILY_MEMBER, "They were fishermen trying to feed their families"),
        claim("Sen. Ana Lee", SpeakerType.LAWMAKER,
            "It is one thing to be a narco-terrorist and another thing to be a fisherman on that boat")));
    Contradiction c = only("identity", found);
    assertThat(c.subject()).isEqualTo("the people killed");
    assertThat(c.asserting()).extracting(x -> x.claim().speaker()).containsExactly("Donald Trump");
    assertThat(c.disputing()).extracting(x -> x.claim().speakerType()).containsExactly(SpeakerType.FAMILY_MEMBER);
  }

  @Test
  void identity_terrorismAsAnIdeaIsNotAboutThePeopleKilled() {
    assertThat(Contradictions.find(List.of(
        claim("Anna Kelly", SpeakerType.GOVERNMENT_SPOKESPERSON, "the agenda includes eliminating the scourge of narco-terrorism"),
        claim(null, SpeakerType.FAMILY_MEMBER, "They were fishermen")))).isEmpty();
  }

  @Test
  void identity_civiliansOfACityAreNotThePeopleKilled() {
    assertThat(Contradictions.find(List.of(
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the strike killed six narco-terrorists on the boat"),
        claim(null, SpeakerType.ANONYMOUS_OFFICIAL, "fighters barricaded themselves in cities teeming with civilians, 11 of them"),
        claim(null, SpeakerType.FAMILY_MEMBER, "Mi hijo era un pescador; los hombres eran inocentes")))).singleElement()
        .satisfies(c -> assertThat(c.disputing()).extracting(x -> x.claim().speakerType())
            .containsExactly(SpeakerType.FAMILY_MEMBER));
  }

  @Test
  void cargo_drugsAboardAgainstNoDrugsAboard() {
    List<Contradiction> found = Contradictions.find(List.of(
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the vessel was carrying cocaine and marijuana"),
        claim("Luis Ortega", SpeakerType.NAMED_EXPERT, "there are never eleven people on a drug boat"),
        claim(null, SpeakerType.FAMILY_MEMBER, "the boat carried no drugs, only fishing nets"),
        claim("Wiles", SpeakerType.NAMED_OFFICIAL, "we knocked out 96 percent of the drugs coming in")));
    Contradiction c = only("cargo", found);
    assertThat(c.asserting()).extracting(x -> x.claim().speaker()).containsExactly("Pete Hegseth");
    assertThat(c.disputing()).extracting(x -> x.claim().speakerMention()).containsExactly("Luis Ortega", "a relative");
  }

  @Test
  void destination_unitedStatesAgainstElsewhereOrDenied() {
    List<Contradiction> found = Contradictions.find(List.of(
        claim("Marco Rubio", SpeakerType.NAMED_OFFICIAL, "This one was headed towards the United States to flood our country"),
        claim("Ana Ruiz", SpeakerType.NAMED_EXPERT, "Most of the cocaine leaving Venezuela by sea is bound for Europe"),
        claim(null, SpeakerType.ANONYMOUS_OFFICIAL, "the boat was not headed to the U.S. at all"),
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the vessel was heading to America")));
    Contradiction c = only("destination", found);
    assertThat(c.subject()).isEqualTo("the United States");
    assertThat(c.asserting()).extracting(x -> x.claim().speaker()).containsExactly("Marco Rubio", "Pete Hegseth");
    assertThat(c.disputing()).extracting(x -> x.claim().speakerMention()).containsExactly("Ana Ruiz", "a relative");
  }

  @Test
  void destination_ofPeopleOnTheMove_isNotTheBoats() {
    assertThat(Contradictions.find(List.of(
        claim("Donald Trump", SpeakerType.NAMED_OFFICIAL, "the rise in undocumented Venezuelan immigrants going to the US"),
        claim("Ana Ruiz", SpeakerType.NAMED_EXPERT, "the boat was bound for Suriname")))).isEmpty();
  }

  @Test
  void destination_onlyOtherPlaces_isNoContradiction() {
    assertThat(Contradictions.find(List.of(
        claim("Ana Ruiz", SpeakerType.NAMED_EXPERT, "the boat was headed to Trinidad"),
        claim("Luis Ortega", SpeakerType.NAMED_EXPERT, "most cocaine is bound for Europe")))).isEmpty();
  }

  @Test
  void killed_differentTollsForOneStrike_officialFigureAgainstTheOther_otherStrikesApart() {
    List<Contradiction> found = Contradictions.find(List.of(
        claim("Colombian Navy", SpeakerType.ORGANIZATION, "three people were killed", "incident:2025-10-17"),
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the strike killed four narco-terrorists", "incident:2025-10-17"),
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the strike killed six", "incident:2025-10-14"),
        claim("Ana Ruiz", SpeakerType.NAMED_EXPERT, "killing all six men", "incident:2025-10-14")));
    Contradiction c = only("killed", found);
    assertThat(c.subject()).isEqualTo("incident:2025-10-17");
    assertThat(c.asserting()).extracting(x -> x.claim().speaker()).containsExactly("Pete Hegseth");
    assertThat(c.disputing()).extracting(x -> x.claim().speaker()).containsExactly("Colombian Navy");
  }

  @Test
  void readingsStoredWithTheDocument_andClaimsStoredWithout_assembleTheSameContradictions() {
    List<SourcedClaim> told = List.of(
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the four narco-terrorists aboard were members of the ELN, headed to the United States"),
        claim(null, SpeakerType.FAMILY_MEMBER, "none of them belonged to the ELN; they were fishermen"),
        claim("Ana Ruiz", SpeakerType.NAMED_EXPERT, "the boat was not going to the United States but to Europe"),
        claim("Pete Hegseth", SpeakerType.NAMED_OFFICIAL, "the strike killed four", "incident:2025-10-03-caribbean"),
        claim(null, SpeakerType.FAMILY_MEMBER, "five men were killed", "incident:2025-10-03-caribbean"));
    List<Claim> claims = told.stream().map(SourcedClaim::claim).toList();
    Contribution read = new Contribution("doc", "doc.txt", null, List.of(), claims, List.of(),
        claims.stream().map(Contradictions::read).toList());
    Contribution unread = new Contribution("doc", "doc.txt", null, List.of(), claims, List.of(), null);

    List<Contradiction> fromReadings = Reconciler.assemble(List.of(), List.of(read)).contradictions();

    assertThat(fromReadings).extracting(Contradiction::field).containsExactly("affiliation", "identity", "destination", "killed");
    assertThat(Reconciler.assemble(List.of(), List.of(unread)).contradictions()).isEqualTo(fromReadings);
    assertThat(Contradictions.find(told)).isEqualTo(fromReadings);
  }
}
