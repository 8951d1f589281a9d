package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

class PlainTextReaderTest {
  @Test
  void read_header_givesMetadataAndBodyWithoutHeader() throws Exception {
    Document d = PlainTextReader.read("a.txt", """
        url: https://example.org/strike
        title: Strike kills three
        outlet: Example Wire
        published: 2025-09-15T18:04:00-04:00
        language: EN
        author: A. Reporter

        Three men were killed on Monday.
        """);
    assertThat(d.url()).isEqualTo("https://example.org/strike");
    assertThat(d.title()).isEqualTo("Strike kills three");
    assertThat(d.outlet()).isEqualTo("Example Wire");
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(d.publishedBasis()).isEqualTo(PublishedBasis.HEADER);
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.metadata()).containsEntry("author", "A. Reporter").doesNotContainKey("url");
    assertThat(d.text()).isEqualTo("Three men were killed on Monday.");
    assertThat(d.id()).isEqualTo(TextNormalizer.sha256("Three men were killed on Monday."));
  }

  @Test
  void read_sameBodyDifferentHeaders_sameId() throws Exception {
    Document a = PlainTextReader.read("a.txt", "title: A\n\nBody text.");
    Document b = PlainTextReader.read("b.txt", "Body text.\n");
    assertThat(a.id()).isEqualTo(b.id());
  }

  @Test
  void read_headlineWithColon_staysInBody() throws Exception {
    String text = "Update: US strikes another boat\n\nThe strike killed four.";
    Document d = PlainTextReader.read("a.txt", text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.title()).isNull();
    assertThat(d.publishedBasis()).isEqualTo(PublishedBasis.UNKNOWN);
  }

  @Test
  void read_dateLineWithTextAfterIt_isPublicationDateAndTextIsKept() throws Exception {
    String text = " date 2025-12-19 The administration has killed almost 100 people.\nMore.";
    Document d = PlainTextReader.read("x.txt", text);
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 19));
    assertThat(d.publishedBasis()).isEqualTo(PublishedBasis.TEXT);
    assertThat(d.text()).isEqualTo(text);
  }

  @Test
  void read_dateLineOnThirdLine_counts_onFourthLine_doesNot() throws Exception {
    assertThat(PlainTextReader.read("x.txt", "Headline\nByline\n date 2025-10-01\nBody").published())
        .isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(PlainTextReader.read("x.txt", "Headline\nByline\nDek\n date 2025-10-01\nBody").published()).isNull();
  }

  @Test
  void read_unparseablePublishedHeader_failsNamingFileValueAndFix() {
    assertThatThrownBy(() -> PlainTextReader.read("notes/a.txt", "published: last Tuesday\n\nBody."))
        .isInstanceOf(BadInputException.class)
        .hasMessage("notes/a.txt: header 'published: last Tuesday' is not an ISO date or date-time; "
            + "write it as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (e.g. published: 2025-09-03), or remove the line");
  }

  @Test
  void read_impossibleDay_isRejected() {
    assertThatThrownBy(() -> PlainTextReader.read("a.txt", "published: 2025-02-30\n\nBody."))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'published: 2025-02-30' is not an ISO date");
  }

  @Test
  void read_headerWithoutBody_failsAsNoText() {
    assertThatThrownBy(() -> PlainTextReader.read("a.txt", "title: Only a header\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("a.txt: no text (only whitespace or a header); remove it or add the article text");
  }
}
