package org.reckon.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything extracted from one document (data-contract §2), with the extractor version that
 * produced it, so that the record can say which rules a figure came from.
 *
 * @param language {@code en} or {@code es}, or null when neither
 * @param published the publication day, from the document or inferred
 * @param publishedRange bounds when only those are known
 */
public record Extraction(
    Document document,
    String extractorVersion,
    @Nullable String language,
    @Nullable LocalDate published,
    @Nullable DateRange publishedRange,
    PublishedBasis publishedBasis,
    List<Incident> incidents,
    List<Tally> tallies,
    List<Claim> claims,
    List<Actor> actors,
    List<Instrument> instruments) {
  public Extraction {
    incidents = List.copyOf(incidents);
    tallies = List.copyOf(tallies);
    claims = List.copyOf(claims);
    actors = List.copyOf(actors);
    instruments = List.copyOf(instruments);
  }
}
