package org.reckon.model;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An editor's decision about an incident of the record, one entry of the append-only log: who,
 * when, why, and what. The record is recomputed from the facts with every decision applied in
 * order, so re-extraction keeps them.
 *
 * @param seq the log position, assigned by the store (0 before it is stored)
 * @param other for {@code merge}, the incident merged into {@code incidentId}; for {@code split},
 *     the id prefix of the document split off
 * @param field for {@code set}, the field changed
 * @param value for {@code set}, its new value as text
 */
public record Decision(long seq, Instant madeAt, String madeBy, Action action, String incidentId, @Nullable String other,
    @Nullable String field, @Nullable String value, String reason) {

  public enum Action {
    CONFIRM, REJECT, MERGE, SPLIT, SET;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Action fromKey(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  public Decision {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a decision needs a reason");
    }
  }
}
