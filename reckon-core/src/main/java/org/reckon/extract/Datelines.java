package org.reckon.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DatePrecision;

/**
 * The publication day a report shows on its dateline: a line near the top that holds a full date
 * (with its year) and little else — "January 24, 2026", "Published Date - 16 September 2025,
 * 08:18 AM", "Posted on February 14, 2026", "November 5, 2025 10:26 AM - Updated: November 7,
 * 2025". Annotators read the day there (annotation guide, "Publication date"), so it beats any
 * inference from the text. A date after an "updated" cue is the update, not the publication,
 * unless it is the only one. A story's first line may open with its dateline too: "(Feb. 21, 2026)
 * — United States Southern Command confirmed ...", "WASHINGTON, Feb. 24, 2026 — ...". A line of prose with a date in it ("On Sept. 2, 2025, the military
 * struck ...") is no dateline: it has more words than {@link #MAX_OTHER_WORDS}.
 */
final class Datelines {
  private static final int HEAD_LINES = 12;
  private static final int HEAD_CHARS = 1_500;
  private static final int MAX_OTHER_WORDS = 3;
  private static final int MAX_OTHER_WORDS_WITH_CUE = 6;
  private static final Pattern CUE = Pattern.compile("(?iu)\\b(?:published|posted|updated|publicado|publicada|actualizado)\\b");
  private static final Set<String> WORDS = Set.copyOf(Lexicons.lines("dateline-words.txt"));
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.]*");
  /** What may stand before a date that opens a story's first line: nothing, "(", or a city in capitals. */
  private static final Pattern LEAD = Pattern.compile(
      "[\\s(]*(?:\\p{Lu}[\\p{Lu} .'-]*(?:,\\s*\\p{Lu}[\\p{L}.]*)?,?\\s*)?\\(?");
  private static final Pattern DASH = Pattern.compile("\\)?\\s*[—–-]");
  private static final Pattern WEEKDAY_DAY = Pattern.compile(
      "(?iu)(?<weekday>" + DateResolver.WEEKDAY_NAMES + "),?\\s+(?<day>\\p{L}+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:de\\s+)?\\p{L}+)");
  private static final Pattern UPDATED = Pattern.compile("(?iu)(?:updated|modified|actualizad[oa])\\W*$");

  private Datelines() {}

  /** The day on the report's dateline, or null when its head shows none. */
  static @Nullable LocalDate find(String text) {
    String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
    String[] lines = head.split("\n", HEAD_LINES + 1);
    DateResolver.Anchor none = new DateResolver.Anchor(null, null, Lexicons.UNDATED_WINDOW_START);
    for (int i = 0; i < Math.min(HEAD_LINES, lines.length); i++) {
      String line = lines[i];
      List<DateMention> days = DateResolver.find(line, none).stream()
          .filter(d -> d.value().precision() == DatePrecision.DAY && !d.relative()
              && YEAR.matcher(line.substring(d.start(), d.end())).find())
          .toList();
      if (days.isEmpty()) {
        LocalDate told = weekdayDateline(line);
        if (told != null) {
          return told;
        }
        continue;
      }
      DateMention first = days.get(0);
      if (LEAD.matcher(line.substring(0, first.start())).matches() && DASH.matcher(line.substring(first.end())).lookingAt()) {
        return first.value().day(); // "(Feb. 21, 2026) — ..." or "WASHINGTON, Feb. 24, 2026 — ..."
      }
      // "Published by Luis Francisco Orozco 5 de febrero, 2026": a byline may stand beside a cue
      int allowed = CUE.matcher(line).find() ? MAX_OTHER_WORDS_WITH_CUE : MAX_OTHER_WORDS;
      if (otherWords(line, days) > allowed) {
        continue;
      }
      for (DateMention d : days) {
        if (!UPDATED.matcher(line.substring(0, d.start())).find()) {
          return d.value().day();
        }
      }
      return days.get(0).value().day();
    }
    return null;
  }

  /**
   * A line that is only a weekday and a day without its year ("Sunday, November 2"): the one year
   * of the campaign's first two in which that day falls on that weekday, or null.
   */
  private static @Nullable LocalDate weekdayDateline(String line) {
    Matcher m = WEEKDAY_DAY.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    LocalDate found = null;
    for (int year = Lexicons.FIRST_STRIKE.getYear(); year <= Lexicons.FIRST_STRIKE.getYear() + 1; year++) {
      DateResolver.Anchor in = new DateResolver.Anchor(null, null, LocalDate.of(year, 1, 1));
      for (DateMention d : DateResolver.find(m.group("day"), in)) {
        if (d.value().precision() == DatePrecision.DAY
            && d.value().day().getDayOfWeek() == DateResolver.weekday(m.group("weekday"))
            && !d.value().day().isBefore(Lexicons.FIRST_STRIKE)) {
          if (found != null && !found.equals(d.value().day())) {
            return null; // two years fit: the line does not say which
          }
          found = d.value().day();
        }
      }
    }
    return found;
  }

  /** The words of {@code line} outside its dates that are not dateline words. */
  private static int otherWords(String line, List<DateMention> days) {
    StringBuilder rest = new StringBuilder(line);
    for (DateMention d : days) {
      for (int k = d.start(); k < d.end(); k++) {
        rest.setCharAt(k, ' ');
      }
    }
    int n = 0;
    for (var m = WORD.matcher(rest); m.find(); ) {
      String w = m.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      n += WORDS.contains(w) || WORDS.contains(w + ".") ? 0 : 1;
    }
    return n;
  }
}
