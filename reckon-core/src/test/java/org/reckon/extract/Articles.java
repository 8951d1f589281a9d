package org.reckon.extract;

import java.time.LocalDate;
import java.util.Map;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;

/** Short articles written for the tests, extracted as a user's would be. */
final class Articles {
  private static final Extractor EXTRACTOR = new Extractor();

  private Articles() {}

  /** The article as a report without a publication date: what it tells is dated from its text alone. */
  static Extraction extractUndated(String text) {
    return extract(text, null);
  }

  static Extraction extract(String text, @org.jspecify.annotations.Nullable LocalDate published) {
    String body = TextNormalizer.normalize(text);
    return EXTRACTOR.extract(new Document(TextNormalizer.sha256(body), "test.txt", null, null, null, null, published,
        null, published == null ? PublishedBasis.UNKNOWN : PublishedBasis.HEADER, body, Map.of()));
  }
}
