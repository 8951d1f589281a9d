package org.reckon.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences that are page furniture, not reporting: "More from ..." sidebars and "Must reads"
 * lists that scraped text runs into the article, and the author's bio line at the end. No rule
 * takes facts from them.
 */
final class Boilerplate {
  private static final Pattern SIDEBAR = Pattern.compile(
      "(?iu)\\b(?:more from|must reads?|most read|read more|related(?: stories| articles)?:|recommended for you|"
          + "sign up for|subscribe to|you may also like|trending now|más leídas|lo más leído|te puede interesar)\\b");
  private static final Pattern AUTHOR_BIO = Pattern.compile(
      "(?u)^(?:\\p{Lu}[\\p{L}’'-]+\\s){1,4}(?:is|was) an? (?:[\\p{L}-]+ ){0,3}(?:writer|reporter|editor|correspondent|columnist"
          + "|journalist|contributor|producer)\\b");

  private Boilerplate() {}

  static List<Sentence> content(List<Sentence> sentences) {
    return sentences.stream().filter(s -> !isBoilerplate(s.text())).toList();
  }

  static boolean isBoilerplate(String sentence) {
    return SIDEBAR.matcher(sentence).find() || AUTHOR_BIO.matcher(sentence).find();
  }
}
