package org.reckon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Decision;
import org.reckon.model.Decision.Action;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;
import org.reckon.model.RecordIncident;

class DecisionsTest {
  private static Extraction report(String name, String published, String text) {
    String body = TextNormalizer.normalize(text);
    return new Extractor().extract(new Document(TextNormalizer.sha256(body), name, null, null, name, "en",
        LocalDate.parse(published), null, PublishedBasis.HEADER, body, Map.of()));
  }

  private static final CampaignRecord RECORD = Reconciler.reconcile(List.of(
      report("a", "2025-11-02", "A strike on a boat in the Caribbean on Saturday killed three people."),
      report("b", "2025-11-03", "Saturday's strike on a boat in the Caribbean killed three, the Pentagon said."),
      report("c", "2025-11-05", "A strike on a vessel in the Caribbean on Nov. 3 killed four people.")));

  private static Decision decision(long seq, Action action, String incident, String other, String field, String value) {
    return new Decision(seq, Instant.parse("2026-01-01T00:00:00Z"), "ana", action, incident, other, field, value, "checked");
  }

  private static RecordIncident incident(CampaignRecord r, String id) {
    return r.incidents().stream().filter(i -> i.incidentId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void set_and_confirm_changeTheFieldsAndAreListedAsChanges() {
    Decisions.Applied applied = Decisions.apply(RECORD, List.of(
        decision(1, Action.SET, "2025-11-01-caribbean", null, "killed_best", "4"),
        decision(2, Action.CONFIRM, "2025-11-01-caribbean", null, null, null)));

    RecordIncident i = incident(applied.record(), "2025-11-01-caribbean");
    assertThat(i.killedBest()).isEqualTo(4);
    assertThat(i.status()).isEqualTo("confirmed");
    assertThat(applied.changes()).extracting(c -> c.field() + " " + c.before() + "->" + c.after())
        .containsExactly("killed_best 3->4", "status extracted->confirmed");
  }

  @Test
  void merge_movesTheSourcesAndMarksTheOther() {
    Decisions.Applied applied = Decisions.apply(RECORD, List.of(
        decision(1, Action.MERGE, "2025-11-01-caribbean", "2025-11-03-caribbean", null, null)));

    RecordIncident kept = incident(applied.record(), "2025-11-01-caribbean");
    assertThat(kept.sources()).hasSize(3);
    assertThat(kept.contested()).isTrue(); // three against four
    assertThat(incident(applied.record(), "2025-11-03-caribbean").status()).isEqualTo("merged");
  }

  @Test
  void split_separatesOneSourcesAccount() {
    RecordIncident before = incident(RECORD, "2025-11-01-caribbean");
    String documentId = before.sources().get(0).documentId();
    Decisions.Applied applied = Decisions.apply(RECORD, List.of(
        decision(1, Action.SPLIT, "2025-11-01-caribbean", documentId.substring(0, 10), null, null)));
    assertThat(incident(applied.record(), "2025-11-01-caribbean").sources()).hasSize(1);
    assertThat(incident(applied.record(), "2025-11-01-caribbean~" + documentId.substring(0, 8)).sources()).hasSize(1);
  }

  @Test
  void decisionAboutAnIncidentNoLongerThere_isReportedAndSkipped() {
    Decisions.Applied applied = Decisions.apply(RECORD, List.of(
        decision(7, Action.REJECT, "2025-12-24-caribbean", null, null, null)));
    assertThat(applied.problems()).containsExactly(
        "decision #7 not applied: no incident '2025-12-24-caribbean' in the record; list them with 'reckon record'");
    assertThat(applied.record()).isEqualTo(RECORD);
  }

  @Test
  void check_badFieldOrValue_saysWhatIsAllowed() {
    assertThat(Decisions.check(decision(0, Action.SET, "2025-11-01-caribbean", null, "colour", "red"), RECORD))
        .startsWith("set changes one of claimed_affiliation, date, follow_up_strike, grade, killed_best");
    assertThat(Decisions.check(decision(0, Action.SET, "2025-11-01-caribbean", null, "killed_best", "many"), RECORD))
        .isEqualTo("'many' is not a valid killed_best");
    assertThat(Decisions.check(decision(0, Action.SET, "2025-11-01-caribbean", null, "grade", "great"), RECORD))
        .isEqualTo("grade is one of confirmed, contested, discounted, fair, weak, got 'great'");
  }

  @Test
  void set_claimedAffiliation_replacesTheListFromSemicolons_andHistoryShowsBoth() {
    Decisions.Applied a = Decisions.apply(RECORD, List.of(
        decision(1, Action.SET, "2025-11-01-caribbean", null, "claimed_affiliation", "Tren de Aragua; ELN ; ")));

    assertThat(incident(a.record(), "2025-11-01-caribbean").claimedAffiliation()).containsExactly("Tren de Aragua", "ELN");
    assertThat(a.changes()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("claimed_affiliation");
      assertThat(c.after()).isEqualTo("Tren de Aragua; ELN ; ");
    });
    assertThat(Decisions.check(decision(2, Action.SET, "2025-11-01-caribbean", null, "claimed_affiliation", " "), RECORD))
        .isEqualTo("claimed_affiliation needs a value");
  }

  @Test
  void check_killedNotANumberOrNegative_orMergeWithItself_saysWhy() {
    assertThat(Decisions.check(decision(1, Action.SET, "2025-11-01-caribbean", null, "killed_best", "eleven"), RECORD))
        .isEqualTo("'eleven' is not a valid killed_best");
    assertThat(Decisions.check(decision(1, Action.SET, "2025-11-01-caribbean", null, "killed_min", "-1"), RECORD))
        .isEqualTo("killed_min cannot be negative, got -1");
    assertThat(Decisions.check(decision(1, Action.MERGE, "2025-11-01-caribbean", "2025-11-01-caribbean", null, null), RECORD))
        .isEqualTo("an incident cannot be merged into itself");
  }
}
