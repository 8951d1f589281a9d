package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

class AnalysisTest {
  @Test
  void dates_ofASentenceAndOfAPartSplitFromIt_areEachTheirOwn() {
    String text = "A strike killed eight people, and on Feb. 16 another killed three.";
    Document d = new Document(TextNormalizer.sha256(text), "t.txt", null, null, null, "en", null, null,
        PublishedBasis.UNKNOWN, text, Map.of());
    LocalDate day = LocalDate.of(2026, 2, 17);
    Analysis a = new Analysis(d, "en", List.of(), new DateResolver.Anchor(day, day, day.minusYears(1)), day);
    Sentence whole = new Sentence(0, 0, text.length(), 0, text);
    Sentence firstHalf = new Sentence(0, 0, 28, 0, text.substring(0, 28)); // same start, no date in it

    assertThat(a.dates(firstHalf)).isEmpty();
    assertThat(a.dates(whole)).extracting(m -> m.value().iso()).containsExactly("2026-02-16");
  }
}
