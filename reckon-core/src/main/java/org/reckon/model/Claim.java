package org.reckon.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something a source said, quoted or paraphrased (data-contract §2). An unnamed source has a null
 * {@code speaker}; its {@code speakerMention} keeps the words the article used ("two officials").
 *
 * @param about {@code incident:2025-09-02}, {@code campaign}, {@code legal_basis},
 *     {@code actor:<name>} or {@code other}
 */
public record Claim(
    @Nullable String speaker,
    String speakerMention,
    SpeakerType speakerType,
    ClaimKind kind,
    String text,
    String about,
    List<Span> evidence) {
  public Claim {
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a claim needs at least one evidence span");
    }
  }
}
