package org.reckon.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.extract.CargoWords;
import org.reckon.extract.Tolls;
import org.reckon.model.Claim;
import org.reckon.model.ClaimReading;
import org.reckon.model.Contradiction;
import org.reckon.model.SourcedClaim;
import org.reckon.model.SpeakerType;

/**
 * Links claims that disagree on one field: who the dead belonged to, who they were, what the boat
 * carried, where it was going, how many died.
 *
 * <p>Design note. Each field is read from the claim's own words with a small rule, because the
 * campaign's claims disagree in a handful of set ways: officials say the dead were members of a
 * named group, "narco-terrorists", on a boat "carrying drugs" "headed to the United States";
 * relatives, analysts and lawmakers answer "they were fishermen", "none of them had anything to do
 * with" the group, "there are never eleven people on a drug boat", "the drugs go to Europe". A
 * claim asserts a field when it states it and disputes it when it negates or rejects it, or when
 * it gives another value (fishermen against terrorists, Europe against the United States, 3 dead
 * against 4). Each field and subject with both sides is one contradiction; both sides are kept
 * with their speakers and sources and nothing is decided. A claim that weighs both values ("one
 * thing to be a narco-terrorist and another to be a fisherman") takes no side.
 */
public final class Contradictions {
  static final Pattern PEOPLE_STRUCK = Pattern.compile(
      "(?iu)\\b(?:men|people|members|member|crew|those killed|the dead|aboard|on board|boat|ship|vessel|victims|"
          + "fishermen|none of them|they were|all \\d+|the \\d+|\\d+|hombres|personas|miembros|lancha|embarcación|"
          + "tripulantes|eran)\\b");
  static final Pattern DISPUTE = Pattern.compile(
      "(?iu)\\b(?:not|no|none|never|nothing to do with|inaccurate|false|untrue|ludicrous|absurd|baseless|unfounded|"
          + "no evidence|without evidence|denied|denies|deny|rejected|rejects|lie|lies|lying|ningún|ninguno|nada que ver|"
          + "falso|mentira|niega|negó|n['’]t)\\b|n['’]t\\b");
  private static final Pattern COMBATANTS = Pattern.compile(
      "(?iu)\\b(?:narco-?terrorists?|terrorists?|narco-?traffickers?|drug traffickers?|traffickers?|drug smugglers?|"
          + "smugglers?|drug runners?|cartel members?|gang members?|combatants?|narcoterroristas?|terroristas?|"
          + "narcotraficantes?)\\b(?!\\s+(?:organi[sz]ations?|groups?|cartels?|networks?|regimes?|organizaciones|grupos))");
  /** Fishermen are named as such; "civilians" only when said of them ("they were civilians"), not of a city. */
  private static final Pattern CIVILIANS = Pattern.compile(
      "(?iu)\\b(?:fishermen|fisherman|fishers|pescadores|pescador)\\b"
          + "|\\b(?:were|are|was|is|eran|era|son|fueron)\\s+(?:\\p{L}+\\s+){0,3}?"
          + "(?:civilians|innocent|migrants|civiles|inocentes|migrantes)\\b");
  static final Pattern VESSEL = Pattern.compile(
      "(?iu)\\b(?:boats?|vessels?|ships?|semi-?submersibles?|go-fast|aboard|on board|lanchas?|embarcaci(?:ón|ones)|"
          + "barcos?|a bordo)\\b|drug[- ]boats?");
  static final Pattern CARRYING = Pattern.compile(
      "(?iu)\\b(?:carry(?:ing)?|carried|loaded|laden|smuggl(?:ing|ed)|transport(?:ing|ed)|trafficking|cargo|"
          + "packed|full of|transportaba|cargad[oa]|llevaba)\\b|drug[- ](?:boats?|vessels?|laden|carrying)");
  private static final Pattern DESTINATION = Pattern.compile(
      "(?iu)\\b(?:headed|heading|bound|destined|en route|on (?:its|their|the) way|going|sailing|travell?ing|sending|"
          + "sent|coming|flowing|shipped|rumbo|con destino|hacia)\\s+(?:in)?to(?:wards?)?\\s+|\\b(?:bound|destined) for\\s+"
          + "|\\bcon destino a\\s+|\\brumbo a\\s+");
  private static final Pattern PLACE = Pattern.compile(
      "(?u)(?:the\\s+)?(?:U\\.S\\.(?:A\\.)?|US|USA|United States|America|our country|our shores|Estados Unidos|EE\\.? ?UU\\.?"
          + "|(?:\\p{Lu}[\\p{L}-]+)(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]+)?)");
  /** People on the move are not a boat's destination: "immigrants going to the US". */
  private static final Pattern TRAVELLERS = Pattern.compile(
      "(?iu)\\b(?:immigrants|migrants|refugees|deportees|families|venezuelans|people|migrantes|personas)\\s+(?:\\p{L}+\\s+)?$");
  private static final Pattern UNITED_STATES = Pattern.compile(
      "(?iu)^(?:the\\s+)?(?:U\\.S\\.(?:A\\.)?|US|USA|United States|America|our country|our shores|Estados Unidos|EE\\.? ?UU\\.?)$");
  private static final String IDENTITY = "the people killed";
  private static final String CARGO = "drugs aboard the boats struck";
  private static final String DESTINATION_SUBJECT = "the United States";
  private static final List<SpeakerType> OFFICIAL = List.of(
      SpeakerType.NAMED_OFFICIAL, SpeakerType.GOVERNMENT_SPOKESPERSON, SpeakerType.ANONYMOUS_OFFICIAL);

  private Contradictions() {}

  /** The contradictions among {@code claims}, each read from its words. */
  static List<Contradiction> find(List<SourcedClaim> claims) {
    return find(claims, claims.stream().map(c -> read(c.claim())).toList());
  }

  /**
   * The contradictions among {@code claims}, whose {@code readings} (one per claim, in the same
   * order) were made by {@link #read}: grouping only, so assembling the record of a large
   * campaign does not read every claim's words again. Each field and subject is found apart from
   * the others: given only the claims that take a side on one (and readings of that side alone),
   * it gives that one's contradiction, as the store does from its index of stances.
   */
  public static List<Contradiction> find(List<SourcedClaim> claims, List<ClaimReading> readings) {
    // each field and subject in the order they are listed: the groups as the lexicon lists them,
    // then who the dead were, the cargo, the destination, then each strike's toll as first met
    Map<String, Sides> bySubject = new LinkedHashMap<>();
    for (String group : Lexicons.armedGroups()) {
      bySubject.put(key("affiliation", group), new Sides());
    }
    for (String[] fixed : new String[][] {{"identity", IDENTITY}, {"cargo", CARGO}, {"destination", DESTINATION_SUBJECT}}) {
      bySubject.put(key(fixed[0], fixed[1]), new Sides());
    }
    Map<String, Map<Integer, List<SourcedClaim>>> byStrike = new LinkedHashMap<>();
    Map<SourcedClaim, Boolean> toUs = new LinkedHashMap<>(); // a claim told twice is one voice on the destination
    for (int k = 0; k < claims.size(); k++) {
      SourcedClaim c = claims.get(k);
      ClaimReading r = readings.get(k);
      for (ClaimReading.Stance stance : r.stances()) {
        if (stance.field().equals("destination")) {
          toUs.put(c, stance.asserts());
        } else {
          bySubject.computeIfAbsent(key(stance.field(), stance.subject()), x -> new Sides()).add(c, stance.asserts());
        }
      }
      if (r.killed() != null) {
        byStrike.computeIfAbsent(c.claim().about(), x -> new LinkedHashMap<>())
            .computeIfAbsent(r.killed(), x -> new ArrayList<>()).add(c);
      }
    }
    toUs.forEach(bySubject.get(key("destination", DESTINATION_SUBJECT))::add);
    List<Contradiction> found = new ArrayList<>();
    bySubject.forEach((k, sides) -> sides.addTo(found, k.substring(0, k.indexOf('\n')), k.substring(k.indexOf('\n') + 1)));
    byStrike.forEach((about, values) -> {
      if (values.size() < 2) {
        return;
      }
      // the figure officials give is the one the others are read against; failing that, the first
      Integer asserted = values.entrySet().stream()
          .filter(e -> e.getValue().stream().anyMatch(c -> OFFICIAL.contains(c.claim().speakerType())))
          .map(Map.Entry::getKey).findFirst().orElse(values.keySet().iterator().next());
      Sides sides = new Sides();
      values.forEach((killed, cs) -> cs.forEach(c -> sides.add(c, killed.equals(asserted))));
      sides.addTo(found, "killed", about);
    });
    return found;
  }

  /**
   * Where contradictions on {@code field} of {@code subject} are listed: the armed groups in the
   * lexicon's order, then who the dead were, the cargo, the destination, then any other, then the
   * tolls of strikes ({@code killed}), which, like any other of equal rank, are listed in the
   * order their first claim is met.
   */
  public static int rank(String field, String subject) {
    int group = field.equals("affiliation") ? Lexicons.armedGroups().indexOf(subject) : -1;
    if (group >= 0) {
      return group;
    }
    int n = Lexicons.armedGroups().size();
    return key(field, subject).equals(key("identity", IDENTITY)) ? n
        : key(field, subject).equals(key("cargo", CARGO)) ? n + 1
        : key(field, subject).equals(key("destination", DESTINATION_SUBJECT)) ? n + 2
        : field.equals("killed") ? n + 4 : n + 3;
  }

  private static String key(String field, String subject) {
    return field + "\n" + subject;
  }

  /** What {@code claim} says on each field, from its words alone. */
  static ClaimReading read(Claim claim) {
    String text = claim.text();
    List<ClaimReading.Stance> stances = new ArrayList<>();
    boolean people = PEOPLE_STRUCK.matcher(text).find();
    boolean disputes = DISPUTE.matcher(text).find();
    // "the 11 men were members of Tren de Aragua" against "none of them had anything to do with Tren de Aragua"
    if (people) {
      for (String group : Lexicons.armedGroups()) {
        if (Lexicons.aliasPattern(group).matcher(text).find()) {
          stances.add(new ClaimReading.Stance("affiliation", group, !disputes));
        }
      }
    }
    // "killed 11 terrorists" against "they were fishermen"; a claim that weighs both takes no side
    boolean combatants = COMBATANTS.matcher(text).find();
    if (people && combatants != CIVILIANS.matcher(text).find()) {
      stances.add(new ClaimReading.Stance("identity", IDENTITY, combatants && !disputes));
    }
    // "a boat carrying massive amounts of drugs" against "there are never eleven people on a drug boat"
    if ((!CargoWords.find(text).isEmpty() || text.toLowerCase(Locale.ROOT).contains("drug boat"))
        && VESSEL.matcher(text).find() && CARRYING.matcher(text).find()) {
      stances.add(new ClaimReading.Stance("cargo", CARGO, !disputes));
    }
    // "headed towards the United States" against "not headed to the US" or "bound for Europe"
    for (Matcher d = DESTINATION.matcher(text); d.find(); ) {
      Matcher place = PLACE.matcher(text).region(d.end(), text.length());
      if (place.lookingAt() && !TRAVELLERS.matcher(text.substring(Math.max(0, d.start() - 40), d.start())).find()) {
        stances.add(new ClaimReading.Stance("destination", DESTINATION_SUBJECT,
            UNITED_STATES.matcher(place.group().strip()).matches() && !disputes));
        break;
      }
    }
    // two claims about one strike that give different death tolls: officials' figure against the others
    Integer killed = claim.about().startsWith("incident:") ? Tolls.killed(text) : null;
    return new ClaimReading(stances, killed);
  }

  /** The claims on each side of one field. */
  private static final class Sides {
    final List<SourcedClaim> asserting = new ArrayList<>();
    final List<SourcedClaim> disputing = new ArrayList<>();

    void add(SourcedClaim c, boolean asserts) {
      (asserts ? asserting : disputing).add(c);
    }

    void addTo(List<Contradiction> found, String field, String subject) {
      if (!asserting.isEmpty() && !disputing.isEmpty()) {
        found.add(new Contradiction(field, subject, asserting, disputing));
      }
    }
  }
}
