package org.reckon.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Document;
import org.reckon.model.Span;

/**
 * One document prepared for the rules: its sentences and the dates relative expressions are
 * resolved against. Built once per document; the rule families only read it.
 *
 * @param asOf the day tallies are reported as of: the publication day, or the earliest day it
 *     can be; null when nothing bounds it
 * @param read what the rules read off each sentence, kept so that each is read once per document
 *     however many rules ask (a part of one split off by a rule is a sentence of its own); filled as
 *     rules ask (one document is read by one thread)
 * @param sentenceIndex which sentence holds an offset
 */
record Analysis(Document document, String language, List<Sentence> sentences, DateResolver.Anchor anchor,
    @Nullable LocalDate asOf, Read read, SentenceIndex sentenceIndex) {

  Analysis(Document document, String language, List<Sentence> sentences, DateResolver.Anchor anchor, @Nullable LocalDate asOf) {
    this(document, language, sentences, anchor, asOf, new Read(), new SentenceIndex(sentences));
  }

  /** What the rules have read off each sentence so far. */
  static final class Read {
    private final Map<Sentence, List<DateMention>> dates = new HashMap<>();
    private final Map<Sentence, List<CountMention>> counts = new HashMap<>();
    private final Map<Sentence, Boolean> aggregate = new HashMap<>();
    private final Map<Sentence, Optional<IncidentRules.RegionMatch>> region = new HashMap<>();
  }

  /** The sentence that holds {@code offset}, or null when it lies outside the content. */
  @Nullable Sentence sentenceAt(int offset) {
    return sentenceIndex.first(offset);
  }

  String text() {
    return document.text();
  }

  /** The span of {@code [start, end)} relative to {@code sentence}. */
  Span span(Sentence sentence, int start, int end) {
    return Span.of(document.text(), sentence.start() + start, sentence.start() + end);
  }

  Span span(Sentence sentence) {
    return Span.of(document.text(), sentence.start(), sentence.end());
  }

  /** The date expressions of a sentence, resolved once per document: every rule family asks. */
  List<DateMention> dates(Sentence sentence) {
    return read.dates.computeIfAbsent(sentence, k -> DateResolver.find(sentence.text(), anchor));
  }

  /** The counts of a sentence, without the numbers that belong to its dates ("Nov. 3", "2 de septiembre"). */
  List<CountMention> counts(Sentence sentence) {
    List<CountMention> counts = read.counts.get(sentence);
    if (counts == null) {
      List<DateMention> dates = dates(sentence);
      counts = Counts.find(sentence.text()).stream()
          .filter(c -> dates.stream().noneMatch(d -> c.start() < d.end() && d.start() < c.end()))
          .toList();
      read.counts.put(sentence, counts);
    }
    return counts;
  }

  /** {@link TallyRules#isAggregate} of the sentence. */
  boolean aggregate(Sentence sentence) {
    return read.aggregate.computeIfAbsent(sentence, k -> TallyRules.isAggregate(sentence.text()));
  }

  /** {@link IncidentRules#region} of the sentence. */
  IncidentRules.@Nullable RegionMatch region(Sentence sentence) {
    return read.region.computeIfAbsent(sentence, k -> Optional.ofNullable(IncidentRules.region(sentence.text()))).orElse(null);
  }
}
