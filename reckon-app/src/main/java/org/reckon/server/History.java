package org.reckon.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reckon.model.RecordIncident;
import org.reckon.reconcile.Decisions;

/**
 * An incident's history, field by field: what extraction gave, then each editor's change to it
 * (before → after) with who, when and why, oldest first.
 */
final class History {
  private static final ObjectMapper JSON = new ObjectMapper();

  private History() {}

  /** One change with the field's value as extracted (null when extraction did not give it, or the incident is a split's). */
  record Entry(Decisions.Change change, @Nullable String extracted) {}

  static List<Entry> of(Snapshot s, String incidentId) {
    Optional<RecordIncident> extracted = s.computed().incidents().stream().filter(i -> i.incidentId().equals(incidentId)).findFirst();
    return s.applied().changes().stream().filter(c -> c.incidentId().equals(incidentId))
        .map(c -> new Entry(c, extracted.map(i -> Decisions.valueOf(i, c.field())).orElse(null))).toList();
  }

  static ObjectNode json(Snapshot s, String incidentId) {
    ObjectNode n = JSON.createObjectNode();
    n.put("incident_id", incidentId);
    ArrayNode changes = n.putArray("changes");
    for (Entry e : of(s, incidentId)) {
      Decisions.Change c = e.change();
      ObjectNode o = changes.addObject();
      o.put("field", c.field());
      o.put("extracted", e.extracted());
      o.put("before", c.before());
      o.put("after", c.after());
      o.put("decision", c.decision().seq());
      o.put("action", c.decision().action().key());
      o.put("other", c.decision().other());
      o.put("made_by", c.decision().madeBy());
      o.put("made_at", c.decision().madeAt().toString());
      o.put("reason", c.decision().reason());
    }
    return n;
  }
}
