package org.reckon.extract;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateRange;
import org.reckon.model.Document;

/**
 * Dates an undated document from its text (data-contract §2.1). Two kinds of evidence, each a
 * window the publication day lies in, are intersected:
 * <ul>
 *   <li>the latest past day it names ("On October 10th, ... was awarded"): no earlier than that;
 *       phrases that look ahead ("will", "next", "scheduled", "by") are not evidence of the past;
 *   <li>a known event and how it places it ({@link KnownEvents}): "earlier this week", "last week".
 * </ul>
 * When the windows close the date from above, news style does the rest: a report names the days
 * of its own week, so it appeared on the latest weekday it names inside the window ("Tuesday's
 * strike ... The US on Wednesday said" appeared on the Wednesday). Without a weekday the window
 * is the answer. Windows that contradict each other fall back to the lower bound alone.
 */
final class PublicationDates {
  private static final Pattern FUTURE = Pattern.compile(
      "(?iu)\\b(?:will|would|next|scheduled|planned|expected|due|deadline|by)\\s+(?:\\p{L}+\\s+){0,2}$");
  private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b(" + DateResolver.WEEKDAY_NAMES + ")(?:'s|’s)?\\b");

  private PublicationDates() {}

  /**
   * The days {@code document} can have appeared on; a range whose ends are equal is one day.
   * Null when the text bounds nothing.
   */
  static @Nullable DateRange infer(Document document, List<Sentence> sentences, DateResolver.Anchor noAnchor) {
    LocalDate latest = latestPastDay(sentences, noAnchor);
    List<DateRange> windows = new ArrayList<>(KnownEvents.windows(sentences));
    LocalDate from = latest;
    LocalDate to = null;
    for (DateRange w : windows) {
      from = from == null || w.from().isAfter(from) ? w.from() : from;
      to = w.to() == null ? to : to == null || w.to().isBefore(to) ? w.to() : to;
    }
    if (from != null && to != null && from.isAfter(to)) {
      return latest == null ? null : new DateRange(latest, null); // evidence in conflict: keep only what is sure
    }
    if (from == null || to == null) {
      return from == null ? null : new DateRange(from, null);
    }
    LocalDate day = latestWeekday(sentences, from, to);
    return day != null ? new DateRange(day, day) : new DateRange(from, to);
  }

  /** The latest day in {@code [from, to]} that a weekday the text names can be, counted from {@code from}. */
  private static @Nullable LocalDate latestWeekday(List<Sentence> sentences, LocalDate from, LocalDate to) {
    LocalDate latest = null;
    for (Sentence s : sentences) {
      for (Matcher m = WEEKDAY.matcher(s.text()); m.find(); ) {
        LocalDate d = from.with(TemporalAdjusters.nextOrSame(DateResolver.weekday(m.group(1))));
        if (!d.isAfter(to) && (latest == null || d.isAfter(latest))) {
          latest = d;
        }
      }
    }
    return latest;
  }

  private static @Nullable LocalDate latestPastDay(List<Sentence> sentences, DateResolver.Anchor noAnchor) {
    LocalDate latest = null;
    for (Sentence s : sentences) {
      if (s.text().chars().noneMatch(Character::isDigit)) {
        continue; // a day stated outright has a number in it ("Oct. 10", "10 de octubre"): skip the rest fast
      }
      for (DateMention d : DateResolver.find(s.text(), noAnchor)) {
        if (!d.value().known() || d.value().precision() != DatePrecision.DAY
            || s.text().substring(d.start(), d.end()).matches("(?iu).*\\b(?:later|earlier|after|before|ago|después|antes|atrás)$")) {
          continue;
        }
        if (FUTURE.matcher(s.text().substring(0, d.start())).find()) {
          continue;
        }
        LocalDate day = IncidentRules.tellsStrikeOnVessel(s.text()) ? IncidentRules.strikeDay(d, null).day() : d.value().day();
        if (latest == null || day.isAfter(latest)) {
          latest = day;
        }
      }
    }
    return latest;
  }
}
