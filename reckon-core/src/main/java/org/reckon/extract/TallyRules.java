package org.reckon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.Bound;
import org.reckon.model.Count;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Span;
import org.reckon.model.Tally;
import org.reckon.model.TallyMetric;

/**
 * Campaign tallies: cumulative counts of the dead, the strikes, the boats and the survivors.
 *
 * <p>A count is a tally when its sentence speaks of many strikes or of a running total ("so far",
 * "since the attacks began", "bringing the death toll to", "a string of strikes", "the strikes
 * have killed") and does not single out one strike ("the first attack", "Tuesday's strike"):
 * a cumulative total is a tally, never an incident. The metric comes from the noun the count
 * qualifies (people, boats, strikes, survivors) or, for the dead, from a word of killing near it.
 */
final class TallyRules {
  static final Pattern PLURAL_STRIKES = Pattern.compile(
      "(?iu)\\b(?:strikes|attacks|airstrikes|air strikes|bombings|operations against|ataques|bombardeos|operaciones)\\b");
  static final Pattern CUMULATIVE = Pattern.compile(
      "(?iu)\\b(?:so far|in total|in all|to date|death toll|toll|bringing|brings|total(?:ing)?|string of|series of|"
          + "campaign|since (?:the|early|mid|late|it|they|then|sept|september|october|november|december|aug)|"
          + "hasta (?:ahora|la fecha)|en total|desde (?:el inicio|que|entonces|hace|agosto|septiembre|octubre|noviembre|diciembre|principios)|balance|cifra)\\b");
  /** Words that always speak of the running total, even in a sentence about one strike. */
  static final Pattern RUNNING_TOTAL = Pattern.compile(
      "(?iu)\\b(?:death toll|the toll|so far|in total|to date|total of|bringing the|brings the|hasta ahora|en total|cifra total"
          + "|elevando a|eleva a|elevó a|con lo que (?:suman|ya son)|ya son|la cifra de muertos|con un saldo de|saldo de"
          + "|now stands at|stands at|rose to|has risen to|climbed to|brought the|ya suman|suman ya|suman|ya suma|suma ya"
          + "|asciende a|ascendió a|ya asciende|se contabilizan|acumulaban|acumula|ha dejado|han dejado)\\b");
  /** A day named as when something happened (not "since"): a weekday, a month and day, yesterday. */
  static final Pattern ONE_DAY = Pattern.compile(
      "(?iu)(?<!since )(?<!desde el )\\b(?:on |el )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
          + "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer)\\b|(?<!since )\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b");
  static final Pattern SINGLE_STRIKE = Pattern.compile(
      "(?iu)\\b(?:the first (?:\\w+ )?(?:strike|attack)|the (?:second|third|latest|most recent|last|lethal|deadly) (?:strike|attack)"
          + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s (?:[\\p{L}.-]+ ){0,2}?(?:strike|attack)"
          + "|(?:struck|hit|attacked|destroyed|bombardeó|atacó|destruyó)\\s+(?:\\p{L}+\\s+){0,3}?(?:a|an|one|una|un)\\s+"
          + "(?:[\\p{L}-]+\\s+){0,2}?(?:boat|vessel|semi-submersible|lancha|embarcación|semisumergible|barco)"
          + "|a (?:single )?(?:strike|attack) on|(?:a|an|another) (?:[\\p{L}.'’-]+ ){1,3}?(?:strike|airstrike|attack)(?!s)"
          + "|(?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|fresh|"
          + "separate|further|\\d{1,3}(?:st|nd|rd|th)) (?:(?:such|u\\.s\\.|lethal|deadly|military) )?(?:strike|attack)|another (?:strike|attack)"
          + "|the (?:lethal |deadly |latest |u\\.s\\. )?(?:strike|attack) on|the \\p{L}+\\.? \\d{1,2} (?:strike|attack))\\b");
  /** A word of the dead, or of a toll: "126 dead", "the death toll", "148 lives", "víctimas mortales". */
  private static final Pattern KILL = Pattern.compile(
      "(?iu)\\b(?:" + Lexicons.DEATHS.any() + "|death toll|lives|fatalities|víctimas(?: mortales)?)\\b");
  /** The toll, then what it came to, then the count: "the death toll ... rose to", "the number of people killed to". */
  private static final Pattern TOLL_AT = Pattern.compile(
      "(?iu)\\b(?:death toll|toll|number of (?:dead|deaths|people killed)|cifra de (?:muertos|fallecidos)|saldo|número de muertos)"
          + "\\b(?:U\\.S\\.|EE\\.UU\\.|[^.;]){0,200}?\\b(?:at|to|of|reached|hit|passed|topped|en|a|de)\\s+(?:at least |more than |nearly |almost |about |al menos |más de |casi )?$");
  private static final Pattern PEOPLE = Pattern.compile(
      "(?iu)^(?:people|persons?|men|women|individuals|lives|civilians|fishermen|crew|alleged|suspected|"
          + "narco-?terrorists|terrorists|smugglers|traffickers|victims|personas|hombres|muertos|tripulantes|presuntos|víctimas)$");
  /** Boats counted, in the plural (one boat is no tally): the campaign's boats, or ships or craft ("strikes on at least 26 boats"). */
  private static final Pattern VESSELS = Pattern.compile("(?iu)(?:" + Lexicons.VESSELS.plural() + "|ships|crafts?)(?![\\p{L}-])");
  private static final Pattern STRIKES = Pattern.compile(
      "(?iu)^(?:strikes|attacks|airstrikes|operations|ataques|bombardeos|operativos|operaciones|acciones)$");
  private static final Pattern SURVIVORS = Pattern.compile("(?iu)^(?:survivors|rescued|sobrevivientes|supervivientes|rescatados)$");
  /** Words that may stand between a count and its noun: "19 confirmed strikes", "2 known survivors". */
  private static final Pattern MODIFIER = Pattern.compile(
      "(?iu)^(?:confirmed|known|reported|publicly|announced|acknowledged|lethal|deadly|separate|military|u|s|us|american|such|maritime|naval"
          + "|boat|air|more|conocidos|confirmados|letales)$");

  /** More strikes or boats than the largest single announcement so far (three strikes on four boats). */
  private static final int MANY = 6;
  private static final Pattern STRIKES_OR_BOATS_AFTER = Pattern.compile(
      "(?iu)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:strikes|attacks|airstrikes|ataques|bombardeos|" + Lexicons.VESSELS.plural() + ")\\b");
  /** Strikes, then what they have killed, then the count: the campaign's toll however the sentence began. */
  private static final Pattern STRIKES_HAVE_KILLED = Pattern.compile(
      "(?iu)\\b(?:strikes|attacks|airstrikes|ataques|bombardeos|operations|operaciones|campaign|campaña|operación|ofensiva)\\b"
          + "[^.;]{0,80}?\\b(?:have|has|had|han|ha|habían|había)"
          + "\\s+(?:now\\s+|so far\\s+|already\\s+|ya\\s+)?(?:killed|left|dejado|matado(?: a)?|causado|cobrado la vida de"
          + "|provocado la muerte de)\\s+(?:at least |more than |nearly |almost |about |over |al menos |por lo menos |más de |casi"
          + " |aproximadamente |alrededor de |un total de |a total of )?$");
  /** The count, then that they have been killed in strikes: "at least 148 people have been killed in similar operations". */
  private static final Pattern KILLED_IN_STRIKES_AFTER = Pattern.compile(
      "(?iu)\\s+(?:\\p{L}+\\s+)?(?:have|had|han|habían)\\s+(?:been\\s+killed|died|muerto|sido asesinad[oa]s)"
          + "\\s+(?:in|by|across|en)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:strikes|attacks|operations|ataques|operaciones|bombardeos)\\b");
  /** A perfect tense: what the strikes have done so far. */
  private static final Pattern PERFECT = Pattern.compile("(?iu)\\b(?:have|has|had|han|ha|habían|había)\\b");
  /** A few strikes or boats counted: one announcement's events, "two strikes on vessels", "strikes on three boats". */
  private static final Pattern NUMBERED_EVENT = Pattern.compile(
      "(?iu)\\b(?:two|three|four|five|2|3|4|5|dos|tres|cuatro|cinco)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:strikes|attacks|ataques|bombardeos)\\b"
          + "|\\b(?:strikes|attacks|ataques|bombardeos)\\s+(?:on|against|contra|a)\\s+(?:two|three|four|five|2|3|4|5|dos|tres|cuatro|cinco)\\s");
  /** A strike word: an ordinal told without its noun ("the 14th since September") counts strikes only beside one. */
  private static final Pattern STRIKE_WORD = Pattern.compile("(?iu)\\b(?:strikes?|attacks?|ataques?|bombardeos?)\\b");
  private static final Pattern NTH_STRIKE = Pattern.compile(
      "(?iu)\\b(at least |al menos )?(?:the|its|their|el|su) (\\d{1,3}(?:st|nd|rd|th)|" + Counts.ORDINAL_WORD + ") "
          + "(?:(?:such |known |u\\.s\\. |american |lethal |deadly |military |publicly known |reported )?(?:strike|attack|operation|incident|ataque|bombardeo|operación|operativo|incidente)\\b"
          + "(?!s)(?!\\s+(?:\\p{L}+\\s+){0,2}?(?:this|of the day|in the (?:pacific|caribbean)|in the eastern pacific|on the same|that day"
          + "|alone|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|of (?:the year|20\\d\\d))\\b)"
          + "|(?=since |of the campaign|in the campaign|such|de este tipo|desde |de la campaña))");
  /** One strike told before the running total in the same sentence: "killed four people in a strike ..., bringing". */
  private static final Pattern ONE_STRIKE = Pattern.compile("(?iu)\\b(?:in|with|by) a (?:[\\p{L}-]+ ){0,2}?(?:strike|attack)\\b");

  private TallyRules() {}

  static List<Tally> find(Analysis a) {
    List<Tally> tallies = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      Matcher nth = NTH_STRIKE.matcher(s.text());
      if (nth.find() && STRIKE_WORD.matcher(s.text()).find()) {
        // "It was at least the 14th strike since early September": a count of strikes
        Bound bound = nth.group(1) != null ? Bound.AT_LEAST : Bound.EXACT;
        Integer n = Counts.ordinalValue(nth.group(2));
        if (n != null && n > 2) { // "the second strike" is mostly the follow-up on one boat, not a count
          tallies.add(new Tally(TallyMetric.STRIKES, Count.of(n, bound), a.asOf(), List.of(a.span(s, nth.start(), nth.end()))));
        }
      }
      for (CountMention c : campaignCounts(a, s)) {
        TallyMetric metric = metric(s.text(), c);
        Span evidence = a.span(s, clauseStart(s.text(), c.start()), clauseEnd(s.text(), c.end()));
        tallies.add(new Tally(metric != null ? metric : TallyMetric.KILLED, c.count(), a.asOf(), List.of(evidence)));
      }
    }
    return once(tallies);
  }

  /**
   * The counts of {@code s} that count the campaign, not one strike: those of a sentence about many
   * strikes or a running total, after the running total when one strike is told before it ("The
   * military killed four people in a strike on Wednesday, bringing the total to at least 61": the
   * four are that strike's), outside a clause about one strike, and with a metric. An incident's
   * toll is never one of them.
   */
  static List<CountMention> campaignCounts(Analysis a, Sentence s) {
    if (!a.aggregate(s)) {
      // "The strike on Oct. 21 was one of the 35 strikes that have killed at least 115 people"
      List<CountMention> told = new ArrayList<>();
      for (CountMention c : a.counts(s)) {
        if (STRIKES_HAVE_KILLED.matcher(s.text().substring(Math.max(0, c.start() - 120), c.start())).find()
            || KILLED_IN_STRIKES_AFTER.matcher(s.text()).region(c.end(), s.text().length()).lookingAt()) {
          told.add(c);
        }
      }
      return told;
    }
    Matcher total = RUNNING_TOTAL.matcher(s.text());
    int totalAt = -1;
    if (total.find()) {
      String before = s.text().substring(0, total.start());
      if (SINGLE_STRIKE.matcher(before).find() || ONE_DAY.matcher(before).find() || ONE_STRIKE.matcher(before).find()) {
        totalAt = total.start();
      }
    }
    List<CountMention> counts = new ArrayList<>();
    for (CountMention c : a.counts(s)) {
      if (c.end() > totalAt && !oneStrikesClause(s.text(), c) && metric(s.text(), c) != null) {
        counts.add(c);
      }
    }
    return counts;
  }

  /** Each figure once per document (annotation guide): the first sentence that gives it is its evidence. */
  private static List<Tally> once(List<Tally> tallies) {
    java.util.Map<List<Object>, Tally> first = new java.util.LinkedHashMap<>();
    for (Tally t : tallies) {
      first.putIfAbsent(List.of(t.metric(), t.count().value(), t.count().bound()), t);
    }
    return List.copyOf(first.values());
  }

  /** Whether the count sits in a clause about one strike: "..., when a strike on a boat killed five people". */
  private static boolean oneStrikesClause(String sentence, CountMention c) {
    int from = Math.max(sentence.lastIndexOf(',', c.start()), sentence.lastIndexOf(';', c.start())) + 1;
    int comma = sentence.indexOf(',', c.end());
    int to = comma < 0 ? sentence.length() : comma;
    String clause = sentence.substring(from, to);
    return !RUNNING_TOTAL.matcher(clause).find() && !CUMULATIVE.matcher(clause).find()
        && (SINGLE_STRIKE.matcher(clause).find() || ONE_STRIKE.matcher(clause).find());
  }

  static boolean isAggregate(String sentence) {
    if (RUNNING_TOTAL.matcher(sentence).find() || manyStrikesOrBoats(sentence)) {
      return true; // "the latest attack brings the death toll to 87" is about the total
    }
    if (CUMULATIVE.matcher(sentence).find()) {
      return !SINGLE_STRIKE.matcher(sentence).find();
    }
    // "three strikes on four boats on Monday killed 14" is one day's events, not a total; without
    // a cumulative word, only a perfect tense speaks of the campaign: "the strikes have killed 83",
    // not "Strikes on alleged drug boats kill 5" or "two strikes on vessels ..., killing six"
    return PLURAL_STRIKES.matcher(sentence).find() && !SINGLE_STRIKE.matcher(sentence).find()
        && !ONE_DAY.matcher(sentence).find()
        && (manyStrikesOrBoats(sentence) || PERFECT.matcher(sentence).find() && !NUMBERED_EVENT.matcher(sentence).find());
  }

  /**
   * Whether {@code sentence} counts more strikes or boats than one announcement ever tells
   * ("the more than 40 known strikes", "16 boats destroyed", "unos cuarenta ataques"): such a
   * count is the campaign's.
   */
  private static boolean manyStrikesOrBoats(String sentence) {
    for (CountMention c : Counts.find(sentence)) {
      if (c.count().value() >= MANY && STRIKES_OR_BOATS_AFTER.matcher(sentence.substring(c.end())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the total number of known boat strikes to 28", "the number of people who have been killed in
   * boat strikes ... to at least 168": a number of something, then what it came to, then the count.
   */
  private static final Pattern NUMBER_OF_TO = Pattern.compile(
      "(?iu)\\b(?:number|count|tally|cifra|número) (?:of|de) (?<what>(?:U\\.S\\.|EE\\.UU\\.|[^.;]){1,160}?)\\s+(?:to|at|reached|hit|passed|topped|a|en)"
          + "\\s+(?:at least |more than |nearly |almost |about |over |al menos |más de |casi )?$");

  /** What a "number of WHAT" counts, by the first word of WHAT that says (people or deaths, strikes, boats). */
  private static @Nullable TallyMetric numberOf(String what) {
    for (String w : what.split("[^\\p{L}-]+")) {
      if (PEOPLE.matcher(w).matches() || KILL.matcher(w).matches()) {
        return TallyMetric.KILLED;
      }
      if (STRIKES.matcher(w).matches()) {
        return TallyMetric.STRIKES;
      }
      if (VESSELS.matcher(w).matches()) {
        return TallyMetric.VESSELS;
      }
    }
    return null;
  }

  private static @Nullable TallyMetric metric(String sentence, CountMention c) {
    Matcher numberOf = NUMBER_OF_TO.matcher(sentence.substring(0, c.start()));
    if (numberOf.find()) {
      TallyMetric m = numberOf(numberOf.group("what"));
      if (m != null) {
        return m;
      }
    }
    String following = sentence.substring(c.end()).replaceFirst("^[\\s“”\"']+", "");
    String[] words = following.split("[^\\p{L}-]+", 6);
    if (words.length > 0 && KILL.matcher(words[0]).matches()) {
      return TallyMetric.KILLED; // "126 dead", "133 deaths", "67 killed"
    }
    int at = 0;
    for (int i = 0; i < Math.min(4, words.length); i++) {
      String w = words[i];
      at = Math.max(at, following.indexOf(w, at));
      // read where the word stands, so that a noun's own exceptions can look past it ("buques de guerra")
      if (!w.isEmpty() && VESSELS.matcher(following).region(at, following.length()).lookingAt()) {
        return TallyMetric.VESSELS;
      }
      if (STRIKES.matcher(w).matches()) {
        return TallyMetric.STRIKES;
      }
      if (SURVIVORS.matcher(w).matches()) {
        return TallyMetric.SURVIVORS;
      }
      if (i > 0 && KILL.matcher(w).matches()) {
        return TallyMetric.KILLED; // "67 reported killed", "87 victims killed"
      }
      if (!PEOPLE.matcher(w).matches() && !MODIFIER.matcher(w).matches() && !w.equalsIgnoreCase("drug")
          && !w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("de")) {
        break;
      }
    }
    boolean people = words.length > 0 && (PEOPLE.matcher(words[0]).matches()
        || words[0].matches("(?iu)the|los|las|el|la")); // "ya son al menos 79 los muertos"
    // "killed 11", "11 people killed", "killing at least 99 people"
    int from = Math.max(0, c.start() - 40);
    int to = Math.min(sentence.length(), c.end() + 40);
    if ((people || words.length == 0 || words[0].isEmpty()) && KILL.matcher(sentence.substring(from, to)).find()) {
      return TallyMetric.KILLED;
    }
    if (TOLL_AT.matcher(sentence.substring(0, c.start())).find()) {
      return TallyMetric.KILLED; // "The death toll from the campaign now stands at 43", "rose to 104 on Thursday"
    }
    return null;
  }

  /** Where the clause holding a count starts: after the previous comma-joined clause or sentence start. */
  static int clauseStart(String sentence, int at) {
    int start = Math.max(sentence.lastIndexOf(". ", at), Math.max(sentence.lastIndexOf("; ", at), sentence.lastIndexOf(" — ", at)));
    return start < 0 ? 0 : start + 2;
  }

  static int clauseEnd(String sentence, int at) {
    int end = sentence.length();
    for (String stop : List.of("; ", " — ", ". ")) {
      int i = sentence.indexOf(stop, at);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return end;
  }
}
