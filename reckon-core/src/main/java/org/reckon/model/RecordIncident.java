package org.reckon.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One strike in the reconciled record (data-contract §3), merged across every document that
 * tells it. Counts are intervals; {@code contested} says the sources' intervals do not meet, in
 * which case both ends are kept as reported and {@code killedBest} is the commonest report.
 *
 * @param claimedAffiliation each claimed affiliation with the documents that report it
 * @param mergeNotes why each source joined this incident (rule and dates)
 */
public record RecordIncident(
    String incidentId,
    DateValue date,
    Region region,
    @Nullable String place,
    @Nullable Integer vessels,
    @Nullable Integer killedMin,
    @Nullable Integer killedMax,
    @Nullable Integer killedBest,
    boolean contested,
    @Nullable Integer survivorsMin,
    @Nullable Integer survivorsMax,
    @Nullable Boolean followUpStrike,
    List<String> claimedAffiliation,
    List<String> claimedCargo,
    List<IncidentSource> sources,
    String grade,
    String status,
    List<String> mergeNotes) {
  public RecordIncident {
    claimedAffiliation = List.copyOf(claimedAffiliation);
    claimedCargo = List.copyOf(claimedCargo);
    sources = List.copyOf(sources);
    mergeNotes = List.copyOf(mergeNotes);
  }
}
