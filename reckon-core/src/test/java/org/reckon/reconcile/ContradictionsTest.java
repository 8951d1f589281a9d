package org.reckon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.ClaimKind;
import org.reckon.model.Contradiction;
import org.reckon.model.SourcedClaim;
import org.reckon.model.Span;
import org.reckon.model.SpeakerType;

class ContradictionsTest {
  private static SourcedClaim claim(String speaker, SpeakerType type, String text) {
    return new SourcedClaim(new Claim(speaker, speaker == null ? "a relative" : speaker, type, ClaimKind.PARAPHRASE, text,
        "campaign", List.of(new Span(0, text.length(), text))), "doc", "doc.txt", null);
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
}
