package org.reckon.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.reckon.fuzz.BoundedRun;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * Fuzzes {@link Extractor#extract} on any normalised text, in English, Spanish or an unstated
 * language, with or without a publication day, and checks {@link ExtractionChecks} on what it
 * gives. Each input is bounded as {@code --time-budget} bounds a document: the extraction runs on
 * a worker that is interrupted when the budget is up, and a text of at most {@link #MAX_CHARS}
 * that runs over it is a finding (real reports of that size take milliseconds). Seeds and past
 * findings: {@code ExtractorFuzzTestInputs/}.
 */
class ExtractorFuzzTest {
  static final int MAX_CHARS = 16_000;
  /** Two extractions of at most 16k characters, instrumented when fuzzing; a guard against runaway rules, not a measurement. */
  private static final Duration BUDGET = Duration.ofSeconds(20);
  /**
   * Allocation for two extractions. Jazzer's hooks allocate on every comparison they trace, so under
   * fuzzing a 216-character sentence that backtracks over a run of spaces allocated 1.1 GB where the
   * plain run allocates 4 MB (crash-aee349… in the inputs): the bound is set for instrumented runs.
   */
  private static final long MAX_ALLOCATED_BYTES = 4L * 1024 * 1024 * 1024;
  private static final LocalDate CAMPAIGN_START = LocalDate.of(2025, 9, 2);
  private static final Extractor EXTRACTOR = new Extractor();
  private static final BoundedRun BOUNDED = new BoundedRun(BUDGET, MAX_ALLOCATED_BYTES);

  static {
    // The first extraction loads the lexicons and patterns: not the cost of any one input.
    String warmUp = "U.S. forces struck a boat in the Caribbean on Tuesday, killing 11 people, Pete Hegseth said.";
    EXTRACTOR.extract(new Document(TextNormalizer.sha256(warmUp), "warm-up.txt", null, null, null, "en",
        CAMPAIGN_START, null, PublishedBasis.HEADER, warmUp, Map.of()));
  }

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"killed", "killing", "at least ", "more than ", "people", "survivors", "strike", "boat", "vessel",
      "Caribbean", "eastern Pacific", "Tuesday", "Sept. 2", "Hegseth said", "\u201c", "\u201d", " said.", "muertos",
      "al menos ", "lancha", "el martes", "according to", "officials", " date 2025-12-19 "})
  void extract_anyText_givesCheckedFactsWithinTheBudget(FuzzedDataProvider data) throws Exception {
    String language = data.pickValue(new String[] {"en", "es", ""});
    int day = data.consumeInt(-1, 500);
    String text = TextNormalizer.normalize(data.consumeRemainingAsString());
    if (text.length() > MAX_CHARS) {
      text = TextNormalizer.normalize(text.substring(0, MAX_CHARS));
    }
    LocalDate published = day < 0 ? null : CAMPAIGN_START.plusDays(day);
    Document document = new Document(TextNormalizer.sha256(text), "fuzz.txt", null, null, null,
        language.isEmpty() ? null : language, published, null,
        published == null ? PublishedBasis.UNKNOWN : PublishedBasis.HEADER, text, Map.of());
    BOUNDED.call("extraction of " + text.length() + " chars", () -> {
      ExtractionChecks.check(document, EXTRACTOR.extract(document), EXTRACTOR.extract(document));
      return null;
    });
  }
}
