package org.reckon.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one document's extraction gives the record besides its incidents: its tallies, claims and
 * actors, with the document's id, source and outlet they are cited by. The store keeps one per
 * document, so that the record's tallies, claims, contradictions and actors can be assembled
 * without reading every extraction's incidents and evidence again.
 *
 * @param readings what each claim says on the fields contradictions are found on, one per claim
 *     in the same order; empty in a contribution stored before readings were kept, and then read
 *     again from the claims when the record is assembled
 */
public record Contribution(String documentId, String source, @Nullable String outlet, List<Tally> tallies, List<Claim> claims,
    List<Actor> actors, List<ClaimReading> readings) {
  public Contribution {
    tallies = List.copyOf(tallies);
    claims = List.copyOf(claims);
    actors = List.copyOf(actors);
    readings = readings == null ? List.of() : List.copyOf(readings);
  }
}
