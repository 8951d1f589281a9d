package org.reckon.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.CountRange;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateValue;
import org.reckon.model.Incident;
import org.reckon.model.Region;
import org.reckon.model.Span;

/**
 * Incidents: strikes on vessels, one per strike however often an article mentions it.
 *
 * <p>Design note. A sentence mentions a strike when it has a strike word (strike, hit, attack,
 * blew up, ...) and either a vessel word or a singular reference to a known strike ("Tuesday's
 * strike", "the first attack"); sentences about many strikes or running totals are tallies (see
 * {@link TallyRules}), not incidents. A mention takes the date expression nearest its strike
 * word ("Tuesday's strike", "the strike on Sept. 2"; "a day after X hit a boat" shifts the other
 * date back), or the campaign's first-strike day for "the first strike". Mentions with the same
 * day are one incident; an undated mention joins the incident talked about just before it
 * (articles say "the strike" for the one they are describing), or the first one after it.
 * Counts are read near words of killing ("killed 11", "11 people were killed") and surviving;
 * region, place, cargo and claimed affiliation come from lexicons over the incident's sentences.
 */
final class IncidentRules {
  private static final Pattern STRIKE = Pattern.compile(
      "(?iu)\\b(?:kinetic |lethal |military |missile |air )?" + Lexicons.STRIKES.any() + "\\b");
  private static final Pattern VESSEL = Pattern.compile("(?iu)\\b" + Lexicons.VESSELS.any() + "\\b");
  private static final Pattern FIRST = Pattern.compile(
      "(?iu)\\b(?:the|its|their) first (?!such\\b|night|known\\b)(?:\\p{L}+ ){0,2}(?:boat |vessel )?(?:strike|attack|boat|vessel)"
          + "(?!s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:in|since|outside|off|near|against|under|at night|overnight|this|of (?:its|this|the) kind"
          + "|of 20\\d\\d|of the year)\\b)"
          + "|primer (?:ataque|bombardeo)(?!\\s+(?:en|desde|fuera|contra|de este|de 20\\d\\d|nocturno|de la noche|del año)\\b)");
  /** "The first strike took out eight people, the second eliminated four": the first of one day's strikes. */
  private static final Pattern SEQUENCE = Pattern.compile("(?iu)\\b(?:the|a) second\\b(?! strike to kill)|\\bel segundo\\b");
  /** "was killed in a U.S. strike in September": one strike, though no boat is named. */
  private static final Pattern IN_A_STRIKE = Pattern.compile(
      "(?iu)\\b(?:killed|died|dead|muri[óe]\\w*|muert[oa]s?)\\s+(?:in|by|en)\\s+(?:a|an|un)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:strike|attack|ataque|bombardeo)\\b");
  private static final Pattern OTHER_THEATRES = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:" + String.join("|", Lexicons.lines("other-theatres.txt")) + ")(?![\\p{L}])");
  /** One strike, by its article: "a US strike", "an airstrike", "another lethal strike", "un nuevo ataque". */
  private static final Pattern A_STRIKE = Pattern.compile(
      "(?iu)\\b(?:a|an|one|another|un|una|otro|otra)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(?:strike|airstrike|attack|ataque|bombardeo)\\b(?!s)");
  /** One strike by its day: "an Oct. 16 strike", "the Sept. 2 attack", "a Dec 30 strike". */
  private static final Pattern DATED_STRIKE = Pattern.compile(
      "(?u)\\b(?:[Tt]he|[Aa]n?|[Tt]hat)\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:\\p{L}+\\s+)?(?:strike|attack|airstrike)\\b(?!s)");
  /** "All 11 people aboard were killed": the toll of the strike just told. */
  private static final Pattern ABOARD_WORD = Pattern.compile("(?iu)\\b(?:aboard|on board|a bordo)\\b");
  /** A line of a timeline: "Sept. 15: Three people are killed ...", "3 de octubre: ..." */
  private static final Pattern TIMELINE_ENTRY = Pattern.compile(
      "(?iu)\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.? \\d{1,2}|\\d{1,2} (?:de )?\\p{L}{3,10})"
          + "(?:,? \\d{4})?\\s*[:–—]\\s+");
  private static final Pattern KILLED_WORD = Pattern.compile("(?iu)\\b" + Lexicons.DEATHS.any() + "\\b");
  private static final Pattern DAY_AFTER = Pattern.compile(
      "(?iu)\\b(?<n>a|one|two|three|\\d) days? after\\b");
  private static final Pattern KILL_BEFORE = Pattern.compile(
      "(?iu)\\b(?:" + Lexicons.DEATHS.any() + "|left|leaving|deaths? of|dejó|dejando|muertes? de)\\s+(?:all\\s+(?:the\\s+)?|a\\s+(?:sus\\s+|los\\s+|las\\s+)?"
          + "|(?:its|their|the)\\s+|(?:a\\s+)?todos\\s+(?:los\\s+|sus\\s+)?)?$");
  private static final Pattern KILL_AFTER = Pattern.compile(
      "(?iu)^\\s*(?:[\\p{L}“”\"'-]+\\s+){0,5}?(?:(?:were|was|have been|had been|are)\\s+)?(?:killed|dead|died|muertos|murieron|fallecieron)\\b");
  private static final Pattern SURVIVOR_COUNT = Pattern.compile(
      "(?iu)^\\s*(?:[\\p{L}-]+\\s+)?" + Lexicons.SURVIVORS.any() + "\\b");
  private static final Pattern ONE_SURVIVOR = Pattern.compile(
      "(?iu)\\b(?:a|one|the|lone|sole|only|un|una|el|la|único|única)\\s+(?:lone\\s+|sole\\s+|only\\s+|único\\s+)?"
          + Lexicons.SURVIVORS.singular() + "\\b");
  /** Survivors with no number: "survivors", "supervivientes", "los que sobrevivieron" (a plural verb; "survived" is both). */
  private static final Pattern SURVIVORS_PLURAL = Pattern.compile("(?iu)\\b(?!survived\\b)" + Lexicons.SURVIVORS.plural() + "\\b");
  private static final Pattern NO_SURVIVORS = Pattern.compile("(?iu)\\bno (?:one )?surviv(?:ors|ed)\\b|\\bnadie sobrevivi");
  private static final Pattern FOLLOW_UP = Pattern.compile(
      "(?iu)\\b(?:follow-?up (?:strike|attack)|second strike to kill|subsequent (?:\\p{L}+ )?strike|double[- ]tap|to kill (?:the )?survivors|kill everybody)\\b");
  private static final Pattern VESSEL_COUNT_NOUN = Pattern.compile("(?iu)^\\s*(?:\\p{L}+\\s+)?" + Lexicons.VESSELS.plural() + "\\b");
  private static final Pattern ONE_VESSEL = Pattern.compile(
      "(?iu)\\b(?:a|an|one|the|un|una|la|el)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + Lexicons.VESSELS.singular() + "\\b");

  private static final Pattern THE_VESSEL = Pattern.compile(
      "(?iu)\\b(?:the|that|this) (?:\\p{L}+ )?(?:" + Lexicons.VESSELS.singular() + "|craft)\\b");
  private static final Pattern SURVIVED = Pattern.compile(
      "(?iu)\\b" + Lexicons.SURVIVORS.any() + "\\b");
  /** A date that says when something was said, not when the strike was: "said on Tuesday", "on Wednesday said". */
  static final Pattern SPEECH_BEFORE = Pattern.compile(
      "(?iu)\\b(?:said|says|announced|told [\\p{L}.]+(?: [\\p{L}.]+)?|posted|wrote|confirmed|reported|added|stated|dijo|anunció|informó"
          + "|confirmó|aseguró|señaló|afirmó|indicó|declaró|publicó|escribió|comunicó|precisó)\\s+(?:on\\s+|el\\s+|este\\s+)?$");
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?iu)\\b(?:since|desde(?: el)?|hasta(?: el)?|until)\\s+$");
  static final Pattern SPEECH_AFTER = Pattern.compile(
      "(?iu)^,?\\s+(?:said|says|announced|confirmed|reported|posted|wrote|dijo|anunció|informó|confirmó|aseguró|señaló|afirmó"
          + "|indicó|declaró|publicó|escribió)\\b");
  private static final Pattern ABOARD = Pattern.compile(
      "(?iu)\\b(?<n>\\d+|eleven|twelve|two|three|four|five|six|seven|eight|nine|ten|once|dos|tres|cuatro|cinco|seis)\\s+"
          + "(?:people|men|persons|crew members|personas|hombres|tripulantes)\\s+(?:were\\s+|had been\\s+)?(?:said to have been\\s+|reportedly\\s+)?(?:on board|aboard|a bordo)\\b");

  private IncidentRules() {}

  /** One sentence's account of a strike. */
  private record Mention(Sentence sentence, DateValue date, boolean dated, boolean announced) {}

  /** A mention's date, and whether it is only the day the strike was announced. */
  private record MentionDate(DateValue date, boolean announced) {}

  static List<Incident> find(Analysis a) {
    List<Mention> mentions = new ArrayList<>();
    Map<Sentence, Sentence> followers = new LinkedHashMap<>(); // "The boat was intercepted off ..." -> its strike
    Sentence lastMention = null;
    Set<Sentence> continuations = new java.util.HashSet<>();
    Mention previous = null;
    for (Sentence s : splitBySea(a.sentences(), continuations)) {
      Matcher strike = STRIKE.matcher(s.text());
      if (OTHER_THEATRES.matcher(s.text()).find()) {
        continue; // "Houthi rebels targeted a vessel in the Red Sea": another war's strike
      }
      boolean continuation = continuations.contains(s); // "..., and one in the Caribbean, killing three"
      boolean entry = continuation
          || TIMELINE_ENTRY.matcher(s.text()).lookingAt() && KILLED_WORD.matcher(s.text()).find();
      if (!strike.find() && !entry) {
        if (lastMention != null && s.paragraph() - lastMention.paragraph() <= 1
            && (THE_VESSEL.matcher(s.text()).find() || SURVIVED.matcher(s.text()).find()
                || (ABOARD_WORD.matcher(s.text()).find() && KILLED_WORD.matcher(s.text()).find())
                || statesToll(a, s))
            && !a.aggregate(s)) {
          followers.put(s, lastMention);
        }
        continue;
      }
      boolean aggregate = a.aggregate(s);
      boolean singular = entry || VESSEL.matcher(s.text()).find() || IN_A_STRIKE.matcher(s.text()).find() || TallyRules.SINGLE_STRIKE.matcher(s.text()).find()
          || FIRST.matcher(s.text()).find() || DATED_STRIKE.matcher(s.text()).find();
      // "A US strike against a drug vessel killed six ..., the latest operation in Trump's campaign":
      // one strike told, though the sentence also names the campaign
      boolean oneStrikeTold = TallyRules.SINGLE_STRIKE.matcher(s.text()).find() || FIRST.matcher(s.text()).find()
          || A_STRIKE.matcher(s.text()).find();
      if (!singular || (!entry && aggregate && !oneStrikeTold)) {
        continue;
      }
      MentionDate md = mentionDate(a, s, entry ? 0 : strike.start());
      if (continuation && !md.date().known() && previous != null) {
        md = new MentionDate(previous.date(), previous.announced()); // the day told in its first half
      }
      DateValue date = md.date();
      previous = new Mention(s, date, date.known() && date.precision() == DatePrecision.DAY, md.announced());
      mentions.add(previous);
      lastMention = s;
    }
    // Group: same day and sea -> one incident; undated mentions join their neighbours. A mention
    // that names another sea than the day's incident, with a toll of its own, is another strike:
    // "two boats in the eastern Pacific, killing eight, and one in the Caribbean, killing three".
    Map<DayKey, List<Sentence>> byDay = new LinkedHashMap<>();
    Map<LocalDate, DayKey> latestOfDay = new java.util.HashMap<>(); // the last group of each day in byDay's order
    Map<DayKey, Boolean> announcedOnly = new LinkedHashMap<>();
    List<Sentence> undated = new ArrayList<>();
    DayKey current = null;
    List<Sentence> beforeAnyDate = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.dated()) {
        current = dayKey(a, m, byDay, announcedOnly, latestOfDay);
        if (!byDay.containsKey(current)) {
          latestOfDay.put(current.day(), current); // a new group goes last
        }
        announcedOnly.merge(current, m.announced(), Boolean::logicalAnd);
        byDay.computeIfAbsent(current, d -> new ArrayList<>()).add(m.sentence());
        if (!beforeAnyDate.isEmpty()) {
          byDay.get(current).addAll(0, beforeAnyDate);
          beforeAnyDate.clear();
        }
      } else if (current != null) {
        byDay.get(current).add(m.sentence());
      } else {
        beforeAnyDate.add(m.sentence());
      }
    }
    undated.addAll(beforeAnyDate);
    // each follower joins every group that holds its mention (groups hold mentions only, so which
    // groups hold one is known before the followers join); looked up, not searched for each
    Map<Sentence, List<List<Sentence>>> groupsOf = new java.util.HashMap<>();
    for (List<Sentence> group : byDay.values()) {
      for (Sentence member : group) {
        List<List<Sentence>> of = groupsOf.computeIfAbsent(member, k -> new ArrayList<>());
        if (of.isEmpty() || of.get(of.size() - 1) != group) {
          of.add(group);
        }
      }
    }
    Set<Sentence> undatedMentions = new java.util.HashSet<>(undated);
    followers.forEach((follower, mention) -> {
      for (List<Sentence> group : groupsOf.getOrDefault(mention, List.of())) {
        group.add(follower);
      }
      if (undatedMentions.contains(mention)) {
        undated.add(follower);
      }
    });
    RegionsBefore regionsBefore = new RegionsBefore(a);
    List<Incident> incidents = new ArrayList<>();
    byDay.forEach((key, sentences) -> {
      Incident incident = build(a, DateValue.ofDay(key.day()), announcedOnly.get(key), sentences, regionsBefore);
      // dated only by when someone spoke ("told ABC News on Sunday"), with no toll and no place:
      // a remark about strikes in general, not a strike
      if (!announcedOnly.get(key) || incident.killed() != null || incident.region() != Region.UNKNOWN) {
        incidents.add(incident);
      }
    });
    if (!undated.isEmpty()) {
      // "the third such strike this month": no day, but the month, when the mentions agree on one
      Set<DateValue> months = new LinkedHashSet<>();
      Set<Sentence> undatedSet = new java.util.HashSet<>(undated);
      for (Mention m : mentions) {
        if (undatedSet.contains(m.sentence()) && m.date().known() && m.date().precision() == DatePrecision.MONTH) {
          months.add(m.date());
        }
      }
      DateValue when = months.size() == 1 ? months.iterator().next() : DateValue.UNKNOWN;
      boolean announced = false;
      if (!when.known()) {
        // no mention dates it: the one day its other sentences give ("The attack took place on
        // Sunday, March 8"), or the day the post that tells it was introduced ("X said on Friday:")
        MentionDate day = onlyDay(a, undated);
        when = day.date();
        announced = day.announced();
      }
      Incident unknownDay = build(a, when, announced, undated, regionsBefore);
      if (unknownDay.killed() != null) {
        incidents.add(unknownDay); // an undated strike is worth recording only with its toll
      }
    }
    return onlyRegionNamed(a, incidents);
  }

  /**
   * The one day that the {@code sentences} of an undated strike, or a sentence ending with a colon
   * just before one of them (which introduces a quoted post), give; {@link DateValue#UNKNOWN} when
   * they give none or several, or only a day something was counted from ("since Sept. 2"). A day
   * said only by the introduction, or next to a verb of saying, is the day the strike was announced.
   */
  private static MentionDate onlyDay(Analysis a, List<Sentence> sentences) {
    Set<Sentence> own = new java.util.HashSet<>(sentences);
    Set<Sentence> sources = new LinkedHashSet<>(sentences);
    List<Sentence> all = a.sentences();
    for (Sentence s : sentences) {
      if (s.index() > 0 && s.index() <= all.size()) {
        Sentence before = all.get(s.index() - 1);
        if (before.text().stripTrailing().endsWith(":")) {
          sources.add(before);
        }
      }
    }
    Set<DateValue> days = new LinkedHashSet<>();
    boolean announced = true;
    for (Sentence s : sources) {
      for (DateMention d : a.dates(s)) {
        String before = s.text().substring(0, d.start());
        if (d.value().known() && d.value().precision() == DatePrecision.DAY && !SINCE_BEFORE.matcher(before).find()) {
          days.add(strikeDay(a, d));
          announced &= !own.contains(s) || SPEECH_BEFORE.matcher(before).find()
              || SPEECH_AFTER.matcher(s.text().substring(d.end())).find();
        }
      }
    }
    return days.size() == 1 ? new MentionDate(days.iterator().next(), announced) : new MentionDate(DateValue.UNKNOWN, false);
  }

  /**
   * An incident whose sentences name no sea takes the article's, when the article names only one:
   * "The military then struck two more vessels on Wednesday" in a report on the eastern Pacific.
   */
  private static List<Incident> onlyRegionNamed(Analysis a, List<Incident> incidents) {
    if (incidents.stream().noneMatch(i -> i.region() == Region.UNKNOWN)) {
      return incidents;
    }
    Set<Region> named = new LinkedHashSet<>();
    for (Sentence s : a.sentences()) {
      RegionMatch r = a.region(s);
      if (r != null) {
        named.add(r.region());
      }
    }
    if (named.size() != 1) {
      return incidents;
    }
    Region only = named.iterator().next();
    LocalDate latest = incidents.stream().filter(i -> i.date().known() && i.date().day() != null)
        .map(i -> i.date().day()).max(LocalDate::compareTo).orElse(null);
    return incidents.stream()
        .map(i -> i.region() != Region.UNKNOWN || background(i, latest) ? i : new Incident(i.date(), i.dateFromAnnouncement(), only, i.place(),
            i.vessels(), i.killed(), i.survivors(), i.followUpStrike(), i.claimedAffiliation(), i.claimedCargo(), i.evidence()))
        .toList();
  }

  /**
   * Whether {@code i} is a strike told in background, more than a week before the latest strike the
   * report tells ("the first strike, on Sept. 2" in a report on the Pacific): the report's sea is
   * not its sea.
   */
  private static boolean background(Incident i, @Nullable LocalDate latest) {
    return latest != null && i.date().known() && i.date().day() != null && i.date().day().isBefore(latest.minusDays(7));
  }

  /** One strike's group: its day, and its sea when a mention names one. */
  private record DayKey(LocalDate day, Region region) {}

  /**
   * The group a dated mention joins: the day's group of its sea; a group of the day with no sea
   * yet takes this one; a mention with a sea of its own and its own toll opens another group;
   * otherwise the day's latest group.
   */
  private static DayKey dayKey(Analysis a, Mention m, Map<DayKey, List<Sentence>> groups, Map<DayKey, Boolean> announced,
      Map<LocalDate, DayKey> latestOfDay) {
    LocalDate day = m.date().day();
    RegionMatch r = a.region(m.sentence());
    Region sea = r == null ? Region.UNKNOWN : r.region();
    DayKey own = new DayKey(day, sea);
    if (groups.containsKey(own)) {
      return own;
    }
    DayKey latest = latestOfDay.get(day);
    if (latest == null || sea == Region.UNKNOWN) {
      return latest == null ? own : latest;
    }
    if (latest.region() == Region.UNKNOWN) {
      // the day's group learns its sea: re-key it, keeping its place and its sentences
      List<Sentence> sentences = groups.remove(latest);
      Boolean wasAnnounced = announced.remove(latest);
      groups.put(own, sentences);
      announced.put(own, wasAnnounced);
      latestOfDay.put(day, own);
      return own;
    }
    return hasToll(m.sentence().text()) ? own : latest;
  }

  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?u)(?:,\\s+and\\s+|;\\s+|,\\s+y\\s+)");

  /**
   * Sentences that tell strikes in two seas, each with its own toll, split in two at the clause
   * break before the second sea: "... two boats in the eastern Pacific, killing eight people, and
   * one in the Caribbean, killing three". Other sentences are kept whole.
   */
  private static List<Sentence> splitBySea(List<Sentence> sentences, Set<Sentence> continuations) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      String t = s.text();
      if (!KILLED_WORD.matcher(t).find()) {
        out.add(s); // both halves need a toll: most sentences are kept whole without the sea patterns
        continue;
      }
      Region first = null;
      int firstStart = Integer.MAX_VALUE;
      int firstEnd = -1;
      int secondStart = -1;
      for (Lexicons.RegionPhrase phrase : Lexicons.REGIONS) {
        Matcher m = phrase.pattern().matcher(t);
        if (m.find() && m.start() < firstStart) {
          first = phrase.region();
          firstStart = m.start();
          firstEnd = m.end();
        }
      }
      if (first != null) {
        for (Lexicons.RegionPhrase phrase : Lexicons.REGIONS) {
          if (phrase.region() == first) {
            continue;
          }
          Matcher m = phrase.pattern().matcher(t);
          if (m.find(firstEnd) && (secondStart < 0 || m.start() < secondStart)) {
            secondStart = m.start();
          }
        }
      }
      int cut = -1;
      int rest = -1;
      if (secondStart > 0) {
        for (Matcher b = CLAUSE_BREAK.matcher(t).region(firstEnd, secondStart); b.find(); ) {
          cut = b.start();
          rest = b.end();
        }
      }
      if (cut < 0 || !hasToll(t.substring(0, cut)) || !hasToll(t.substring(cut))) {
        out.add(s);
        continue;
      }
      out.add(new Sentence(s.index(), s.start(), s.start() + cut, s.paragraph(), t.substring(0, cut)));
      Sentence second = new Sentence(s.index(), s.start() + rest, s.end(), s.paragraph(), t.substring(rest));
      out.add(second);
      continuations.add(second);
    }
    return out;
  }

  /**
   * A sentence that gives a toll without naming a strike and without a day of its own: "The
   * strike resulted in the deaths of four individuals", "three male narco-terrorists on board
   * were killed". Told right after a strike, it is that strike's toll.
   */
  private static boolean statesToll(Analysis a, Sentence s) {
    if (!KILLED_WORD.matcher(s.text()).find()
        || a.dates(s).stream().anyMatch(d -> d.value().known() && d.value().precision() == DatePrecision.DAY)) {
      return false;
    }
    for (CountMention c : a.counts(s)) {
      String before = s.text().substring(0, c.start());
      if (KILL_BEFORE.matcher(before).find() || KILL_AFTER.matcher(s.text().substring(c.end())).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasToll(String clause) {
    return KILLED_WORD.matcher(clause).find() && !Counts.find(clause).isEmpty();
  }

  private static MentionDate mentionDate(Analysis a, Sentence s, int strikeAt) {
    List<DateMention> dates = a.dates(s);
    DateMention nearest = null;
    DateMention spoken = null;
    for (DateMention d : dates) {
      if (!d.value().known()) {
        continue;
      }
      if (SINCE_BEFORE.matcher(s.text().substring(0, d.start())).find()) {
        continue; // "the twelfth such attack since September 2": when the count began, not this strike
      }
      if (SPEECH_BEFORE.matcher(s.text().substring(0, d.start())).find() || SPEECH_AFTER.matcher(s.text().substring(d.end())).find()) {
        spoken = spoken == null ? d : spoken;
        continue;
      }
      if (nearest == null || distance(d, strikeAt) < distance(nearest, strikeAt)) {
        nearest = d;
      }
    }
    Matcher after = DAY_AFTER.matcher(s.text());
    boolean announced = false;
    boolean dayNear = nearest != null && nearest.value().precision() == DatePrecision.DAY;
    if (!dayNear && spoken != null && spoken.value().precision() == DatePrecision.DAY
        && (!FIRST.matcher(s.text()).find() || after.find())) {
      nearest = spoken; // "said on Monday that the military had struck a boat": announced that day, struck then or before
      announced = true;
    }
    after.reset();
    if (nearest != null && after.find() && after.end() <= strikeAt && nearest.value().precision() == DatePrecision.DAY) {
      String n = after.group("n").toLowerCase(java.util.Locale.ROOT);
      int days = switch (n) {
        case "a", "one" -> 1;
        case "two" -> 2;
        case "three" -> 3;
        default -> Integer.parseInt(n);
      };
      return new MentionDate(DateValue.ofDay(nearest.value().day().minusDays(days)), false);
    }
    if ((nearest == null || nearest.value().precision() != DatePrecision.DAY) && FIRST.matcher(s.text()).find()
        && !SEQUENCE.matcher(s.text()).find()) {
      return new MentionDate(DateValue.ofDay(Lexicons.FIRST_STRIKE), false);
    }
    return new MentionDate(nearest == null ? DateValue.UNKNOWN : strikeDay(a, nearest), announced);
  }

  /**
   * The day of a strike told by {@code d}: a yearless day or month ("Feb. 13", "in May") that would
   * fall before the campaign's first strike is the next year's, since no strike of the campaign
   * precedes it, unless that would put it after the latest day the report can be from ({@code
   * latest}, null when nothing bounds it): an article cannot predate what it reports.
   */
  static DateValue strikeDay(DateMention d, @Nullable LocalDate latest) {
    DateValue v = d.value();
    if (!d.relative() || !v.known()) {
      return v;
    }
    if (v.precision() == DatePrecision.DAY && v.day().isBefore(Lexicons.FIRST_STRIKE)
        && (latest == null || !v.day().plusYears(1).isAfter(latest))) {
      return DateValue.ofDay(v.day().plusYears(1));
    }
    java.time.YearMonth month = v.precision() == DatePrecision.MONTH ? java.time.YearMonth.from(v.day()) : null;
    if (month != null && month.isBefore(java.time.YearMonth.from(Lexicons.FIRST_STRIKE))
        && (latest == null || !month.plusYears(1).atDay(1).isAfter(latest))) {
      return DateValue.ofMonth(month.plusYears(1));
    }
    return v;
  }

  /** {@link #strikeDay(DateMention, LocalDate)} for the document {@code a} reads. */
  static DateValue strikeDay(Analysis a, DateMention d) {
    return strikeDay(d, a.anchor().to());
  }

  /** Whether {@code sentence} tells of a strike on a boat: its days are strike days. */
  static boolean tellsStrikeOnVessel(String sentence) {
    return STRIKE.matcher(sentence).find() && VESSEL.matcher(sentence).find();
  }

  private static int distance(DateMention d, int at) {
    return d.end() <= at ? at - d.end() : Math.max(0, d.start() - at);
  }

  private static Incident build(Analysis a, DateValue date, boolean announced, List<Sentence> sentences,
      RegionsBefore regionsBefore) {
    List<Sentence> ordered = sentences.stream().distinct().sorted(java.util.Comparator.comparingInt(Sentence::start)).toList();
    CountRange killed = null;
    CountRange survivors = null;
    Integer vessels = null;
    Boolean followUp = null;
    Region region = Region.UNKNOWN;
    String place = null;
    Set<String> affiliation = new LinkedHashSet<>();
    Set<String> cargo = new LinkedHashSet<>();
    List<Span> evidence = new ArrayList<>();
    for (Sentence s : ordered) {
      String t = s.text();
      evidence.add(a.span(s));
      List<CountMention> campaign = TallyRules.campaignCounts(a, s);
      for (CountMention c : a.counts(s)) {
        if (campaign.contains(c)) {
          continue; // "one of the 35 strikes that have killed at least 115 people": the campaign's, not this strike's
        }
        String before = t.substring(0, c.start());
        String after = t.substring(c.end());
        boolean ofVessels = VESSEL_COUNT_NOUN.matcher(after).find(); // "strikes on four vessels ... killed 14"
        if (KILL_BEFORE.matcher(before).find() && SURVIVOR_COUNT.matcher(after).lookingAt()) {
          // "a second strike killed two survivors": the follow-up, and how many lived through the first
          followUp = true;
          survivors = survivors == null ? c.count().range() : survivors;
          continue;
        }
        if (killed == null && (KILL_BEFORE.matcher(before).find() || (!ofVessels && KILL_AFTER.matcher(after).find()))) {
          killed = c.count().range();
        } else if (survivors == null && SURVIVOR_COUNT.matcher(after).find()) {
          survivors = c.count().range();
        } else if (vessels == null && ofVessels) {
          vessels = c.count().value();
        }
      }
      if (survivors == null && NO_SURVIVORS.matcher(t).find()) {
        survivors = CountRange.exactly(0);
      } else if (survivors == null && SURVIVORS_PLURAL.matcher(t).find()) {
        survivors = new CountRange(2, null); // plural, no number: at least two
      } else if (survivors == null && ONE_SURVIVOR.matcher(t).find()) {
        survivors = CountRange.exactly(1); // "searching for a survivor", "y un sobreviviente"
      }
      if (vessels == null && ONE_VESSEL.matcher(t).find() && STRIKE.matcher(t).find()) {
        vessels = 1;
      }
      if (FOLLOW_UP.matcher(t).find()) {
        followUp = true;
      }
      RegionMatch r = a.region(s);
      if (r != null && region == Region.UNKNOWN) {
        region = r.region();
        place = r.place();
      }
      Matcher g = Lexicons.ARMED_GROUPS.pattern().matcher(t);
      while (g.find()) {
        affiliation.add(Lexicons.ARMED_GROUPS.canonical(g.group()));
      }
      cargo.addAll(CargoWords.find(t));
    }
    if (region == Region.UNKNOWN && !ordered.isEmpty()) {
      // "Drug running in the Caribbean ... The lethal strike on Sept. 2, for instance, ...": the
      // nearest region named before the first mention in its paragraph
      for (Sentence mention : ordered) {
        region = regionsBefore.lastBefore(mention);
        if (region != Region.UNKNOWN) {
          break;
        }
      }
    }
    if (killed == null && survivors == null) {
      for (Sentence s : ordered) {
        Matcher aboard = ABOARD.matcher(s.text());
        if (aboard.find()) {
          Integer n = aboard.group("n").matches("\\d+") ? Integer.valueOf(aboard.group("n")) : Counts.wordValue(aboard.group("n"));
          if (n != null) {
            killed = CountRange.exactly(n); // everyone aboard a struck boat, when no one is said to have survived
          }
          break;
        }
      }
    }
    return new Incident(date, announced, region, place, vessels, killed, survivors, followUp, List.copyOf(affiliation),
        List.copyOf(cargo), evidence);
  }

  record RegionMatch(Region region, String place) {}

  /**
   * The sea named last before a sentence in its paragraph: for each paragraph asked about, the
   * regions of its sentences are read once, and the sea named last up to each sentence is kept, so
   * that an incident does not read its paragraphs again for every one of its mentions.
   */
  private static final class RegionsBefore {
    private final Analysis a;
    private @Nullable Map<Integer, List<Sentence>> byParagraph;
    private final Map<Integer, Region[]> lastUpTo = new java.util.HashMap<>();

    RegionsBefore(Analysis a) {
      this.a = a;
    }

    /** The region of the last sentence of {@code mention}'s paragraph that starts before it and names one. */
    Region lastBefore(Sentence mention) {
      if (!a.sentenceIndex().ordered()) { // never for the extractor's sentences; the plain reading
        Region region = Region.UNKNOWN;
        for (Sentence s : a.sentences()) {
          if (s.paragraph() == mention.paragraph() && s.start() < mention.start()) {
            RegionMatch r = a.region(s);
            region = r != null ? r.region() : region;
          }
        }
        return region;
      }
      if (byParagraph == null) {
        byParagraph = new java.util.HashMap<>();
        for (Sentence s : a.sentences()) {
          byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
        }
      }
      List<Sentence> paragraph = byParagraph.getOrDefault(mention.paragraph(), List.of());
      Region[] last = lastUpTo.computeIfAbsent(mention.paragraph(), k -> {
        Region[] up = new Region[paragraph.size()];
        Region region = Region.UNKNOWN;
        for (int i = 0; i < up.length; i++) {
          RegionMatch r = a.region(paragraph.get(i));
          region = r != null ? r.region() : region;
          up[i] = region;
        }
        return up;
      });
      int lo = 0; // the sentences in order, so those that start before the mention come first
      int hi = paragraph.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (paragraph.get(mid).start() < mention.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? Region.UNKNOWN : last[lo - 1];
    }
  }

  /** The longest region phrase in {@code text}, if any. */
  static @Nullable RegionMatch region(String text) {
    RegionMatch best = null;
    for (Lexicons.RegionPhrase phrase : Lexicons.REGIONS) {
      Matcher m = phrase.pattern().matcher(text);
      while (m.find()) {
        if (best == null || m.group().length() > best.place().length()) {
          best = new RegionMatch(phrase.region(), m.group().strip());
        }
      }
    }
    return best;
  }
}
