package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Decision;
import org.reckon.model.RecordIncident;
import org.reckon.reconcile.Decisions;

/**
 * An editor's decision as posted from the incident page (a form) or to the API (JSON): read,
 * checked against the current record and turned into a {@link Decision}, or refused with a 400
 * that lists each bad field with its value and what is wrong.
 *
 * <p>Fields: {@code action} (confirm, reject, set, merge, split), {@code reason} (required),
 * {@code field} and {@code value} for set, {@code other} (the incident merged into this one) for
 * merge, {@code document} (a source document's id or its first digits) for split.
 */
final class DecisionRequests {
  /** The fields an editor may set from the browser, in the order the form offers them. */
  static final List<String> SETTABLE = List.of("date", "region", "place", "vessels", "killed_best", "killed_min", "killed_max",
      "survivors_min", "survivors_max", "claimed_affiliation");
  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionRequests() {}

  /** The posted fields as text, from a form or a JSON object (numbers and nulls written as text). */
  static Map<String, String> fields(Context ctx, boolean json) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (json) {
      JsonNode body;
      try {
        body = JSON.readTree(ctx.body());
      } catch (Exception e) {
        throw ApiError.invalid("bad_json", List.of(problem("body", "", "the body must be a JSON object")));
      }
      if (body == null || !body.isObject()) {
        throw ApiError.invalid("bad_json", List.of(problem("body", "", "the body must be a JSON object")));
      }
      body.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isNull() ? "null"
          : e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    } else {
      for (String name : List.of("action", "reason", "field", "value", "other", "document")) {
        String v = ctx.formParam(name);
        if (v != null) {
          fields.put(name, v);
        }
      }
    }
    return fields;
  }

  /**
   * The decision the fields ask for on {@code incident}, made by {@code by} at {@code at},
   * checked against {@code record}: it holds the incident and any other the decision names.
   *
   * @throws ApiError 400 {@code bad_decision} listing each problem
   */
  static Decision decision(Map<String, String> fields, RecordIncident incident, CampaignRecord record, String by, Instant at) {
    List<Map<String, Object>> problems = new ArrayList<>();
    String actionKey = fields.getOrDefault("action", "").strip();
    String reason = fields.getOrDefault("reason", "").strip();
    Decision.Action action = null;
    try {
      action = actionKey.isEmpty() ? null : Decision.Action.fromKey(actionKey);
    } catch (IllegalArgumentException e) {
      action = null;
    }
    if (action == null) {
      problems.add(problem("action", actionKey, "action must be confirm, reject, set, merge or split"));
    }
    if (reason.isEmpty()) {
      problems.add(problem("reason", fields.getOrDefault("reason", ""), "a reason is required: say why, it is kept in the log"));
    }
    String field = null;
    String value = null;
    String other = null;
    if (action == Decision.Action.SET) {
      field = fields.getOrDefault("field", "").strip();
      value = fields.getOrDefault("value", "").strip();
      if (!SETTABLE.contains(field)) {
        problems.add(problem("field", field, "field must be one of " + String.join(", ", SETTABLE)));
      }
    } else if (action == Decision.Action.MERGE) {
      other = fields.getOrDefault("other", "").strip();
    } else if (action == Decision.Action.SPLIT) {
      other = fields.getOrDefault("document", "").strip();
    }
    if (!problems.isEmpty()) {
      throw ApiError.invalid("bad_decision", problems);
    }
    Decision d = new Decision(0, at, by, action, incident.incidentId(), other, field, value, reason);
    String problem = Decisions.check(d, record);
    if (problem != null) {
      String name = switch (action) {
        case SET -> "value";
        case MERGE -> "other";
        case SPLIT -> "document";
        default -> "action";
      };
      String shown = switch (action) {
        case SET -> value;
        case MERGE, SPLIT -> other;
        default -> actionKey;
      };
      throw ApiError.invalid("bad_decision", List.of(problem(name, shown == null ? "" : shown, problem)));
    }
    return d;
  }

  static Map<String, Object> problem(String field, @Nullable String value, String message) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("field", field);
    p.put("value", value);
    p.put("message", message);
    return p;
  }

  /** A stored decision as the API shows it. */
  static ObjectNode json(Decision d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("seq", d.seq());
    n.put("made_at", d.madeAt().toString());
    n.put("made_by", d.madeBy());
    n.put("action", d.action().key());
    n.put("incident_id", d.incidentId());
    n.put("other", d.other());
    n.put("field", d.field());
    n.put("value", d.value());
    n.put("reason", d.reason());
    return n;
  }
}
