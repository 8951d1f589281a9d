package org.reckon.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reckon.model.RecordIncident;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;

/**
 * An incident's history, field by field: what extraction gave, then each editor's change to it
 * (before → after) with who, when and why, oldest first.
 */
final class History {
  private History() {}

  /** One change with the field's value as extracted (null when extraction did not give it, or the incident is a split's). */
  record Entry(Decisions.Change change, @Nullable String extracted) {}

  /** The entries of one incident's {@code changes}; {@code extracted} is the incident as reconciled, before decisions. */
  static List<Entry> of(List<Decisions.Change> changes, Optional<RecordIncident> extracted) {
    return changes.stream().map(c -> new Entry(c, extracted.map(i -> Decisions.valueOf(i, c.field())).orElse(null))).toList();
  }

  static ObjectNode json(String incidentId, List<Decisions.Change> changes, Optional<RecordIncident> extracted) {
    return RecordJson.history(incidentId, changes, field -> extracted.map(i -> Decisions.valueOf(i, field)).orElse(null));
  }
}
