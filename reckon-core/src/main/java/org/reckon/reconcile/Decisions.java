package org.reckon.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.model.CampaignRecord;
import org.reckon.model.CountRange;
import org.reckon.model.DateValue;
import org.reckon.model.Decision;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.Region;

/**
 * Applies the editors' decisions, in log order, to a record computed from the facts. Decisions
 * are never lost: one that no longer fits the record (its incident is gone after re-extraction)
 * is reported and skipped, and applies again when the incident returns.
 */
public final class Decisions {
  /** The fields {@code set} may change. */
  public static final Set<String> FIELDS = Set.of("killed_best", "killed_min", "killed_max", "survivors_min",
      "survivors_max", "vessels", "region", "place", "date", "follow_up_strike", "grade", "claimed_affiliation");
  private static final Set<String> GRADES = Set.of("confirmed", "fair", "weak", "contested", "discounted");

  private Decisions() {}

  /** One field of one incident changed by one decision; lists (claimed_affiliation) are written joined by "; ". */
  public record Change(Decision decision, String incidentId, String field, @Nullable String before, @Nullable String after) {}

  /** The record after the decisions, what each changed, and the decisions that did not apply. */
  public record Applied(CampaignRecord record, List<Change> changes, List<String> problems) {}

  public static Applied apply(CampaignRecord record, List<Decision> decisions) {
    Map<String, RecordIncident> incidents = new LinkedHashMap<>();
    record.incidents().forEach(i -> incidents.put(i.incidentId(), i));
    List<Change> changes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Decision d : decisions) {
      String problem = check(d, incidents);
      if (problem != null) {
        problems.add("decision #" + d.seq() + " not applied: " + problem);
        continue;
      }
      RecordIncident i = incidents.get(d.incidentId());
      switch (d.action()) {
        case CONFIRM, REJECT -> {
          String status = d.action() == Decision.Action.CONFIRM ? "confirmed" : "rejected";
          changes.add(new Change(d, i.incidentId(), "status", i.status(), status));
          incidents.put(i.incidentId(), with(i, "status", status));
        }
        case SET -> {
          changes.add(new Change(d, i.incidentId(), d.field(), value(i, d.field()), d.value()));
          incidents.put(i.incidentId(), with(i, d.field(), d.value()));
        }
        case MERGE -> {
          RecordIncident other = incidents.get(d.other());
          List<IncidentSource> sources = new ArrayList<>(i.sources());
          sources.addAll(other.sources());
          List<String> notes = new ArrayList<>(i.mergeNotes());
          notes.add("editor " + d.madeBy() + " merged " + other.incidentId() + " into this incident: " + d.reason());
          incidents.put(i.incidentId(), counted(i, sources, notes));
          changes.add(new Change(d, i.incidentId(), "sources", String.valueOf(i.sources().size()), String.valueOf(sources.size())));
          List<String> otherNotes = new ArrayList<>(other.mergeNotes());
          otherNotes.add("merged into " + i.incidentId() + " by " + d.madeBy() + ": " + d.reason());
          incidents.put(other.incidentId(), with(copyNotes(other, otherNotes), "status", "merged"));
          changes.add(new Change(d, other.incidentId(), "status", other.status(), "merged"));
        }
        case SPLIT -> {
          List<IncidentSource> stay = new ArrayList<>();
          List<IncidentSource> leave = new ArrayList<>();
          for (IncidentSource s : i.sources()) {
            (s.documentId().startsWith(d.other()) ? leave : stay).add(s);
          }
          String newId = i.incidentId() + "~" + d.other().substring(0, Math.min(8, d.other().length()));
          List<String> notes = new ArrayList<>(i.mergeNotes());
          notes.add("editor " + d.madeBy() + " split off " + newId + ": " + d.reason());
          incidents.put(i.incidentId(), counted(i, stay, notes));
          RecordIncident split = counted(new RecordIncident(newId, i.date(), i.region(), i.place(), i.vessels(), null, null,
              null, false, null, null, null, List.of(), List.of(), leave, "weak", "extracted",
              List.of("split from " + i.incidentId() + " by " + d.madeBy() + ": " + d.reason())), leave,
              List.of("split from " + i.incidentId() + " by " + d.madeBy() + ": " + d.reason()));
          incidents.put(newId, split);
          changes.add(new Change(d, i.incidentId(), "sources", String.valueOf(i.sources().size()), String.valueOf(stay.size())));
          changes.add(new Change(d, newId, "sources", null, String.valueOf(leave.size())));
        }
        default -> throw new IllegalStateException("unknown action " + d.action());
      }
    }
    // the running toll follows the decisions: a rejected or merged-away strike no longer adds to it
    CampaignRecord updated = new CampaignRecord(List.copyOf(incidents.values()), record.tallies(),
        Reconciler.killedSum(incidents.values()),
        record.claims(), record.contradictions(), record.actors());
    return new Applied(updated, changes, problems);
  }

  /**
   * Why {@code d} cannot apply to {@code record}, as a message naming the problem and the fix; null
   * when it can. The command line asks before it stores a decision.
   */
  public static @Nullable String check(Decision d, CampaignRecord record) {
    Map<String, RecordIncident> incidents = new LinkedHashMap<>();
    record.incidents().forEach(i -> incidents.put(i.incidentId(), i));
    return check(d, incidents);
  }

  private static @Nullable String check(Decision d, Map<String, RecordIncident> incidents) {
    RecordIncident i = incidents.get(d.incidentId());
    if (i == null) {
      return "no incident '" + d.incidentId() + "' in the record; list them with 'reckon record'";
    }
    switch (d.action()) {
      case MERGE -> {
        if (d.other() == null || !incidents.containsKey(d.other())) {
          return "merge needs a second incident of the record to merge into " + d.incidentId() + ", got '" + d.other() + "'";
        }
        if (d.other().equals(d.incidentId())) {
          return "an incident cannot be merged into itself";
        }
      }
      case SPLIT -> {
        if (d.other() == null || i.sources().stream().noneMatch(s -> s.documentId().startsWith(d.other()))) {
          return "split needs the id (or its first digits) of one of the incident's source documents, got '" + d.other() + "'";
        }
        if (i.sources().size() < 2) {
          return "an incident with one source cannot be split";
        }
      }
      case SET -> {
        if (d.field() == null || !FIELDS.contains(d.field())) {
          return "set changes one of " + String.join(", ", FIELDS.stream().sorted().toList()) + "; got '" + d.field() + "'";
        }
        return checkValue(d.field(), d.value());
      }
      default -> {
        return null;
      }
    }
    return null;
  }

  private static @Nullable String checkValue(String field, @Nullable String value) {
    String v = value == null ? "" : value;
    try {
      switch (field) {
        case "killed_best", "killed_min", "killed_max", "survivors_min", "survivors_max", "vessels" -> {
          if (!v.equals("null") && Integer.parseInt(v) < 0) {
            return field + " cannot be negative, got " + v;
          }
        }
        case "region" -> Region.fromKey(v);
        case "date" -> DateValue.parse(v);
        case "follow_up_strike" -> {
          if (!Set.of("true", "false", "null").contains(v)) {
            return "follow_up_strike is true, false or null, got '" + v + "'";
          }
        }
        case "grade" -> {
          if (!GRADES.contains(v)) {
            return "grade is one of " + String.join(", ", GRADES.stream().sorted().toList()) + ", got '" + v + "'";
          }
        }
        default -> {
          if (v.isBlank()) {
            return field + " needs a value";
          }
        }
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return "'" + v + "' is not a valid " + field + (field.equals("date") ? " (write 2025-09-02 or 2025-09)" : "")
          + (field.equals("region") ? " (one of " + String.join(", ", Region.keys()) + ")" : "");
    }
    return null;
  }

  /**
   * The value of {@code field} of {@code i} as decisions write it ({@code sources} is their
   * number); null when unknown.
   */
  public static @Nullable String valueOf(RecordIncident i, String field) {
    return field.equals("sources") ? String.valueOf(i.sources().size()) : value(i, field);
  }

  private static @Nullable String value(RecordIncident i, String field) {
    Object v = switch (field) {
      case "killed_best" -> i.killedBest();
      case "killed_min" -> i.killedMin();
      case "killed_max" -> i.killedMax();
      case "survivors_min" -> i.survivorsMin();
      case "survivors_max" -> i.survivorsMax();
      case "vessels" -> i.vessels();
      case "region" -> i.region().key();
      case "place" -> i.place();
      case "date" -> i.date().iso();
      case "follow_up_strike" -> i.followUpStrike();
      case "grade" -> i.grade();
      case "status" -> i.status();
      case "claimed_affiliation" -> i.claimedAffiliation().isEmpty() ? null : String.join("; ", i.claimedAffiliation());
      default -> null;
    };
    return v == null ? null : v.toString();
  }

  private static @Nullable Integer integer(@Nullable String v) {
    return v == null || v.equals("null") ? null : Integer.valueOf(v);
  }

  private static RecordIncident with(RecordIncident i, String field, @Nullable String v) {
    Integer killedMin = field.equals("killed_min") ? integer(v) : i.killedMin();
    Integer killedMax = field.equals("killed_max") ? integer(v) : i.killedMax();
    return new RecordIncident(i.incidentId(),
        field.equals("date") ? DateValue.parse(v) : i.date(),
        field.equals("region") ? Region.fromKey(v) : i.region(),
        field.equals("place") ? v : i.place(),
        field.equals("vessels") ? integer(v) : i.vessels(),
        killedMin, killedMax,
        field.equals("killed_best") ? integer(v) : i.killedBest(),
        killedMin != null && killedMax != null && killedMin > killedMax,
        field.equals("survivors_min") ? integer(v) : i.survivorsMin(),
        field.equals("survivors_max") ? integer(v) : i.survivorsMax(),
        field.equals("follow_up_strike") ? (v == null || v.equals("null") ? null : Boolean.valueOf(v)) : i.followUpStrike(),
        field.equals("claimed_affiliation") ? list(v) : i.claimedAffiliation(), i.claimedCargo(), i.sources(),
        field.equals("grade") ? v : i.grade(),
        field.equals("status") ? v : i.status(),
        i.mergeNotes());
  }

  /** A {@code ;}-separated value as its items; {@code null} (or "null") clears the list. */
  private static List<String> list(@Nullable String v) {
    if (v == null || v.equals("null")) {
      return List.of();
    }
    return java.util.Arrays.stream(v.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static RecordIncident copyNotes(RecordIncident i, List<String> notes) {
    return new RecordIncident(i.incidentId(), i.date(), i.region(), i.place(), i.vessels(), i.killedMin(), i.killedMax(),
        i.killedBest(), i.contested(), i.survivorsMin(), i.survivorsMax(), i.followUpStrike(), i.claimedAffiliation(),
        i.claimedCargo(), i.sources(), i.grade(), i.status(), notes);
  }

  /** {@code i} with {@code sources}, its death toll recomputed from their reports. */
  private static RecordIncident counted(RecordIncident i, List<IncidentSource> sources, List<String> notes) {
    Integer min = null;
    Integer max = null;
    for (IncidentSource s : sources) {
      CountRange k = s.killed();
      if (k != null) {
        if (k.min() != null) {
          min = min == null ? k.min() : Integer.valueOf(Math.max(min, k.min()));
        }
        if (k.max() != null) {
          max = max == null ? k.max() : Integer.valueOf(Math.min(max, k.max()));
        }
      }
    }
    boolean contested = min != null && max != null && min > max;
    // after an editor's merge or split the best figure is the largest lower bound the sources give
    return new RecordIncident(i.incidentId(), i.date(), i.region(), i.place(), i.vessels(), min, max, min, contested,
        i.survivorsMin(), i.survivorsMax(), i.followUpStrike(), i.claimedAffiliation(), i.claimedCargo(), sources,
        contested ? "contested" : i.grade(), i.status(), notes);
  }
}
