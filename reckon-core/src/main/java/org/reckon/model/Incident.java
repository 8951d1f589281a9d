package org.reckon.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One strike on one or more vessels, as one document tells it (data-contract §2). Every field
 * that is not stated is null; {@code evidence} holds every span that speaks of this strike.
 * {@code dateFromAnnouncement} is true when the text gives only the day the strike was announced
 * ("Hegseth said Wednesday"), which may be the day after it happened.
 */
public record Incident(
    DateValue date,
    boolean dateFromAnnouncement,
    Region region,
    @Nullable String place,
    @Nullable Integer vessels,
    @Nullable CountRange killed,
    @Nullable CountRange survivors,
    @Nullable Boolean followUpStrike,
    List<String> claimedAffiliation,
    List<String> claimedCargo,
    List<Span> evidence) {
  public Incident {
    claimedAffiliation = List.copyOf(claimedAffiliation);
    claimedCargo = List.copyOf(claimedCargo);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an incident needs at least one evidence span");
    }
  }
}
