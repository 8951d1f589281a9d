package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.Extraction;

class ExtractionJsonTest {
  @Test
  void read_whatTreeWrote_givesTheSameExtraction() {
    Extraction e = Articles.extract("""
        “We hit the boat,” Defense Secretary Pete Hegseth said. Tuesday's strike in the Caribbean killed three people.
        Since September, the strikes have killed at least 40 people. The execute order was signed on Aug. 5.""",
        LocalDate.of(2025, 10, 15));
    assertThat(e.incidents()).isNotEmpty();
    assertThat(e.claims()).isNotEmpty();

    Extraction back = ExtractionJson.read(ExtractionJson.tree(e), e.document());

    assertThat(back).isEqualTo(e);
  }
}
