package org.reckon.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.DateRange;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;

/**
 * Reads one document and gives its facts (data-contract §2). Stateless after construction and
 * thread-safe: one instance serves every thread.
 */
public final class Extractor {
  /** Stored with every extraction; bump it when a rule changes what is extracted. */
  public static final String VERSION = "rules-0.4";
  private static final int MAX_SENTENCE_CHARS = 2_000;

  /**
   * The campaign's trigger words in English and Spanish (configuration: {@code
   * campaign.yaml}, {@code triggers}), for a cheap prefilter that skips pages which cannot be about it.
   */
  public static List<String> triggerWords() {
    return Lexicons.TRIGGER_WORDS;
  }
  private static final Pattern DATE_LINE = Pattern.compile("[ \\t]*date[ \\t]+\\d{4}-\\d{2}-\\d{2}\\b[ \\t]*");
  private static final int DATE_LINE_REACH = 200;

  /**
   * The sentence without a leading data-contract date line (" date 2025-12-19 ..."): that day is
   * when the report appeared, read by ingest, not a day the story tells of.
   */
  private static Sentence withoutDateLine(Sentence s) {
    if (s.start() > DATE_LINE_REACH) {
      return s;
    }
    Matcher m = DATE_LINE.matcher(s.text());
    if (!m.lookingAt() || m.end() == s.text().length()) {
      return s;
    }
    return new Sentence(s.index(), s.start() + m.end(), s.end(), s.paragraph(), s.text().substring(m.end()));
  }

  /**
   * Extracts the facts of {@code document}. Never throws on odd text: it yields fewer facts. To
   * bound the time it takes, interrupt the thread: the rules check often and stop.
   *
   * @throws ExtractionInterruptedException when the thread is interrupted before the end
   */
  public Extraction extract(Document document) {
    Interruptions.check();
    // Real sentences are short; a "sentence" of thousands of characters is a table, a list or
    // garbage, and the rules' patterns would only spend time on it.
    List<Sentence> sentences = Boilerplate.content(SentenceSplitter.split(document.text())).stream()
        .filter(s -> s.text().length() <= MAX_SENTENCE_CHARS)
        .map(Extractor::withoutDateLine)
        .toList();
    String language = document.language() != null ? document.language() : LanguageGuess.guess(document.text());
    LocalDate windowStart = Lexicons.UNDATED_WINDOW_START;

    LocalDate published = document.published();
    DateRange range = document.publishedRange();
    PublishedBasis basis = document.publishedBasis();
    if (published == null && range == null) {
      published = Datelines.find(document.text());
      basis = published != null ? PublishedBasis.TEXT : basis;
    }
    if (published == null && range == null) {
      range = PublicationDates.infer(document, sentences, new DateResolver.Anchor(null, null, windowStart));
      if (range != null && range.from() != null && range.from().equals(range.to())) {
        published = range.from();
        range = null;
      }
      basis = published == null && range == null ? PublishedBasis.UNKNOWN : PublishedBasis.INFERRED;
    }
    DateResolver.Anchor anchor = published != null
        ? new DateResolver.Anchor(published, published, windowStart)
        : range != null ? new DateResolver.Anchor(range.from(), range.to(), windowStart)
        : new DateResolver.Anchor(null, null, windowStart);
    LocalDate asOf = published != null ? published : range != null ? range.from() : null;

    Analysis analysis = new Analysis(document, language == null ? "" : language, sentences, anchor, asOf);
    boolean supported = "en".equals(language) || "es".equals(language);
    Interruptions.check();
    ActorRules.Result actors = supported ? ActorRules.find(analysis) : new ActorRules.Result(List.of(), List.of(), java.util.Map.of());
    List<org.reckon.model.Incident> incidents = supported ? IncidentRules.find(analysis) : List.of();
    return new Extraction(
        document,
        VERSION,
        language,
        published,
        range,
        basis,
        incidents,
        supported ? TallyRules.find(analysis) : List.of(),
        supported ? ClaimRules.find(analysis, actors, incidents) : List.of(),
        actors.actors(),
        supported ? InstrumentRules.find(analysis) : List.of());
  }
}
