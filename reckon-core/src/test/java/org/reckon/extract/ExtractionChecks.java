package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.reckon.model.CountRange;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.PublishedBasis;
import org.reckon.model.Span;

/**
 * What an extraction promises for any document (data-contract §2), checked by the fuzz test and
 * the regression corpus: every fact has evidence, and every evidence span lies inside the text and
 * holds exactly the text at its offsets; counts are intervals that do not run backwards; the
 * language is one Reckon reads or none; the publication basis says "unknown" exactly when nothing
 * is known; the JSON line of {@code reckon extract} reads back as the same extraction (the store
 * relies on that); and extracting again gives the same facts (the record is a function of the
 * documents).
 */
public final class ExtractionChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionChecks() {}

  /** Checks {@code e}, the extraction of {@code document}; {@code again} is a second extraction of it. */
  public static void check(Document document, Extraction e, Extraction again) throws Exception {
    String text = document.text();
    assertThat(e.document()).isSameAs(document);
    assertThat(e.extractorVersion()).isEqualTo(Extractor.VERSION);
    if (document.language() != null) {
      assertThat(e.language()).as("a stated language is kept").isEqualTo(document.language());
    } else {
      assertThat(e.language()).as("a guessed language").isIn(null, "en", "es");
    }
    assertThat(e.publishedBasis() == PublishedBasis.UNKNOWN)
        .as("basis unknown exactly when no date or range: " + e.published() + " " + e.publishedRange())
        .isEqualTo(e.published() == null && e.publishedRange() == null);
    for (Incident i : e.incidents()) {
      spans("incident", text, i.evidence());
      range("killed", i.killed());
      range("survivors", i.survivors());
      if (i.vessels() != null) {
        assertThat(i.vessels()).as("vessels").isNotNegative();
      }
    }
    e.tallies().forEach(t -> spans("tally " + t.metric(), text, t.evidence()));
    e.claims().forEach(c -> {
      spans("claim", text, c.evidence());
      assertThat(c.speakerType()).isNotNull();
      assertThat(c.kind()).isNotNull();
    });
    e.actors().forEach(a -> spans("actor " + a.name(), text, a.evidence()));
    e.instruments().forEach(i -> spans("instrument " + i.name(), text, i.evidence()));

    Extraction back = ExtractionJson.read(JSON.readTree(ExtractionJson.line(e)), document);
    assertThat(back).as("the JSON line reads back as the same extraction").isEqualTo(e);
    assertThat(again).as("extracting the same document again").isEqualTo(e);
  }

  private static void spans(String fact, String text, List<Span> evidence) {
    assertThat(evidence).as(fact + " evidence").isNotEmpty();
    for (Span s : evidence) {
      assertThat(s.end()).as(fact + " span " + s.start() + ".." + s.end() + " ends inside the text of " + text.length())
          .isLessThanOrEqualTo(text.length());
      assertThat(s.text()).as(fact + " span text is the text at its offsets").isEqualTo(text.substring(s.start(), s.end()));
    }
  }

  private static void range(String what, CountRange r) {
    if (r == null) {
      return;
    }
    if (r.min() != null) {
      assertThat(r.min()).as(what + " min").isNotNegative();
    }
    if (r.max() != null) {
      assertThat(r.max()).as(what + " max").isNotNegative();
    }
    if (r.min() != null && r.max() != null) {
      assertThat(r.min()).as(what + " min <= max").isLessThanOrEqualTo(r.max());
    }
  }
}
