package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountsTest {
  private static List<String> counts(String sentence) {
    return Counts.find(sentence).stream()
        .map(m -> sentence.substring(m.start(), m.end()) + "=" + m.count().value() + "/" + m.count().bound().key()
            + (m.noun().isEmpty() ? "" : " " + m.noun()))
        .toList();
  }

  @Test
  void find_qualifiersInEnglish() {
    assertThat(counts("killing at least 99 people")).containsExactly("at least 99=99/at_least people");
    assertThat(counts("almost 100 people")).containsExactly("almost 100=100/almost people");
    assertThat(counts("more than 80 people")).containsExactly("more than 80=80/more_than people");
    assertThat(counts("nearly a dozen boats")).containsExactly("nearly a dozen=12/almost boats");
    assertThat(counts("roughly 1,500 troops")).containsExactly("roughly 1,500=1500/about troops");
    assertThat(counts("up to five survivors")).containsExactly("up to five=5/at_most survivors");
  }

  @Test
  void find_numberWords() {
    assertThat(counts("eleven people")).containsExactly("eleven=11/exact people");
    assertThat(counts("two dozen groups")).containsExactly("two dozen=24/exact groups");
    assertThat(counts("three men were killed")).containsExactly("three=3/exact men");
    assertThat(counts("twenty-one people")).containsExactly("twenty-one=21/exact people");
    assertThat(counts("all 11 people killed")).containsExactly("all 11=11/exact people");
  }

  @Test
  void find_spanish() {
    assertThat(counts("Al menos 99 personas")).containsExactly("Al menos 99=99/at_least personas");
    assertThat(counts("mató a once personas")).containsExactly("once=11/exact personas");
    assertThat(counts("casi cien muertos")).containsExactly("casi cien=100/almost muertos");
    assertThat(counts("veintiún ataques")).containsExactly("veintiún=21/exact ataques");
  }

  @Test
  void find_percentagesYearsAndPronounOne_areNotCounts() {
    assertThat(counts("96 percent of the drugs")).isEmpty();
    assertThat(counts("96% of the drugs")).isEmpty();
    assertThat(counts("in 2025, the one that")).isEmpty();
    assertThat(counts("Sept. 2.5 million")).doesNotContain("2=2/exact");
  }
}
