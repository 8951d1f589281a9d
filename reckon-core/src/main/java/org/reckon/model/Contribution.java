package org.reckon.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one document's extraction gives the record besides its incidents: its tallies, claims and
 * actors, with the document's id, source and outlet they are cited by. The store keeps one per
 * document, so that the record's tallies, claims, contradictions and actors can be assembled
 * without reading every extraction's incidents and evidence again.
 */
public record Contribution(String documentId, String source, @Nullable String outlet, List<Tally> tallies, List<Claim> claims,
    List<Actor> actors) {
  public Contribution {
    tallies = List.copyOf(tallies);
    claims = List.copyOf(claims);
    actors = List.copyOf(actors);
  }

  public static Contribution of(Extraction e) {
    return new Contribution(e.document().id(), e.document().source(), e.document().outlet(), e.tallies(), e.claims(), e.actors());
  }
}
