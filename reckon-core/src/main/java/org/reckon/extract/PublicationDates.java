package org.reckon.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DatePrecision;
import org.reckon.model.DateRange;

/**
 * Bounds the publication date of an undated document from its text (data-contract §2.1): it was
 * published no earlier than the latest past day it names ("On October 10th, ... was awarded").
 * Days are read without an anchor, their year taken from the campaign window. Phrases that look
 * ahead ("will", "next", "scheduled", "by") are not evidence of the past and are ignored.
 */
final class PublicationDates {
  private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:will|would|next|scheduled|planned|expected|due|deadline|by)\\s+(?:\\p{L}+\\s+){0,2}$");

  private PublicationDates() {}

  static @Nullable DateRange infer(List<Sentence> sentences, DateResolver.Anchor noAnchor) {
    LocalDate latest = null;
    for (Sentence s : sentences) {
      for (DateMention d : DateResolver.find(s.text(), noAnchor)) {
        if (!d.value().known() || d.value().precision() != DatePrecision.DAY
            || s.text().substring(d.start(), d.end()).matches("(?iu).*\\b(?:later|earlier|after|before|ago|después|antes|atrás)$")) {
          continue;
        }
        if (FUTURE.matcher(s.text().substring(0, d.start())).find()) {
          continue;
        }
        LocalDate day = d.value().day();
        if (latest == null || day.isAfter(latest)) {
          latest = day;
        }
      }
    }
    return latest == null ? null : new DateRange(latest, null);
  }
}
