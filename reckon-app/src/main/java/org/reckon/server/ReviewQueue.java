package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reckon.model.RecordIncident;
import org.reckon.publish.Releases;
import org.reckon.reconcile.Decisions;
import org.reckon.store.Database;
import org.reckon.store.RecordRepository;
import org.reckon.store.Release;

/**
 * The incidents that need an editor, and why: new since the last release, changed since it (by
 * re-extraction, new sources or decisions), contested, told by a single source, or told by
 * sources that disagree (on the day or the toll). An incident an editor has decided on since the
 * last release is "reviewed" (it stays in the queue, marked, until the next release). Newest
 * strikes first.
 */
final class ReviewQueue {
  /** The reasons, as filter keys, in the order they are shown. */
  static final List<String> REASONS = List.of("new", "changed", "contested", "single_source", "low_agreement");
  static final Set<String> STATES = Set.of("open", "reviewed");

  /**
   * One incident of the queue as the queue keeps it, without the incident itself (read a page at
   * a time): its date ({@code iso}, and the day it sorts by), region, why it is there, which
   * fields changed since the release and the editors' decisions since.
   */
  record Entry(String incidentId, String date, @Nullable LocalDate day, String region, List<String> reasons,
      List<String> changedFields, List<Decisions.Change> decisions) {
    boolean reviewed() {
      return !decisions.isEmpty();
    }
  }

  /** One incident of the page shown, with the incident. */
  record Item(RecordIncident incident, Entry entry) {
    List<String> reasons() {
      return entry.reasons();
    }

    List<String> changedFields() {
      return entry.changedFields();
    }

    List<Decisions.Change> decisions() {
      return entry.decisions();
    }

    boolean reviewed() {
      return entry.reviewed();
    }
  }

  /**
   * The whole queue at one version of the record, since the release named {@code release} (null
   * before the first), newest strikes first; kept by the server until either moves, with the
   * release's incidents as frozen ({@code frozen}, by id), which the changes since are read against.
   */
  record Queue(long version, @Nullable String release, List<Entry> entries, Map<String, JsonNode> frozen) {
    /** The entries the filters let through, in the queue's order (page them with {@link Query#limit()} and {@link Query#offset()}). */
    List<Entry> select(Query q) {
      return entries.stream().filter(e -> (q.why() == null || e.reasons().contains(q.why()))
          && (q.region() == null || e.region().equals(q.region()))
          && (q.state() == null || q.state().equals("reviewed") == e.reviewed())).toList();
    }
  }

  /** The filters of {@code /review}: reason, region, state (each null for any), and the page. */
  record Query(@Nullable String why, @Nullable String region, @Nullable String state, int limit, int offset) {
    static Query from(Context ctx) {
      String why = IncidentQuery.blankToNull(ctx.queryParam("why"));
      String region = IncidentQuery.blankToNull(ctx.queryParam("region"));
      String state = IncidentQuery.blankToNull(ctx.queryParam("state"));
      if (why != null && !REASONS.contains(why)) {
        throw ApiError.badParameter("why", why, "one of " + String.join(", ", REASONS));
      }
      if (region != null && !IncidentQuery.REGIONS.contains(region)) {
        throw ApiError.badParameter("region", region, "one of " + String.join(", ", IncidentQuery.REGIONS.stream().sorted().toList()));
      }
      if (state != null && !STATES.contains(state)) {
        throw ApiError.badParameter("state", state, "open or reviewed");
      }
      return new Query(why, region, state, IncidentQuery.integer(ctx, "limit", 50, 1, 500),
          IncidentQuery.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    }
  }

  private ReviewQueue() {}

  /**
   * The queue since release {@code last}, worked out in one pass over the served incidents read
   * one at a time ({@link RecordRepository#walk}), keeping only the entries: at no time is the
   * record held.
   */
  static Queue build(Database r, Optional<Release> last) {
    return update(null, r, last);
  }

  /**
   * {@code old} brought up to the version {@code r} reads: only the incidents written since its
   * version are read and judged again, those no longer served are dropped, and the decisions since
   * the release are attached afresh. Built whole when there is no {@code old} or the latest
   * release is another.
   */
  static Queue update(@Nullable Queue old, Database r, Optional<Release> last) {
    String release = last.map(Release::name).orElse(null);
    boolean whole = old == null || !java.util.Objects.equals(old.release(), release);
    Map<String, JsonNode> frozen = whole ? last.map(Releases::incidentsOf).orElse(Map.of()) : old.frozen();
    long since = last.map(Release::lastDecision).orElse(0L);
    Map<String, Entry> byId = new java.util.HashMap<>();
    if (!whole) {
      old.entries().forEach(e -> byId.put(e.incidentId(), e));
    }
    RecordRepository.Walked walked = r.record().walk(whole ? -1 : old.version(), since, i -> {
      byId.remove(i.incidentId());
      JsonNode before = frozen.get(i.incidentId());
      List<String> changed = before == null ? List.of() : Releases.changedFields(before, i);
      List<String> reasons = reasons(i, before == null, changed);
      if (!reasons.isEmpty()) {
        byId.put(i.incidentId(), new Entry(i.incidentId(), i.date().iso(), i.date().day(), i.region().key(), reasons, changed,
            List.of()));
      }
    });
    byId.keySet().retainAll(walked.ids());
    Map<String, List<Decisions.Change>> decided = walked.changesSince().stream()
        .collect(Collectors.groupingBy(Decisions.Change::incidentId));
    List<Entry> queue = new ArrayList<>();
    for (Entry e : byId.values()) {
      queue.add(new Entry(e.incidentId(), e.date(), e.day(), e.region(), e.reasons(), e.changedFields(),
          decided.getOrDefault(e.incidentId(), List.of())));
    }
    queue.sort(Comparator.comparing(Entry::day, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Entry::incidentId));
    return new Queue(walked.version(), release, List.copyOf(queue), frozen);
  }

  /**
   * Why incident {@code i} needs an editor, in the order of {@link #REASONS}: {@code isNew} when
   * the release does not have it, {@code changed} the fields that differ from the release's.
   */
  private static List<String> reasons(RecordIncident i, boolean isNew, List<String> changed) {
    List<String> reasons = new ArrayList<>();
    if (isNew) {
      reasons.add("new");
    } else if (!changed.isEmpty()) {
      reasons.add("changed");
    }
    if (i.contested() || i.grade().equals("contested")) {
      reasons.add("contested");
    }
    if (i.sources().size() == 1) {
      reasons.add("single_source");
    }
    if (disagree(i)) {
      reasons.add("low_agreement");
    }
    return List.copyOf(reasons);
  }

  /**
   * How many of an incident's sources a queue item shows with their sentences: enough to judge
   * it at a glance; a strike reported by hundreds is read on its own page, and a page of the queue
   * stays quick to read and to load.
   */
  static final int SOURCES_SHOWN = 6;

  /**
   * The sources a queue item shows: those that disagree with the others first (another day or
   * toll: what the editor has to judge), then in the incident's order, {@link #SOURCES_SHOWN} at most.
   */
  static List<org.reckon.model.IncidentSource> shownSources(RecordIncident i) {
    Map<String, Long> days = i.sources().stream().collect(Collectors.groupingBy(src -> String.valueOf(src.date().iso()),
        Collectors.counting()));
    Map<String, Long> tolls = i.sources().stream().filter(src -> src.killed() != null)
        .collect(Collectors.groupingBy(ReviewQueue::toll, Collectors.counting()));
    long commonDay = days.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long commonToll = tolls.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return i.sources().stream()
        .sorted(Comparator.comparing((org.reckon.model.IncidentSource src) -> days.get(String.valueOf(src.date().iso())) == commonDay
            && (src.killed() == null || tolls.get(toll(src)) == commonToll)))
        .limit(SOURCES_SHOWN).toList();
  }

  private static String toll(org.reckon.model.IncidentSource src) {
    return src.killed().min() + "-" + src.killed().max();
  }

  /** Whether the sources tell different days or tolls. */
  static boolean disagree(RecordIncident i) {
    Set<String> days = i.sources().stream().map(src -> String.valueOf(src.date().iso())).collect(Collectors.toSet());
    Set<String> tolls = i.sources().stream().filter(src -> src.killed() != null).map(ReviewQueue::toll).collect(Collectors.toSet());
    return days.size() > 1 || tolls.size() > 1;
  }

  static String label(String reason) {
    return switch (reason) {
      case "new" -> "new since the last release";
      case "changed" -> "changed since the last release";
      case "single_source" -> "single source";
      case "low_agreement" -> "sources disagree";
      default -> reason;
    };
  }
}
