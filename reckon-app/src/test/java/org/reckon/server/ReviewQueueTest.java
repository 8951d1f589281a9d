package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.model.Decision;
import org.reckon.model.Document;
import org.reckon.model.CountRange;
import org.reckon.model.DateValue;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.Region;
import org.reckon.publish.Releases;
import org.reckon.store.Database;

class ReviewQueueTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 14);

  @TempDir java.nio.file.Path dir;

  /**
   * The queue brought up to date from the incidents written since its version is the queue worked
   * out whole at the new version: after new reports (a new strike, another report of a known
   * one), a decision and a release.
   */
  @Test
  void update_fromWhatWasWrittenSince_isTheQueueWorkedOutWhole() throws Exception {
    try (Database db = TestRecord.create(dir)) {
      ReviewQueue.Queue first = ReviewQueue.build(db, db.releases().latest());
      assertThat(first.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.reasons()).contains("new"));

      Releases.create(db, db.record().whole().applied(), "2026-01", "ana", java.time.Instant.parse("2026-01-02T00:00:00Z"));
      ReviewQueue.Queue released = ReviewQueue.update(first, db, db.releases().latest());
      assertThat(released.release()).isEqualTo("2026-01");
      assertThat(released.entries()).isEqualTo(ReviewQueue.build(db, db.releases().latest()).entries())
          .noneSatisfy(e -> assertThat(e.reasons()).contains("new"));

      for (String text : List.of("A U.S. strike on a boat in the Caribbean on March 7, 2026 killed four people, officials said.",
          "The strike on a boat in the eastern Pacific on Oct. 21, 2025 killed three people, relatives said.")) {
        java.nio.file.Path file = dir.resolve("report-" + Integer.toHexString(text.hashCode()) + ".txt");
        java.nio.file.Files.writeString(file, "title: A report\npublished: 2026-03-08\n\n" + text + "\n");
        List<Document> read = new ArrayList<>();
        new org.reckon.ingest.DocumentReader(org.reckon.ingest.DocumentReader.DEFAULT_MAX_BYTES).read(file, read::add);
        for (Document d : read) {
          db.documents().add(d, new Extractor().extract(d));
        }
      }
      String decided = released.entries().get(released.entries().size() - 1).incidentId();
      db.decisions().append(new Decision(0, java.time.Instant.parse("2026-03-09T00:00:00Z"), "ana", Decision.Action.CONFIRM,
          decided, null, null, null, "checked against the navy's statement"));

      ReviewQueue.Queue updated = ReviewQueue.update(released, db, db.releases().latest());
      ReviewQueue.Queue whole = ReviewQueue.build(db, db.releases().latest());
      assertThat(updated.version()).isEqualTo(db.version()).isGreaterThan(released.version());
      assertThat(updated.entries()).isEqualTo(whole.entries());
      assertThat(updated.entries()).anySatisfy(e -> assertThat(e.reasons()).contains("new"));
      assertThat(updated.entries()).filteredOn(e -> e.incidentId().equals(decided)).singleElement()
          .satisfies(e -> assertThat(e.reviewed()).isTrue());
    }
  }

  private static IncidentSource source(String id, LocalDate day, Integer killed) {
    return new IncidentSource(id, id + ".txt", null, DAY.plusDays(1), DateValue.ofDay(day), killed == null ? null : CountRange.exactly(killed),
        List.of());
  }

  private static RecordIncident told(List<IncidentSource> sources) {
    return new RecordIncident("2025-10-14-caribbean", DateValue.ofDay(DAY), Region.fromKey("caribbean"), null, 1, 6, 6, 6, false,
        null, null, null, List.of(), List.of(), sources, "confirmed", "extracted", List.of());
  }

  @Test
  void shownSources_ofAStrikeToldByMany_putTheDisagreeingFirst_andStopAtTheLimit() {
    List<IncidentSource> sources = new ArrayList<>();
    for (int n = 0; n < 10; n++) {
      sources.add(source("agree" + n, DAY, n % 3 == 0 ? null : 6)); // some give no toll: that is no disagreement
    }
    sources.add(source("other-toll", DAY, 5));
    sources.add(source("other-day", DAY.minusDays(1), 6));

    List<String> shown = ReviewQueue.shownSources(told(sources)).stream().map(IncidentSource::documentId).toList();

    assertThat(shown).hasSize(ReviewQueue.SOURCES_SHOWN)
        .startsWith("other-toll", "other-day") // in the incident's order among themselves
        .containsSubsequence("agree0", "agree1", "agree2", "agree3");
  }

  @Test
  void shownSources_ofAFewAgreeing_areAllOfThemInOrder() {
    List<IncidentSource> sources = List.of(source("a", DAY, 6), source("b", DAY, 6), source("c", DAY, null));

    assertThat(ReviewQueue.shownSources(told(sources))).extracting(IncidentSource::documentId).containsExactly("a", "b", "c");
  }
}
