package org.reckon.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.reckon.extract.StrikeWeekdays;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Actor;
import org.reckon.model.Bound;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Claim;
import org.reckon.model.ClaimReading;
import org.reckon.model.Contribution;
import org.reckon.model.CountRange;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateRange;
import org.reckon.model.DateValue;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordActor;
import org.reckon.model.RecordIncident;
import org.reckon.model.Span;
import org.reckon.model.Region;
import org.reckon.model.SourcedClaim;
import org.reckon.model.Tally;
import org.reckon.model.TallyMetric;
import org.reckon.model.TallyPoint;

/**
 * Builds the record from extractions.
 *
 * <p>Design note (DESIGN.md, "Reconciliation"). Mentions of strikes are merged when their dates
 * agree at the coarser precision and their regions do not conflict. Day-dated mentions form one
 * incident per day and region; a mention with an unknown region joins its day's incident when
 * that day has exactly one. A month-dated mention joins the one incident of that month it fits
 * (region compatible, death tolls intersecting), else it stands as its own month-precision
 * incident; undated mentions are left out of the record, but for a strike an undated report tells
 * by weekday and toll that fits one strike of the record ({@link #placeUndated}). Counts are intervals: killed_min is the
 * largest lower bound any source gives, killed_max the smallest upper bound; when they cross, the
 * incident is contested, both ends are kept and killed_best is the commonest report, never an
 * average. Every merge is explained in {@code mergeNotes}. Incident ids are built from the date
 * and region ("2025-09-02-caribbean"), so they survive re-ingest and re-extraction. Inputs are
 * sorted first: any order of documents gives the same record.
 *
 * <p>Grades (after Airwars): contested when tolls conflict; confirmed when the striking party
 * acknowledged the strike (a claim about it by the US government or its officials) or two or more
 * independent reports tell it (wire copies, one outlet's several stories and one agency's
 * stories count once: {@link Reports}); fair with two or more documents; weak with one.
 */
public final class Reconciler {
  /** Speakers whose claims about a strike count as the striking party acknowledging it (campaign.yaml). */
  private static final Set<String> STRIKING_PARTY = org.reckon.model.Campaign.current().strikingParty();

  private Reconciler() {}

  private record Mention(Extraction extraction, Incident incident, int ordinal) {
    String documentId() {
      return extraction.document().id();
    }
  }

  public static CampaignRecord reconcile(List<Extraction> input) {
    List<Extraction> extractions = new ArrayList<>(input);
    extractions.sort(Comparator.comparing(e -> e.document().id()));
    List<Mention> mentions = new ArrayList<>();
    for (Extraction e : extractions) {
      for (int i = 0; i < e.incidents().size(); i++) {
        if (e.incidents().get(i).date().known()) {
          mentions.add(new Mention(e, e.incidents().get(i), i));
        }
      }
    }
    Map<String, List<Mention>> clusters = new TreeMap<>();
    Map<String, List<String>> notes = new HashMap<>();
    // day-dated mentions with a region first, then those without, then month-dated ones
    mentions.sort(Comparator.comparing((Mention m) -> m.incident().date().precision())
        .thenComparing(m -> m.incident().region() == Region.UNKNOWN)
        .thenComparing(m -> m.incident().date().day())
        .thenComparing(Mention::documentId)
        .thenComparingInt(Mention::ordinal));
    for (Mention m : mentions) {
      DateValue date = m.incident().date();
      String key;
      String rule;
      String dayBefore = m.incident().dateFromAnnouncement() ? fitting(date.day().minusDays(1), m, clusters) : null;
      if (dayBefore != null) {
        key = dayBefore;
        rule = "announced " + date.iso() + ", the day after the strike of " + date.day().minusDays(1)
            + " with the same region and toll";
      } else if (date.precision() == DatePrecision.DAY) {
        key = dayKey(date.day(), m, clusters);
        rule = "same day " + date.iso() + (m.incident().region() == Region.UNKNOWN ? ", region not stated" : ", same region");
      } else {
        key = monthKey(m, clusters);
        rule = key.matches("\\d{4}-\\d{2}-\\d{2}-.*")
            ? "month " + date.iso() + " fits the one strike that month with compatible region and toll"
            : "only the month " + date.iso() + " is known";
      }
      String quoted = m.incident().evidence().get(0).text().strip().replaceAll("\\s+", " ");
      clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      notes.computeIfAbsent(key, k -> new ArrayList<>()).add(m.extraction().document().source() + ": " + rule
          + " (\"" + quoted.substring(0, Math.min(80, quoted.length())) + "\")");
    }
    placeUndated(extractions, clusters, notes);
    List<RecordIncident> incidents = new ArrayList<>();
    Reports reports = new Reports();
    clusters.forEach((key, group) -> incidents.add(merge(key, group, notes.get(key), reports)));
    incidents.sort(Comparator.comparing((RecordIncident r) -> r.date().day()).thenComparing(RecordIncident::incidentId));
    return assemble(incidents, extractions.stream().map(Reconciler::contribution).toList());
  }

  /**
   * The record of {@code incidents} (as reconciled) and of the documents' {@code contributions}:
   * the tally series, the claims and their contradictions, the actors and the running toll. Any
   * order of contributions gives the same record.
   */
  public static CampaignRecord assemble(List<RecordIncident> incidents, List<Contribution> input) {
    List<Contribution> contributions = new ArrayList<>(input);
    contributions.sort(Comparator.comparing(Contribution::documentId));
    List<TallyPoint> tallies = series(contributions);
    List<SourcedClaim> claims = new ArrayList<>();
    List<ClaimReading> readings = new ArrayList<>();
    for (Contribution e : contributions) {
      boolean read = e.readings().size() == e.claims().size(); // else stored before readings were kept
      for (int k = 0; k < e.claims().size(); k++) {
        Claim c = e.claims().get(k);
        claims.add(new SourcedClaim(c, e.documentId(), e.source(), e.outlet()));
        readings.add(read ? e.readings().get(k) : Contradictions.read(c));
      }
    }
    return new CampaignRecord(incidents, tallies, killedSum(incidents), claims, Contradictions.find(claims, readings),
        actors(contributions));
  }

  /**
   * What {@code e} gives the record besides its incidents, each claim read once for the fields
   * contradictions are found on: what the store keeps of a document for {@link #assemble}.
   */
  public static Contribution contribution(Extraction e) {
    return new Contribution(e.document().id(), e.document().source(), e.document().outlet(), e.tallies(), e.claims(), e.actors(),
        e.claims().stream().map(Contradictions::read).toList());
  }

  /**
   * What the record itself knows dates the strikes undated reports tell by weekday alone
   * ("Tuesday's strike ... killed 11" in the Caribbean, in a report without a date): such a
   * mention joins the one strike of the record on that weekday with the same toll and a
   * compatible sea, within the report's publication window when it has one. Anything less than
   * one fitting strike leaves it out, as before.
   */
  private static void placeUndated(List<Extraction> extractions, Map<String, List<Mention>> clusters,
      Map<String, List<String>> notes) {
    Map<String, Mention> placed = new TreeMap<>();
    for (Extraction e : extractions) {
      for (int i = 0; i < e.incidents().size(); i++) {
        Incident incident = e.incidents().get(i);
        CountRange killed = incident.killed();
        if (incident.date().known() || killed == null || killed.min() == null || !killed.min().equals(killed.max())) {
          continue;
        }
        String told = String.join(" ", incident.evidence().stream().map(Span::text).toList());
        DayOfWeek weekday = StrikeWeekdays.of(told);
        if (weekday == null) {
          continue;
        }
        DateRange window = publishedWindow(e);
        List<String> fits = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> c : clusters.entrySet()) {
          Incident first = c.getValue().get(0).incident();
          LocalDate day = first.date().precision() == DatePrecision.DAY ? first.date().day() : null;
          if (day != null && day.getDayOfWeek() == weekday && first.region().compatibleWith(incident.region())
              && killed.equals(killedRange(c.getValue())) && within(day, window)) {
            fits.add(c.getKey());
          }
        }
        if (fits.size() == 1) {
          placed.put(fits.get(0) + "/" + e.document().id() + "/" + i, new Mention(e, incident, i));
        }
      }
    }
    placed.forEach((k, m) -> {
      String key = k.substring(0, k.indexOf('/'));
      clusters.get(key).add(m);
      String quoted = m.incident().evidence().get(0).text().strip().replaceAll("\\s+", " ");
      notes.get(key).add(m.extraction().document().source() + ": undated report; its strike told by weekday fits only"
          + " this one of the record by weekday, toll and region (\""
          + quoted.substring(0, Math.min(80, quoted.length())) + "\")");
    });
  }

  /** The days a strike told by a report can have been on: up to a week before it appeared. */
  private static @Nullable DateRange publishedWindow(Extraction e) {
    if (e.published() != null) {
      return new DateRange(e.published().minusDays(7), e.published());
    }
    DateRange r = e.publishedRange();
    return r == null ? null : new DateRange(r.from() == null ? null : r.from().minusDays(7), r.to());
  }

  private static boolean within(LocalDate day, @Nullable DateRange window) {
    return window == null || (window.from() == null || !day.isBefore(window.from()))
        && (window.to() == null || !day.isAfter(window.to()));
  }

  /**
   * The cluster key of a day-dated mention: its day and region; without a region, the day's one
   * incident, or the day's one incident whose toll fits.
   */
  private static String dayKey(LocalDate day, Mention m, Map<String, List<Mention>> clusters) {
    Region region = m.incident().region();
    if (region != Region.UNKNOWN) {
      return day + "-" + region.key();
    }
    List<String> sameDay = clusters.keySet().stream().filter(k -> k.startsWith(day + "-")).toList();
    if (sameDay.size() == 1) {
      return sameDay.get(0);
    }
    List<String> fits = sameDay.stream().filter(k -> intersects(killedRange(clusters.get(k)), m.incident().killed())).toList();
    return fits.size() == 1 ? fits.get(0) : day + "-" + Region.UNKNOWN.key();
  }

  /** The one incident of {@code day} with a compatible region and the same toll as {@code m}, or null. */
  private static @Nullable String fitting(LocalDate day, Mention m, Map<String, List<Mention>> clusters) {
    CountRange killed = m.incident().killed();
    if (killed == null) {
      return null;
    }
    List<String> fits = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> c : clusters.entrySet()) {
      Incident first = c.getValue().get(0).incident();
      if (c.getKey().startsWith(day + "-") && first.region().compatibleWith(m.incident().region())
          && killed.equals(killedRange(c.getValue()))) {
        fits.add(c.getKey());
      }
    }
    return fits.size() == 1 ? fits.get(0) : null;
  }

  private static String monthKey(Mention m, Map<String, List<Mention>> clusters) {
    YearMonth month = YearMonth.from(m.incident().date().day());
    List<String> fits = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> c : clusters.entrySet()) {
      Incident first = c.getValue().get(0).incident();
      if (first.date().precision() == DatePrecision.DAY && YearMonth.from(first.date().day()).equals(month)
          && first.region().compatibleWith(m.incident().region())
          && intersects(killedRange(c.getValue()), m.incident().killed())) {
        fits.add(c.getKey());
      }
    }
    return fits.size() == 1 ? fits.get(0) : month + "-" + m.incident().region().key();
  }

  private static RecordIncident merge(String key, List<Mention> group, List<String> notes, Reports reports) {
    List<String> mergeNotes = new ArrayList<>(notes);
    Incident first = group.get(0).incident();
    DateValue date = group.stream().map(m -> m.incident().date()).filter(d -> d.precision() == DatePrecision.DAY)
        .findFirst().orElse(first.date());
    Region region = group.stream().map(m -> m.incident().region()).filter(r -> r != Region.UNKNOWN).findFirst()
        .orElse(Region.UNKNOWN);
    Integer killedMin = null;
    Integer killedMax = null;
    Integer survivorsMin = null;
    Integer survivorsMax = null;
    Map<Integer, Integer> exactReports = new TreeMap<>();
    Map<Integer, Integer> vesselReports = new TreeMap<>();
    Boolean followUp = null;
    String place = null;
    Set<String> affiliation = new LinkedHashSet<>();
    Set<String> cargo = new LinkedHashSet<>();
    Map<String, IncidentSource> sources = new LinkedHashMap<>();
    for (Mention m : group) {
      Incident i = m.incident();
      CountRange k = i.killed();
      if (k != null) {
        killedMin = maxOf(killedMin, k.min());
        killedMax = minOf(killedMax, k.max());
        if (k.min() != null && k.min().equals(k.max())) {
          exactReports.merge(k.min(), 1, Integer::sum);
        }
      }
      CountRange s = i.survivors();
      if (s != null) {
        survivorsMin = maxOf(survivorsMin, s.min());
        survivorsMax = minOf(survivorsMax, s.max());
      }
      if (i.vessels() != null) {
        vesselReports.merge(i.vessels(), 1, Integer::sum);
      }
      if (Boolean.TRUE.equals(i.followUpStrike())) {
        followUp = true;
      }
      if (i.place() != null && (place == null || i.place().length() > place.length())) {
        place = i.place();
      }
      affiliation.addAll(i.claimedAffiliation());
      cargo.addAll(i.claimedCargo());
      var d = m.extraction().document();
      IncidentSource previous = sources.get(d.id());
      List<org.reckon.model.Span> spans = new ArrayList<>(previous == null ? List.of() : previous.evidence());
      spans.addAll(i.evidence());
      sources.put(d.id(), new IncidentSource(d.id(), d.source(), d.outlet(), m.extraction().published(), i.date(),
          previous != null && previous.killed() != null ? previous.killed() : k, spans));
    }
    boolean contested = killedMin != null && killedMax != null && killedMin > killedMax;
    Integer killedBest = !contested && killedMin != null && killedMin.equals(killedMax) ? killedMin
        : exactReports.isEmpty() ? killedMin
        : exactReports.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    Integer vessels = vesselReports.isEmpty() ? null
        : vesselReports.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<org.reckon.model.Document> documents = group.stream().map(m -> m.extraction().document()).distinct().toList();
    List<List<org.reckon.model.Document>> independent = reports.independent(documents);
    for (List<org.reckon.model.Document> report : independent) {
      if (report.size() > 1) {
        mergeNotes.add("one report, counted once for the grade: "
            + String.join(", ", report.stream().map(org.reckon.model.Document::source).toList())
            + " (same outlet, same agency or the same text)");
      }
    }
    String grade = grade(contested, date, group, independent.size());
    return new RecordIncident(key, date, region, place, vessels, killedMin, killedMax, killedBest, contested,
        survivorsMin, survivorsMax, followUp, List.copyOf(affiliation), List.copyOf(cargo), List.copyOf(sources.values()),
        grade, "extracted", mergeNotes);
  }

  private static String grade(boolean contested, DateValue date, List<Mention> group, int independentReports) {
    if (contested) {
      return "contested";
    }
    boolean acknowledged = false;
    for (Mention m : group) {
      for (Claim c : m.extraction().claims()) {
        if (c.speaker() != null && STRIKING_PARTY.contains(c.speaker()) && c.about().equals("incident:" + date.iso())) {
          acknowledged = true;
        }
      }
    }
    if (acknowledged || independentReports >= 2) {
      return "confirmed";
    }
    return group.stream().map(Mention::documentId).distinct().count() >= 2 ? "fair" : "weak";
  }

  /**
   * Actors across documents: one per canonical name, compared without case or accents ("Nicolas
   * Maduro" is "Nicolás Maduro"), with the union of aliases and roles, in the order first seen.
   */
  private static List<RecordActor> actors(List<Contribution> contributions) {
    Map<String, ActorJoin> byKey = new LinkedHashMap<>();
    for (Contribution e : contributions) {
      for (Actor a : e.actors()) {
        byKey.computeIfAbsent(actorKey(a.name()), k -> new ActorJoin()).add(a, e.documentId());
      }
    }
    return byKey.values().stream().map(ActorJoin::actor).sorted(ACTOR_ORDER).toList();
  }

  /** What actors are one by: their names compared without case or accents. */
  public static String actorKey(String name) {
    return TextNormalizer.fold(name);
  }

  /**
   * One actor across documents, joined from its mentions as they come: the first name and type
   * seen stay, aliases, roles and documents are joined in the order seen (documents are met in id
   * order, each one's actors in the order extracted). Each mention costs what it adds, however
   * many documents the actor already has.
   */
  public static final class ActorJoin {
    private @Nullable String name;
    private org.reckon.model.@Nullable ActorType type;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private final Set<String> documents = new LinkedHashSet<>();

    /** Adds {@code a}, told by document {@code documentId}. */
    public void add(Actor a, String documentId) {
      if (name == null) {
        name = a.name();
        type = a.type();
      }
      aliases.addAll(a.aliases());
      roles.addAll(a.roles());
      documents.add(documentId);
    }

    /** The actor joined so far; at least one mention must have been added. */
    public RecordActor actor() {
      return new RecordActor(java.util.Objects.requireNonNull(name, "no mention added"), java.util.Objects.requireNonNull(type),
          List.copyOf(aliases), List.copyOf(roles), List.copyOf(documents));
    }
  }

  /** The record's order of actors: told by more documents first, then by name. */
  public static final Comparator<RecordActor> ACTOR_ORDER = Comparator.comparing((RecordActor a) -> -a.documentIds().size())
      .thenComparing(RecordActor::name);

  private static List<TallyPoint> series(List<Contribution> contributions) {
    List<TallyPoint> points = new ArrayList<>();
    for (Contribution e : contributions) {
      for (Tally t : e.tallies()) {
        points.add(new TallyPoint(t.asOf(), t.metric(), t.count(), e.documentId(), e.source(), e.outlet(), t.evidence(), false));
      }
    }
    points.sort(SERIES_ORDER);
    EarlierBounds bounds = new EarlierBounds();
    return points.stream().map(bounds::flag).toList();
  }

  /**
   * The order of the tally series: by metric, as-of day (none last), value, then document; a
   * document's tallies of one metric, day and value stay in the order extracted.
   */
  public static final Comparator<TallyPoint> SERIES_ORDER = Comparator.comparing((TallyPoint p) -> p.metric().ordinal())
      .thenComparing(p -> p.asOf(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(p -> p.count().value())
      .thenComparing(TallyPoint::documentId);

  /**
   * The figure a tally reports, as compared with earlier lower bounds: the upper end of "almost
   * 30" and "at most 30", else the figure ("at least 30" after an earlier "at least 43" has
   * fallen below it).
   */
  public static @Nullable Integer reported(org.reckon.model.Count count) {
    return count.bound() == Bound.ALMOST || count.bound() == Bound.AT_MOST ? count.range().max() : Integer.valueOf(count.value());
  }

  /** The lower bound a tally sets for later ones: none for "almost" and "at most". */
  public static @Nullable Integer lowerBound(org.reckon.model.Count count) {
    return count.bound() == Bound.ALMOST || count.bound() == Bound.AT_MOST ? null : count.range().min();
  }

  /**
   * Flags the points of a series met in {@link #SERIES_ORDER} that fall below a lower bound
   * reported as of a strictly earlier day for the same metric; holds one bound per metric, so a
   * series of any length is flagged in one pass.
   */
  public static final class EarlierBounds {
    private @Nullable TallyMetric metric;
    private @Nullable LocalDate day;
    /** The highest lower bound of the metric's days before {@link #day}, and of {@link #day} itself. */
    private @Nullable Integer before;
    private @Nullable Integer atDay;

    /** {@code p} with {@link TallyPoint#belowEarlierBound()} set; points must come in series order. */
    public TallyPoint flag(TallyPoint p) {
      if (p.metric() != metric) {
        metric = p.metric();
        day = null;
        before = null;
        atDay = null;
      }
      boolean below = false;
      if (p.asOf() != null) {
        if (!p.asOf().equals(day)) {
          before = maxOf(before, atDay);
          atDay = null;
          day = p.asOf();
        }
        Integer reported = reported(p.count());
        below = before != null && reported != null && reported < before;
        atDay = maxOf(atDay, lowerBound(p.count()));
      }
      return new TallyPoint(p.asOf(), p.metric(), p.count(), p.documentId(), p.source(), p.outlet(), p.evidence(), below);
    }
  }

  /** The running sum of the day-dated incidents' lower bounds, leaving out rejected and merged ones. */
  static List<CampaignRecord.SumPoint> killedSum(java.util.Collection<RecordIncident> incidents) {
    TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
    for (RecordIncident i : incidents) {
      if (i.date().precision() == DatePrecision.DAY && i.killedMin() != null && !i.status().equals("rejected")
          && !i.status().equals("merged")) {
        byDay.merge(i.date().day(), i.killedMin(), Integer::sum);
      }
    }
    List<CampaignRecord.SumPoint> sum = new ArrayList<>();
    int total = 0;
    for (Map.Entry<LocalDate, Integer> e : byDay.entrySet()) {
      total += e.getValue();
      sum.add(new CampaignRecord.SumPoint(e.getKey(), total));
    }
    return sum;
  }

  private static @Nullable CountRange killedRange(List<Mention> group) {
    Integer min = null;
    Integer max = null;
    for (Mention m : group) {
      CountRange k = m.incident().killed();
      if (k != null) {
        min = maxOf(min, k.min());
        max = minOf(max, k.max());
      }
    }
    return min == null && max == null ? null : new CountRange(min, max != null && min != null && max < min ? null : max);
  }

  private static boolean intersects(@Nullable CountRange a, @Nullable CountRange b) {
    if (a == null || b == null) {
      return true;
    }
    int lo = Math.max(a.min() == null ? 0 : a.min(), b.min() == null ? 0 : b.min());
    int hi = Math.min(a.max() == null ? Integer.MAX_VALUE : a.max(), b.max() == null ? Integer.MAX_VALUE : b.max());
    return lo <= hi;
  }

  /** The larger of two bounds; an absent (open) bound gives way to a present one. */
  private static @Nullable Integer maxOf(@Nullable Integer a, @Nullable Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static @Nullable Integer minOf(@Nullable Integer a, @Nullable Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Integer.valueOf(Math.min(a, b));
  }
}
