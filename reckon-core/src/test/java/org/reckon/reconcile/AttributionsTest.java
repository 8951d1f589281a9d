package org.reckon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reckon.reconcile.TestReports.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reckon.model.CampaignRecord;

/** Who claimed an incident's affiliation and cargo, over short reports written for this test. */
class AttributionsTest {
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
