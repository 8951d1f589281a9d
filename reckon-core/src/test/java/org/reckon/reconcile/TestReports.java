package org.reckon.reconcile;

import java.time.LocalDate;
import java.util.Map;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;

/** Short reports written for the reconciliation tests, extracted as ingest would. */
final class TestReports {
  private static final Extractor EXTRACTOR = new Extractor();

  private TestReports() {}

  /** A report of {@code outlet} (its file is {@code outlet.txt}), dated by its header, or undated when null. */
  static Extraction report(String outlet, String published, String text) {
    String body = TextNormalizer.normalize(text);
    LocalDate day = published == null ? null : LocalDate.parse(published);
    return EXTRACTOR.extract(new Document(TextNormalizer.sha256(body), outlet + ".txt", null, null, outlet, "en",
        day, null, day == null ? PublishedBasis.UNKNOWN : PublishedBasis.HEADER, body, Map.of()));
  }
}
