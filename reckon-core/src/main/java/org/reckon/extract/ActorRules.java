package org.reckon.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Actor;
import org.reckon.model.ActorType;
import org.reckon.model.Span;
import org.reckon.model.SpeakerType;

/**
 * Actors: the people and bodies an article names, each once with all its names.
 *
 * <p>Design note. Bodies and the campaign's central people come from lexicons
 * ({@code organizations.tsv}, {@code people.tsv}) that fix their canonical spelling ("Nicolas
 * Maduro" is "Nicolás Maduro") and titles ("the president"). Other people are found from the
 * text: a run of two to four capitalised words is a person's name when it starts with a known
 * given name, follows a title ("Sen.", "spokeswoman"), or speaks ("X said", "said X"). A later
 * lone surname ("Huntley", "Mr Dalby") is the same person. A run followed by ", Jr." is a
 * different person from the same name without it. Roles are the title before a name ("Defence
 * Secretary Pete Hegseth") and the apposition after it ("Todd Huntley, a former military lawyer").
 */
final class ActorRules {
  private static final Pattern NAME = Pattern.compile(
      "(?u)(?<![\\p{L}\\p{N}.])((?:\\p{Lu}[\\p{L}’'-]*\\p{L}|\\p{Lu}\\.)(?:\\s(?:\\p{Lu}[\\p{L}’'-]*\\p{L}|\\p{Lu}\\.|de|del|la|van|von|da|dos)){1,5})(?![\\p{L}])");
  /** Last words that make a capitalised run a body or a title, never a person's name (institution-heads.txt). */
  private static final Set<String> INSTITUTION_HEADS = Set.copyOf(Lexicons.words("institution-heads.txt"));
  private static final Pattern PERSON_TITLE_BEFORE = Pattern.compile(
      "(?iu)(?:\\b(?:sen|rep|adm|gen|gov|dr|mr|ms|mrs|lt|col|capt|sgt|vice adm|rear adm)\\.?|\\b(?:senator|representative|admiral|general"
          + "|spokesman|spokeswoman|spokesperson|secretary|president|presidente|ambassador|minister|ministro|ministra|director|professor"
          + "|analyst|lawyer|attorney|counsel|adviser|advisor|journalist|expert|commander|governor|judge|leader|chief|official|senador|senadora))\\s+$");
  /** A lone capitalised surname that speaks right after a quote or at a sentence start: "Story told me". */
  private static final Pattern SURNAME_SPEAKS = Pattern.compile(
      "(?u)(?:[”\"’]\\s*|^|\\.\\s)(\\p{Lu}[\\p{Ll}’'-]+)\\s(?:told|said|says|wrote|added)\\b");
  private static final Pattern SPEAKS_AFTER = Pattern.compile("(?u)^,?\\s+(?:said|says|told|added|wrote|argued|asserted|dijo|afirmó|aseguró|declaró)\\b");
  private static final Pattern SPEAKS_BEFORE = Pattern.compile("(?u)\\b(?:said|says|according to|told|dijo|según)\\s+$");
  private static final Pattern APPOSITION = Pattern.compile(
      "(?u)^,\\s+((?:a|an|the|who is|former|then|un|una|el|la|ex)\\s[^,.;:“”\"]{3,90}?|[a-z][^,.;:“”\"]{3,60}?)(?=[,.;:]|\\s(?:said|says|told|who)\\b)");
  /** Capitalised words that never begin or make a person's name (not-names.txt). */
  private static final Set<String> NOT_NAMES = Set.copyOf(Lexicons.words("not-names.txt"));
  private static final Set<String> FIRST_NAMES = new HashSet<>(Lexicons.lines("first-names.txt"));
  /** First words of place names that look like people's names (place-prefixes.txt). */
  private static final Set<String> PLACE_PREFIXES = Set.copyOf(Lexicons.words("place-prefixes.txt"));
  /** Titles written before a name that are not part of it (name-titles.txt). */
  private static final Set<String> TITLE_WORDS = Set.copyOf(Lexicons.words("name-titles.txt"));
  /** A country that acts ("Mexico did the same") stands for its government. */
  private static final Pattern COUNTRY_ACTS = Pattern.compile(
      "(?u)(?<![\\p{L}])(Mexico|Venezuela|Colombia|Ecuador|Trinidad and Tobago|Panama|Guatemala|Honduras|Cuba|Brazil|"
          + "Peru|Chile|Argentina|the Dominican Republic|Grenada|Canada|France|Britain|the Netherlands)\\s+"
          + "(?:(?:also|then|quickly|has|had|have)\\s+)?(?:did|was|is|has|had|said|says|announced|cracked|condemned|denied|"
          + "rejected|accused|agreed|refused|responded|called|sent|deployed|deported|demanded|protested|suspended|warned|"
          + "threatened|asked|began|started|stopped|signed|arrested)\\b");

  private ActorRules() {}

  /**
   * The actors of a document and every place the text names them (in the order of the text).
   *
   * @param persons the names of the actors that are people
   * @param byName each name's actors, in the order of {@code actors}
   * @param mentionStarts where each mention starts, for binary search
   */
  record Result(List<Actor> actors, List<ActorMention> mentions, Map<String, SpeakerType> speakerTypes, Set<String> persons,
      Map<String, List<Actor>> byName, int[] mentionStarts) {
    Result(List<Actor> actors, List<ActorMention> mentions, Map<String, SpeakerType> speakerTypes) {
      this(actors, mentions, speakerTypes, persons(actors), byName(actors), mentions.stream().mapToInt(ActorMention::start).toArray());
    }

    private static Set<String> persons(List<Actor> actors) {
      Set<String> persons = new HashSet<>();
      for (Actor a : actors) {
        if (a.type() == ActorType.PERSON) {
          persons.add(a.name());
        }
      }
      return persons;
    }

    private static Map<String, List<Actor>> byName(List<Actor> actors) {
      Map<String, List<Actor>> byName = new java.util.HashMap<>();
      for (Actor a : actors) {
        byName.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a);
      }
      return byName;
    }

    /** The index of the first mention starting at or after {@code offset} (the size when none does). */
    int firstMentionFrom(int offset) {
      int lo = 0;
      int hi = mentionStarts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (mentionStarts[mid] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  private static final class Found {
    final String canonical;
    final ActorType type;
    @Nullable SpeakerType speakerType;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<Span> evidence = new ArrayList<>();

    Found(String canonical, ActorType type, @Nullable SpeakerType speakerType) {
      this.canonical = canonical;
      this.type = type;
      this.speakerType = speakerType;
    }
  }

  /**
   * A country's government named by the country ("the U.S.", "Washington") inside a longer name
   * ("The U.S. Southern Command", "the US Navy") or as a dateline ("Washington: ...", "WASHINGTON —"):
   * not the government acting.
   */
  private static boolean partOfALongerName(String text, int start, int end, KnownNames.Entry e) {
    if (e.type() != ActorType.GOVERNMENT_BODY || !COUNTRY_AS_GOVERNMENT.matcher(text.substring(start, end)).matches()) {
      return false;
    }
    return LONGER_NAME_AFTER.matcher(text).region(end, text.length()).lookingAt()
        || (start == 0 || text.charAt(start - 1) == '\n' || text.startsWith(" date ", Math.max(0, start - 17)))
            && DATELINE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /** Titles that stand before a surname without making it a full name: "Mr. Hegseth", "Secretary Hegseth". */
  private static final Pattern TITLE_WORD = Pattern.compile(
      "(?iu)mr\\.?|mrs\\.?|ms\\.?|dr\\.?|gen\\.?|general|adm\\.?|admiral|secretary|president|senator|sen\\.?|rep\\.?|sr\\.?|sra\\.?");

  /** Whether {@code surface} names a person with at least two name words, titles aside. */
  private static boolean fullName(String surface) {
    int words = 0;
    for (String w : surface.split("\\s+")) {
      words += TITLE_WORD.matcher(w).matches() ? 0 : 1;
    }
    return words >= 2;
  }

  /**
   * Whether the document names someone other than {@code canonical} with the surname {@code surname}:
   * a first name or an initial before it that is not the canonical name's own ("Stephen King" or
   * "J. King" for "King"; not "Pete Hegseth").
   */
  /** A name before each listed person's surname, compiled once per surname (the surnames are the lists' own). */
  private static final java.util.concurrent.ConcurrentMap<String, Pattern> OTHER_BEARER = new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean someoneElseNamed(String text, String surname, String canonical) {
    if (surname.contains(" ")) {
      return false;
    }
    Set<String> own = KnownNames.NAME_WORDS.getOrDefault(canonical, Set.of());
    Matcher m = OTHER_BEARER.computeIfAbsent(surname, n -> Pattern.compile(
        "(?u)(?<![\\p{L}.])(\\p{Lu}[\\p{L}’'-]*\\.?)[ \\t]+" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])"))
        .matcher(Interruptions.chars(text));
    while (m.find()) {
      String before = m.group(1);
      if (!own.contains(KnownNames.plain(before)) && (FIRST_NAMES.contains(before) || before.length() == 2 && before.endsWith("."))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern COUNTRY_AS_GOVERNMENT = Pattern.compile("(?iu)(?:the )?(?:u\\.s\\.|us|washington|estados unidos|ee\\.uu\\.|eeuu)");
  private static final Pattern LONGER_NAME_AFTER = Pattern.compile("(?u)[ \\t]+\\p{Lu}\\p{Ll}");
  private static final Pattern DATELINE_AFTER = Pattern.compile("(?u)\\s*(?:,[^.\\n]{0,30})?\\s*[:—–-]");

  static Result find(Analysis a) {
    String text = a.text();
    CharSequence chars = Interruptions.chars(text); // these patterns run over the whole document
    Map<String, Found> actors = new LinkedHashMap<>();
    List<ActorMention> mentions = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];

    List<int[]> ranges = a.sentences().stream().map(x -> new int[] {x.start(), x.end()}).toList();
    // One scan for known names; a person's first name alone ("Stephen") stands for them only in a
    // document that names them in full, which is known once the scan is done
    record Known(int start, int end, String surface, KnownNames.Entry entry) {}
    List<Known> knownNames = new ArrayList<>();
    Set<String> namedInFull = new HashSet<>();
    for (int[] range : ranges) for (Matcher m = KnownNames.PATTERN.matcher(chars).region(range[0], range[1]); m.find(); ) {
      KnownNames.Entry e = KnownNames.BY_ALIAS.get(m.group());
      if (e != null && partOfALongerName(text, m.start(), m.end(), e)) {
        m.region(m.start() + 1, range[1]); // "the US Navy": look again from inside, where "US Navy" starts
      } else if (e != null) {
        knownNames.add(new Known(m.start(), m.end(), m.group(), e));
        if (e.type() == ActorType.PERSON && fullName(m.group())) {
          namedInFull.add(e.canonical());
        }
      }
    }
    Map<String, Boolean> otherBearers = new HashMap<>();
    for (Known k : knownNames) {
      String surface = k.surface();
      KnownNames.Entry e = k.entry();
      if (isTitleOfSomeoneElse(text, k.end(), surface)) {
        continue;
      }
      if (e.type() == ActorType.PERSON && !fullName(surface)
          && (LONGER_NAME_AFTER.matcher(text).region(k.end(), text.length()).lookingAt()
              || FIRST_NAMES.contains(surface) && !namedInFull.contains(e.canonical()))) {
        continue; // "Pete Buttigieg" is not Pete Hegseth, nor is "Stephen" Stephen Miller where he is not named in full
      }
      if (e.type() == ActorType.PERSON && !fullName(surface)
          && otherBearers.computeIfAbsent(surface, n -> someoneElseNamed(text, n, e.canonical()))) {
        continue; // "King said" after "Stephen King": a surname stands for the listed person only if no one else bears it
      }
      if (text.startsWith(", Jr.", k.end()) || text.startsWith(" Jr.", k.end())) {
        continue; // "Donald Trump, Jr." is someone else
      }
      Found f = actors.computeIfAbsent(e.canonical(), c -> new Found(e.canonical(), e.type(), e.speakerType()));
      if (!e.role().isEmpty()) {
        f.roles.add(e.role());
      }
      record(f, mentions, taken, text, k.start(), k.end(), surface);
    }

    Map<String, Found> bySurname = new LinkedHashMap<>();
    for (int[] range : ranges) for (Matcher m = NAME.matcher(chars).region(range[0], range[1]); m.find(); ) {
      int start = m.start(1);
      int end = m.end(1);
      String name = m.group(1);
      if (PLACE_PREFIXES.contains(name.split(" ")[0]) || name.matches(".*[’']s\\b.*")) {
        continue; // "San Juan de Unare" is a town; "America's Growing Criminal Threat" a title
      }
      // drop leading words that are not names ("But Stephen Miller", "Connecticut Senator Chris Murphy")
      while (true) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String rest = space < 0 ? "" : name.substring(space + 1);
        boolean initial = first.length() == 2 && first.endsWith(".");
        boolean titleInside = rest.contains(" ") && java.util.Arrays.stream(rest.split(" ")).limit(2)
            .anyMatch(w -> TITLE_WORDS.contains(w));
        if (space > 0 && (NOT_NAMES.contains(first) || titleInside || TITLE_WORDS.contains(first)
            || (!initial && !FIRST_NAMES.contains(first) && FIRST_NAMES.contains(rest.split(" ")[0])))) {
          start += space + 1;
          name = name.substring(space + 1);
        } else {
          break;
        }
      }
      if (!name.contains(" ") || overlaps(taken, start, end) || anyNotName(name)
          || INSTITUTION_HEADS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
        continue; // "told Vanity Fair", "the Armed Services Committee said": a body, not a person
      }
      String before = text.substring(Math.max(0, start - 40), start);
      String after = text.substring(end, Math.min(text.length(), end + 40));
      boolean jr = after.startsWith(", Jr.") || after.startsWith(" Jr.");
      String first = name.split(" ")[0];
      boolean person = FIRST_NAMES.contains(first) || PERSON_TITLE_BEFORE.matcher(before).find()
          || SPEAKS_AFTER.matcher(after).find() || SPEAKS_BEFORE.matcher(before).find();
      if (!person) {
        continue;
      }
      // "Mark R. Warner" is filed as "Mark Warner"; the initial stays among the aliases
      String plain = name.replaceAll("^(\\S+) \\p{Lu}\\. (\\S+)$", "$1 $2");
      String canonical = jr ? plain + " Jr." : plain;
      int mentionEnd = jr ? end + (after.startsWith(",") ? 5 : 4) : end;
      Found f = actors.computeIfAbsent(canonical, k -> new Found(canonical, ActorType.PERSON, null));
      record(f, mentions, taken, text, start, mentionEnd, text.substring(start, mentionEnd));
      if (!jr) {
        bySurname.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), f);
      }
      role(f, text, start, mentionEnd, a);
    }
    for (int[] range : ranges) {
      for (Matcher m = SURNAME_SPEAKS.matcher(chars).region(range[0], range[1]); m.find(); ) {
        String name = m.group(1);
        if (overlaps(taken, m.start(1), m.end(1)) || NOT_NAMES.contains(name) || TITLE_WORDS.contains(name)
            || FIRST_NAMES.contains(name)) {
          continue;
        }
        Found known = bySurname.get(name);
        Found f = known != null ? known : actors.computeIfAbsent(name, k -> new Found(name, ActorType.PERSON, null));
        record(f, mentions, taken, text, m.start(1), m.end(1), name);
        bySurname.putIfAbsent(name, f);
      }
      for (Matcher m = COUNTRY_ACTS.matcher(chars).region(range[0], range[1]); m.find(); ) {
        if (overlaps(taken, m.start(1), m.end(1))) {
          continue;
        }
        String government = "Government of " + m.group(1).replaceFirst("^the ", "");
        Found f = actors.computeIfAbsent(government, k -> new Found(government, ActorType.GOVERNMENT_BODY, SpeakerType.ORGANIZATION));
        record(f, mentions, taken, text, m.start(1), m.end(1), m.group(1));
      }
    }
    // roles of lexicon people, from the text around their full-name mentions
    for (ActorMention m : List.copyOf(mentions)) {
      Found f = actors.get(m.canonical());
      if (f != null && f.type == ActorType.PERSON && m.surface().contains(" ")) {
        role(f, text, m.start(), m.end(), a);
      }
    }
    // lone surnames and "Mr Dalby" for people found from the text
    Map<String, List<Integer>> wordStarts = wordStarts(text, bySurname.keySet());
    for (Map.Entry<String, Found> s : bySurname.entrySet()) {
      for (int[] m : surnameMentions(text, s.getKey(), wordStarts)) {
        if (!overlaps(taken, m[0], m[1]) && a.sentenceAt(m[0]) != null) {
          record(s.getValue(), mentions, taken, text, m[0], m[1], text.substring(m[0], m[1]));
        }
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
    List<Actor> result = new ArrayList<>();
    Map<String, SpeakerType> speakerTypes = new LinkedHashMap<>();
    for (Found f : actors.values()) {
      SpeakerType type = f.speakerType;
      if (type == null) {
        for (String role : f.roles) {
          SpeakerType t = KnownNames.typeOfDescription(role);
          if (t != null) {
            type = t;
            break;
          }
        }
      }
      speakerTypes.put(f.canonical, type == null ? SpeakerType.OTHER : type);
      result.add(new Actor(f.canonical, f.type, List.copyOf(f.aliases), List.copyOf(f.roles), f.evidence));
    }
    return new Result(result, mentions, speakerTypes);
  }

  /** "the president of Colombia" is not Trump: a title alias followed by "of" names someone else. */
  private static boolean isTitleOfSomeoneElse(String text, int end, String surface) {
    return Character.isLowerCase(surface.charAt(0)) && surface.startsWith("the ")
        && text.startsWith(" of ", end) || surface.equalsIgnoreCase("the president") && text.startsWith("ial", end);
  }

  private static void role(Found f, String text, int start, int end, Analysis a) {
    Sentence holder = a.sentenceIndex().last(start);
    int floor = holder == null ? 0 : holder.start();
    // the last ", " at or before the name, looked for back to the sentence's start only (a comma
    // before it makes no difference): a search back to the text's start made it quadratic
    int comma = Math.min(start, text.length() - 2);
    while (comma >= floor && !text.startsWith(", ", comma)) {
      comma--;
    }
    String before = text.substring(comma >= floor ? comma + 1 : floor, start).strip();
    String[] words = before.split("\\s+");
    StringBuilder title = new StringBuilder();
    for (int i = words.length - 1; i >= 0 && i >= words.length - 5; i--) {
      String w = words[i];
      if (w.isEmpty() || (!Character.isUpperCase(w.charAt(0)) && !KnownNames.TITLES.stream().anyMatch(p -> p.matcher(w).matches()))) {
        break;
      }
      title.insert(0, title.length() == 0 ? w : w + " ");
    }
    String t = title.toString().replaceAll("^(?:The|the|A|a)\\s+", "").strip();
    if (!t.isEmpty() && KnownNames.typeOfDescription(t) != null) {
      f.roles.add(t);
      f.aliases.add(t + " " + text.substring(start, end));
    }
    Matcher ap = APPOSITION.matcher(text.substring(end, Math.min(text.length(), end + 120)));
    if (ap.find() && KnownNames.typeOfDescription(ap.group(1)) != null) {
      f.roles.add(ap.group(1).strip());
    }
  }

  private static void record(Found f, List<ActorMention> mentions, boolean[] taken, String text, int start, int end, String surface) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    f.aliases.add(surface);
    f.evidence.add(Span.of(text, start, end));
    mentions.add(new ActorMention(start, end, f.canonical, surface));
  }

  /** What may stand before a lone surname: "Mr Dalby", "Sen. Kelly". */
  private static final String SURNAME_TITLE = "(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Adm|Gen)\\.?\\s)?";
  /** The longest title {@link #SURNAME_TITLE} matches, with its dot and space. */
  private static final int SURNAME_TITLE_MAX = 5;

  /**
   * Where each surname is named alone in {@code text}, with its title if one stands before it
   * ("Mr Dalby"): the matches, in order, of {@code (?<!\p{L})TITLE?SURNAME(?!\p{L})} over the
   * whole text. The pattern runs only where the surname stands ({@code wordStarts}), since a scan
   * of the whole text per surname grew with the text times the number of people.
   */
  static List<int[]> surnameMentions(String text, String surname, Map<String, List<Integer>> wordStarts) {
    Matcher m = Pattern.compile("(?u)(?<![\\p{L}])" + SURNAME_TITLE + Pattern.quote(surname) + "(?![\\p{L}])")
        .matcher(Interruptions.chars(text)).useTransparentBounds(true);
    List<int[]> found = new ArrayList<>();
    String head = leadingLetters(surname);
    if (head.isEmpty()) {
      while (m.find()) { // not a word: no index; never so for a name
        found.add(new int[] {m.start(), m.end()});
      }
      return found;
    }
    int from = 0;
    for (int p : wordStarts.getOrDefault(head, List.of())) {
      int end = p + surname.length();
      if (!text.startsWith(surname, p) || end < text.length() && Character.isLetter(text.codePointAt(end))) {
        continue; // another word that starts the same way ("O'Neil" for "O'Brien")
      }
      // every match holds the surname at such a place, with at most a title before it; the
      // pattern finds, from where the last match ended, the match that holds this one
      while (p >= from) {
        m.region(Math.max(from, p - SURNAME_TITLE_MAX - 1), text.length());
        if (!m.find()) {
          break;
        }
        found.add(new int[] {m.start(), m.end()});
        from = m.end();
      }
    }
    return found;
  }

  /**
   * For each word that starts one of the {@code names}' (their letters up to the first other
   * character), where it stands in {@code text} with no letter before it, in order. One pass.
   */
  static Map<String, List<Integer>> wordStarts(String text, Set<String> names) {
    Set<String> heads = new HashSet<>();
    for (String name : names) {
      heads.add(leadingLetters(name));
    }
    heads.remove("");
    Map<String, List<Integer>> at = new java.util.HashMap<>();
    if (heads.isEmpty()) {
      return at;
    }
    java.util.BitSet lengths = new java.util.BitSet();
    heads.forEach(h -> lengths.set(h.length()));
    for (int p = 0; p < text.length(); p++) {
      // as the pattern's look-behind reads it: the one char before, a surrogate is no letter
      if (p > 0 && Character.isLetter(text.charAt(p - 1)) || !Character.isLetter(text.codePointAt(p))) {
        continue;
      }
      Interruptions.check();
      int end = p;
      while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (lengths.get(end - p)) {
        String word = text.substring(p, end);
        if (heads.contains(word)) {
          at.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
        }
      }
    }
    return at;
  }

  /** The letters {@code name} starts with, up to its first other character. */
  private static String leadingLetters(String name) {
    int end = 0;
    while (end < name.length() && Character.isLetter(name.codePointAt(end))) {
      end += Character.charCount(name.codePointAt(end));
    }
    return name.substring(0, end);
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyNotName(String name) {
    for (String w : name.split(" ")) {
      if (NOT_NAMES.contains(w) || w.toUpperCase(Locale.ROOT).equals(w) && w.length() > 2) {
        return true;
      }
    }
    return false;
  }
}
