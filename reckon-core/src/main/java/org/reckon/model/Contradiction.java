package org.reckon.model;

import java.util.List;

/**
 * Two sets of claims that disagree on one field of one subject: "the 11 men were members of Tren
 * de Aragua" against "none of them had anything to do with Tren de Aragua". Both sides are kept,
 * each claim with its speaker and source; nothing is decided.
 *
 * @param field what they disagree on: {@code affiliation}, ...
 * @param subject what the field is about: the group named, or an incident
 */
public record Contradiction(String field, String subject, List<SourcedClaim> asserting, List<SourcedClaim> disputing) {
  public Contradiction {
    asserting = List.copyOf(asserting);
    disputing = List.copyOf(disputing);
  }
}
