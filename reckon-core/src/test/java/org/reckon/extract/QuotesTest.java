package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
  private static List<String> quoted(String text) {
    return Quotes.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void unclosedQuotes_inAParagraph_findNothing_andTheNextParagraphsQuotesAreFound() {
    String text = "He said “no and “never and “not at all.\nShe said “yes, indeed,” and left. “Open again\n“and closed.”";
    // the paragraph of three unclosed marks has no quote; the last quote runs over a paragraph break
    assertThat(quoted(text)).containsExactly("yes, indeed,", "Open again", "and closed.");
  }

  @Test
  void aQuoteMarkInsideAnUnclosedOnesReach_stillOpensAQuoteThatCloses() {
    String text = "“one “two” three";
    assertThat(quoted(text)).containsExactly("one “two");
  }

  @Test
  void straightQuotes_openAfterWhiteSpace_andAnUnclosedOneFindsNothing() {
    String text = "He said \"it was legal,\" and then \"nothing more";
    assertThat(quoted(text)).containsExactly("it was legal,");
  }
}
