package org.reckon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;

/** Who claimed an incident's affiliation and cargo, over short reports written for this test. */
class AttributionsTest {
  private static final Extractor EXTRACTOR = new Extractor();

  private static Extraction report(String outlet, String published, String text) {
    String body = TextNormalizer.normalize(text);
    return EXTRACTOR.extract(new Document(TextNormalizer.sha256(body), outlet + ".txt", null, null, outlet, "en",
        LocalDate.parse(published), null, PublishedBasis.HEADER, body, Map.of()));
  }

  @Test
  void affiliationAndCargo_eachWithItsSpeakersAndStance_generalRemarksLeftOut() {
    CampaignRecord record = Reconciler.reconcile(List.of(
        report("wire", "2025-10-18", """
            A U.S. strike on a boat in the Caribbean on Friday killed three people. Hegseth said the three men aboard were members of the ELN and that the vessel was carrying cocaine.
            The ELN has long operated along the border, an analyst said."""),
        report("local", "2025-10-20", """
            Relatives said the three men killed in the Oct. 17 strike on a boat in the Caribbean had nothing to do with the ELN.""")));
    JsonNode by = RecordJson.incident(record.incidents().get(0), RecordJson.claimsByDocument(record.claims())).get("claimed_by");

    JsonNode eln = by.get("affiliation").get("National Liberation Army");
    assertThat(eln).extracting(n -> n.get("speaker").asText() + " " + n.get("stance").asText())
        .containsExactlyInAnyOrder("Pete Hegseth asserts", "null disputes");
    assertThat(by.get("cargo").get("cocaine")).extracting(n -> n.get("speaker").asText())
        .containsExactly("Pete Hegseth");
  }

  @Test
  void statedOnlyInTheReportsOwnVoice_isAttributedToTheDocument() {
    CampaignRecord record = Reconciler.reconcile(List.of(report("wire", "2025-10-18",
        "A U.S. strike on Friday destroyed a boat operated by Tren de Aragua in the Caribbean, killing three.")));
    JsonNode tda = RecordJson.incident(record.incidents().get(0), RecordJson.claimsByDocument(record.claims()))
        .get("claimed_by").get("affiliation").get("Tren de Aragua");
    assertThat(tda).singleElement().satisfies(n -> {
      assertThat(n.get("speaker").isNull()).isTrue();
      assertThat(n.get("speaker_type").asText()).isEqualTo("reported");
      assertThat(n.get("source").asText()).isEqualTo("wire.txt");
    });
  }
}
