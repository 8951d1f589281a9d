package org.reckon.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one claim says on the fields contradictions are found on, read once from its words when
 * its document is stored, so that the record's contradictions are assembled by grouping the
 * readings instead of reading every claim of the campaign again on each change.
 *
 * @param stances the fields the claim takes a side on, in the order contradictions are listed
 * @param killed the death toll it gives of the strike it is about, if it is about one
 */
public record ClaimReading(List<Stance> stances, @Nullable Integer killed) {
  public ClaimReading {
    stances = List.copyOf(stances);
  }

  /** A side taken on one field of one subject: asserting it ("they were members of ...") or disputing it. */
  public record Stance(String field, String subject, boolean asserts) {}
}
