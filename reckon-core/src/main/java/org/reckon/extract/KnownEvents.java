package org.reckon.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.DateRange;

/**
 * Bounds the publication date of an undated article by the dated public events it tells
 * ({@code events.tsv}) and how it places them in time: "earlier this week" puts the article in
 * the event's week after it, "last week" in the week after, "yesterday" on the next day, the
 * event's own weekday ("On Tuesday, Trump announced ...") within six days, and a bare mention
 * after it. A sentence that speaks of a plan, a reward or a condition is not evidence the event
 * has happened.
 */
final class KnownEvents {
  record Event(LocalDate date, String name, String cue, Pattern pattern) {}

  private static final List<Event> EVENTS = Lexicons.lines("events.tsv").stream()
      .map(line -> line.split("\t"))
      .map(f -> new Event(LocalDate.parse(f[0]), f[1], f[2].toLowerCase(Locale.ROOT), Pattern.compile("(?iu)" + f[3])))
      .toList();
  private static final Pattern HYPOTHETICAL = Pattern.compile(
      "(?iu)\\b(?:reward|bounty|recompensa|plans?|planned|would|could|might|if|whether|threaten\\w*|possible|si)\\b");
  private static final Pattern EARLIER_THIS_WEEK = Pattern.compile("(?iu)\\b(?:earlier this week|a principios de esta semana)\\b");
  private static final Pattern THIS_WEEK = Pattern.compile("(?iu)\\b(?:this week|esta semana)\\b");
  private static final Pattern LAST_WEEK = Pattern.compile("(?iu)\\b(?:last week|la semana pasada)\\b");
  private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b(?:" + DateResolver.WEEKDAY_NAMES + ")\\b");
  private static final Pattern YESTERDAY = Pattern.compile("(?iu)\\b(?:yesterday|ayer)\\b");

  private KnownEvents() {}

  /** The publication windows the article's events give, one per event sentence; an end may be null. */
  static List<DateRange> windows(List<Sentence> sentences) {
    List<DateRange> windows = new ArrayList<>();
    for (Sentence s : sentences) {
      String text = s.text();
      String lower = text.toLowerCase(Locale.ROOT);
      for (Event e : EVENTS) {
        if (lower.contains(e.cue()) && e.pattern().matcher(text).find() && !HYPOTHETICAL.matcher(text).find()) {
          windows.add(window(e.date(), text));
        }
      }
    }
    return windows;
  }

  private static DateRange window(LocalDate event, String sentence) {
    if (YESTERDAY.matcher(sentence).find()) {
      return new DateRange(event.plusDays(1), event.plusDays(1));
    }
    if (LAST_WEEK.matcher(sentence).find()) {
      LocalDate monday = event.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      return new DateRange(monday, monday.plusDays(6));
    }
    LocalDate sunday = event.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    if (EARLIER_THIS_WEEK.matcher(sentence).find()) {
      return new DateRange(event.plusDays(1), sunday.isAfter(event) ? sunday : event.plusDays(1));
    }
    if (THIS_WEEK.matcher(sentence).find()) {
      return new DateRange(event, sunday);
    }
    for (Matcher w = WEEKDAY.matcher(sentence); w.find(); ) {
      if (DateResolver.weekday(w.group()) == event.getDayOfWeek()) {
        return new DateRange(event, event.plusDays(6)); // "On Tuesday, Trump announced ..." of a Tuesday event
      }
    }
    return new DateRange(event, null);
  }
}
