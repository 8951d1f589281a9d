package org.reckon.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The reconciled record: incidents merged across documents, the reported tallies as a time
 * series and beside them the running sum of the incidents' death tolls (lower bounds), every
 * claim with its source, the contradictions between claims, and the actors with their names and
 * roles gathered from every document.
 */
public record CampaignRecord(
    List<RecordIncident> incidents,
    List<TallyPoint> tallies,
    List<SumPoint> killedSum,
    List<SourcedClaim> claims,
    List<Contradiction> contradictions,
    List<RecordActor> actors) {
  public CampaignRecord {
    actors = List.copyOf(actors);
    incidents = List.copyOf(incidents);
    tallies = List.copyOf(tallies);
    killedSum = List.copyOf(killedSum);
    claims = List.copyOf(claims);
    contradictions = List.copyOf(contradictions);
  }

  /** The sum of the incidents' {@code killed_min} up to and including {@code date}. */
  public record SumPoint(LocalDate date, int killedMin) {}
}
