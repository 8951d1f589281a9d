package org.reckon.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Document;
import org.reckon.model.Span;

/**
 * One document prepared for the rules: its sentences and the dates relative expressions are
 * resolved against. Built once per document; the rule families only read it.
 *
 * @param asOf the day tallies are reported as of: the publication day, or the earliest day it
 *     can be; null when nothing bounds it
 * @param datesBySentence the resolved dates of each sentence (a part of one split off by a rule is
 *     a sentence of its own); filled as rules ask
 *     (one document is read by one thread)
 */
record Analysis(Document document, String language, List<Sentence> sentences, DateResolver.Anchor anchor,
    @Nullable LocalDate asOf, Map<Sentence, List<DateMention>> datesBySentence) {

  Analysis(Document document, String language, List<Sentence> sentences, DateResolver.Anchor anchor, @Nullable LocalDate asOf) {
    this(document, language, sentences, anchor, asOf, new HashMap<>());
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
    return datesBySentence.computeIfAbsent(sentence, k -> DateResolver.find(sentence.text(), anchor));
  }

  /** The counts of a sentence, without the numbers that belong to its dates ("Nov. 3", "2 de septiembre"). */
  List<CountMention> counts(Sentence sentence) {
    List<DateMention> dates = dates(sentence);
    return Counts.find(sentence.text()).stream()
        .filter(c -> dates.stream().noneMatch(d -> c.start() < d.end() && d.start() < c.end()))
        .toList();
  }
}
