package org.reckon.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateValue;

/**
 * Finds and resolves date expressions in English and Spanish news text against the publication
 * date.
 *
 * <p>Design note. News dates are few in kind: absolute days ("Sept. 2", "2 September 2025",
 * "el 2 de septiembre"), months ("in August", "in early September", "last month"), weekdays
 * ("Tuesday's strike", "on Wednesday", "el martes") and deictic words ("yesterday", "ayer").
 * Rules resolve them faster and, for the cases that matter here, better than a general tagger:
 * "earlier this week" becomes the week's month (SUTime gives a week that no field can hold),
 * "in early September" keeps its month. Conventions: a bare weekday is the latest such day on or
 * before the publication date (news reports the past: a Thursday article's "Friday" is six days
 * earlier); a yearless day or month takes the year that puts it on or before the publication
 * date, allowing a week of future (scheduled events). When the publication date is only known
 * as a range, an expression is resolved against both ends and keeps only the precision on which
 * they agree; without any anchor, relative expressions are dropped and yearless dates take the
 * year of the campaign window (see {@link Anchor}).
 */
final class DateResolver {
  private static final String EN_MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String ES_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
      + "|octubre|noviembre|diciembre";
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
      Map.entry("set", 9), Map.entry("dic", 12));
  /** Weekday names, English and Spanish, lower case; see {@link #weekday(String)}. */
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("lunes", DayOfWeek.MONDAY),
      Map.entry("martes", DayOfWeek.TUESDAY), Map.entry("miércoles", DayOfWeek.WEDNESDAY),
      Map.entry("miercoles", DayOfWeek.WEDNESDAY), Map.entry("jueves", DayOfWeek.THURSDAY),
      Map.entry("viernes", DayOfWeek.FRIDAY), Map.entry("sábado", DayOfWeek.SATURDAY),
      Map.entry("sabado", DayOfWeek.SATURDAY), Map.entry("domingo", DayOfWeek.SUNDAY));
  /** A weekday name in English or Spanish, any case ("Tuesday", "martes"), or null. */
  static DayOfWeek weekday(String name) {
    return WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
  }

  /** Weekday names as a regular-expression alternation, for the rules that look for them. */
  static final String WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo";

  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  /**
   * Day, month and year in figures, as European and Latin American outlets write them: "23.01.2026";
   * with slashes only when the day cannot be a month ("23/01/2026").
   */
  private static final Pattern DMY = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d./-])");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?iu)\\b(?<month>" + EN_MONTHS + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?iu)\\b(?<day>\\d{1,2})(?:st|nd|rd|th|º)?\\s+(?:of\\s+|de\\s+)?(?<month>" + EN_MONTHS + "|" + ES_MONTHS
          + ")\\b(?:\\.(?=,?\\s+(?:19|20)\\d{2}))?(?:,?\\s+(?:de(?:l)?\\s+)?(?<year>(?:19|20)\\d{2})\\b)?");
  private static final Pattern MONTH_ONLY = Pattern.compile(
      "(?iu)\\b(?:(?:in|since|until|by|from|through|during|en|desde|hasta|de)\\s+)(?:(?<qual>early|mid|late|the end of|the start of|the beginning of|principios de|mediados de|finales de)[-\\s]+)?"
          + "(?<month>january|february|march|april|may|june|july|august|september|october|november|december|" + ES_MONTHS + ")"
          + "(?:,?\\s+(?:de(?:l)?\\s+)?(?<year>(?:19|20)\\d{2}))?\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?iu)\\b(?:(?<last>last|this past|past|el pasado|el)\\s+)?(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)(?!\\p{L})");
  private static final Pattern DEICTIC = Pattern.compile(
      "(?iu)\\b(?<word>yesterday|today|tonight|last night|ayer|hoy|anoche|anteayer|the day before yesterday"
          + "|last month|this month|earlier this month|el mes pasado|este mes|last year|this year|el año pasado"
          + "|earlier this week|this week|last week|la semana pasada|esta semana)\\b");

  /** "about two months later", "three days after", "two weeks ago", "dos meses después". */
  private static final Pattern SHIFT = Pattern.compile(
      "(?iu)\\b(?:(?:about|some|nearly|almost|roughly|around|just|unos|casi)\\s+)?(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
          + "eleven|twelve|\\d{1,2}|un|una|dos|tres|cuatro|cinco|seis)\\s+(?<unit>days?|weeks?|months?|years?|días?|semanas?|meses|mes|años?)"
          + "\\s+(?<dir>later|afterwards|earlier|ago|después|atrás|(?:after|before|antes)(?=\\s*[,.;:—–)]|\\s*$))");

  private DateResolver() {}

  /**
   * What relative dates are resolved against: the publication day, or its bounds, and the
   * campaign window that decides the year of yearless dates when no publication date is known.
   */
  record Anchor(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate windowStart) {
    static Anchor day(LocalDate day) {
      return new Anchor(day, day, day.minusMonths(9));
    }

    boolean exact() {
      return from != null && from.equals(to);
    }
  }

  static List<DateMention> find(String sentence, Anchor anchor) {
    List<DateMention> found = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length() + 1];
    for (Matcher m = ISO.matcher(sentence); m.find(); ) {
      try {
        add(found, taken, DateValue.ofDay(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)))), m.start(), m.end(), false);
      } catch (java.time.DateTimeException e) {
        // 2025-13-40 is not a day
      }
    }
    for (Matcher m = DMY.matcher(sentence); m.find(); ) {
      if (m.group(2).equals("/") && Integer.parseInt(m.group(1)) <= 12) {
        continue; // "2/10/2026" is 10 February in a US text and 2 October in a Latin American one
      }
      try {
        add(found, taken, DateValue.ofDay(LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(1)))), m.start(), m.end(), false);
      } catch (java.time.DateTimeException e) {
        // 31.02.2026, or a month first (US style) that is not a day: not a date to guess at
      }
    }
    for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
      for (Matcher m = p.matcher(sentence); m.find(); ) {
        Integer month = month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (month == null || day < 1 || day > 31) {
          continue;
        }
        DateValue value = m.group("year") != null
            ? safeDay(Integer.parseInt(m.group("year")), month, day)
            : yearlessDay(month, day, anchor);
        add(found, taken, value, m.start(), m.end(), m.group("year") == null);
      }
    }
    for (Matcher m = MONTH_ONLY.matcher(sentence); m.find(); ) {
      int month = month(m.group("month"));
      // "early"/"late" stay in the span: they are part of what the text says
      int spanStart = m.group("qual") != null ? m.start("qual") : m.start("month");
      DateValue value = m.group("year") != null
          ? DateValue.ofMonth(YearMonth.of(Integer.parseInt(m.group("year")), month))
          : yearlessMonth(month, anchor);
      add(found, taken, value, spanStart, m.end(), m.group("year") == null);
    }
    for (Matcher m = WEEKDAY.matcher(sentence); m.find(); ) {
      DayOfWeek day = WEEKDAYS.get(m.group("day").toLowerCase(Locale.ROOT));
      boolean strictlyBefore = m.group("last") != null && !m.group("last").equalsIgnoreCase("el");
      DateValue value = resolve(anchor, a -> {
        LocalDate d = a.with(TemporalAdjusters.previousOrSame(day));
        return DateValue.ofDay(strictlyBefore && d.equals(a) ? d.minusWeeks(1) : d);
      });
      add(found, taken, value, m.start(), m.end(), true);
    }
    for (Matcher m = DEICTIC.matcher(sentence); m.find(); ) {
      String word = m.group("word").toLowerCase(Locale.ROOT);
      DateValue value = resolve(anchor, a -> switch (word) {
        case "yesterday", "ayer", "last night", "anoche" -> DateValue.ofDay(a.minusDays(1));
        case "the day before yesterday", "anteayer" -> DateValue.ofDay(a.minusDays(2));
        case "today", "tonight", "hoy" -> DateValue.ofDay(a);
        case "last month", "el mes pasado" -> DateValue.ofMonth(YearMonth.from(a).minusMonths(1));
        case "this month", "earlier this month", "este mes" -> DateValue.ofMonth(YearMonth.from(a));
        case "last year", "el año pasado" -> DateValue.ofYear(a.getYear() - 1);
        case "this year" -> DateValue.ofYear(a.getYear());
        // a week is no field's precision: keep the month when the whole week lies in one
        case "earlier this week", "this week", "esta semana" -> weekMonth(a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), a);
        default -> weekMonth(a.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
            a.minusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
      });
      add(found, taken, value, m.start(), m.end(), true);
    }
    // Shifts count from the date named before them in the sentence ("On Aug. 5 ... about two
    // months later"), or from the publication date for "ago"; the result is only as precise as
    // the shift allows (months later -> month).
    found.sort(java.util.Comparator.comparingInt(DateMention::start));
    for (Matcher m = SHIFT.matcher(sentence); m.find(); ) {
      String dir = m.group("dir").toLowerCase(Locale.ROOT);
      boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("antes") || dir.equals("atrás");
      int n = shiftCount(m.group("n"));
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      DateValue base = DateValue.UNKNOWN;
      if (dir.equals("ago") || dir.equals("atrás")) {
        base = anchor.exact() ? DateValue.ofDay(anchor.from()) : DateValue.UNKNOWN;
      } else {
        for (DateMention d : found) {
          if (d.end() <= m.start() && d.value().known()) {
            base = d.value();
          }
        }
      }
      add(found, taken, shift(base, back ? -n : n, unit), m.start(), m.end(), true);
    }
    found.sort(java.util.Comparator.comparingInt(DateMention::start));
    return found;
  }

  private static int shiftCount(String n) {
    String w = n.toLowerCase(Locale.ROOT);
    if (w.matches("\\d+")) {
      return Integer.parseInt(w);
    }
    if (w.equals("a") || w.equals("an") || w.equals("un")) {
      return 1;
    }
    Integer v = Counts.wordValue(w);
    return v == null ? 1 : v;
  }

  private static DateValue shift(DateValue base, int n, String unit) {
    boolean years = unit.startsWith("y") || unit.startsWith("a");
    if (!base.known()) {
      return DateValue.UNKNOWN;
    }
    if (base.precision() == DatePrecision.YEAR) {
      return years ? DateValue.ofYear(base.day().getYear() + n) : DateValue.UNKNOWN;
    }
    LocalDate d = base.day();
    if (unit.startsWith("d")) {
      return base.precision() == DatePrecision.DAY ? DateValue.ofDay(d.plusDays(n)) : DateValue.UNKNOWN;
    }
    if (unit.startsWith("w") || unit.startsWith("s")) {
      LocalDate shifted = d.plusWeeks(n);
      return base.precision() == DatePrecision.DAY ? DateValue.ofMonth(YearMonth.from(shifted)) : DateValue.UNKNOWN;
    }
    if (unit.startsWith("m")) {
      return DateValue.ofMonth(YearMonth.from(d).plusMonths(n));
    }
    return DateValue.ofYear(d.getYear() + n);
  }

  private static DateValue weekMonth(LocalDate from, LocalDate to) {
    return YearMonth.from(from).equals(YearMonth.from(to)) ? DateValue.ofMonth(YearMonth.from(from)) : DateValue.UNKNOWN;
  }

  /** Resolves against each end of the anchor and keeps what both agree on. */
  private static DateValue resolve(Anchor anchor, java.util.function.Function<LocalDate, DateValue> rule) {
    if (anchor.from() == null || anchor.to() == null) {
      return DateValue.UNKNOWN;
    }
    DateValue a = rule.apply(anchor.from());
    if (anchor.exact()) {
      return a;
    }
    return agree(a, rule.apply(anchor.to()));
  }

  static DateValue agree(DateValue a, DateValue b) {
    if (!a.known() || !b.known()) {
      return DateValue.UNKNOWN;
    }
    if (a.equals(b)) {
      return a;
    }
    if (a.precision() != DatePrecision.YEAR && b.precision() != DatePrecision.YEAR
        && YearMonth.from(a.day()).equals(YearMonth.from(b.day()))) {
      return DateValue.ofMonth(YearMonth.from(a.day()));
    }
    return a.day().getYear() == b.day().getYear() ? DateValue.ofYear(a.day().getYear()) : DateValue.UNKNOWN;
  }

  private static DateValue yearlessDay(int month, int day, Anchor anchor) {
    if (anchor.from() == null && anchor.to() == null) {
      return inWindow(month, anchor.windowStart(), y -> safeDay(y, month, day));
    }
    return resolve(anchor.to() == null ? new Anchor(anchor.from(), anchor.from(), anchor.windowStart()) : anchor,
        a -> {
          DateValue candidate = safeDay(a.getYear(), month, day);
          return candidate.known() && candidate.day().isAfter(a.plusDays(7)) ? safeDay(a.getYear() - 1, month, day) : candidate;
        });
  }

  private static DateValue yearlessMonth(int month, Anchor anchor) {
    if (anchor.from() == null && anchor.to() == null) {
      return inWindow(month, anchor.windowStart(), y -> DateValue.ofMonth(YearMonth.of(y, month)));
    }
    return resolve(anchor.to() == null ? new Anchor(anchor.from(), anchor.from(), anchor.windowStart()) : anchor,
        a -> {
          YearMonth candidate = YearMonth.of(a.getYear(), month);
          return DateValue.ofMonth(candidate.isAfter(YearMonth.from(a)) ? candidate.minusYears(1) : candidate);
        });
  }

  /** The first occurrence of the month on or after the campaign window's start. */
  private static DateValue inWindow(int month, LocalDate windowStart, java.util.function.IntFunction<DateValue> ofYear) {
    int year = YearMonth.of(windowStart.getYear(), month).isBefore(YearMonth.from(windowStart))
        ? windowStart.getYear() + 1 : windowStart.getYear();
    return ofYear.apply(year);
  }

  private static DateValue safeDay(int year, int month, int day) {
    try {
      return DateValue.ofDay(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException e) {
      return DateValue.UNKNOWN;
    }
  }

  private static @Nullable Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return MONTHS.get(n.length() >= 3 ? n.substring(0, 3) : n);
  }

  private static void add(List<DateMention> found, boolean[] taken, DateValue value, int start, int end, boolean relative) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return; // a longer expression already covers this text
      }
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    found.add(new DateMention(value, start, end, relative));
  }
}
