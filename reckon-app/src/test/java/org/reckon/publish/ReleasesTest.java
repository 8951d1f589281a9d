package org.reckon.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Decision;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.Reconciler;
import org.reckon.store.Release;

class ReleasesTest {
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private static Extraction report(String name, String published, String text) {
    String body = TextNormalizer.normalize(text);
    return new Extractor().extract(new Document(TextNormalizer.sha256(body), name, null, null, name, "en",
        LocalDate.parse(published), null, PublishedBasis.HEADER, body, Map.of()));
  }

  private static final List<Extraction> FIRST = List.of(
      report("a", "2025-11-02", "A strike on a boat in the Caribbean on Saturday killed three people."),
      report("b", "2025-11-12", "A strike on a vessel in the eastern Pacific on Monday killed two people."));
  private static final CampaignRecord BEFORE = Reconciler.reconcile(FIRST);

  private static Decision decision(long seq, Decision.Action action, String incident, String field, String value, String reason) {
    return new Decision(seq, AT, "ana", action, incident, null, field, value, reason);
  }

  private static String file(Release r, String path) {
    return r.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
  }

  @Test
  void build_first_listsEveryIncidentAsAdded_andEveryFileInTheManifest() {
    Release r = Releases.build("2026-01", "root", AT, Decisions.apply(BEFORE, List.of()), 0, Optional.empty());

    assertThat(r.files()).extracting(Release.File::path).containsExactly("CHANGES.md", "CITATION.txt", "MANIFEST.sha256",
        "claims.csv", "claims.json", "contradictions.csv", "contradictions.json", "incidents.csv", "incidents.geojson",
        "incidents.json", "tallies.csv", "tallies.json");
    assertThat(file(r, "CHANGES.md")).isEqualTo("""
        # Release 2026-01 (2026-01-02)

        The first release: 2 incidents.

        ## Incidents added (2)

        - 2025-11-01-caribbean
        - 2025-11-10-eastern_pacific
        """);
    assertThat(r.citation()).isEqualTo("Reckon incident record, release 2026-01 (2026-01-02): 2 incidents from 2 source "
        + "documents; each file's SHA-256 in MANIFEST.sha256.");
    assertThat(file(r, "CITATION.txt")).isEqualTo(r.citation() + "\n");
    String manifest = file(r, "MANIFEST.sha256");
    assertThat(manifest.lines()).hasSize(11);
    for (Release.File f : r.files()) {
      assertThat(f.sha256()).isEqualTo(Releases.sha256(f.content()));
      if (!f.path().equals("MANIFEST.sha256")) {
        assertThat(manifest).contains(f.sha256() + "  " + f.path() + "\n");
      }
    }
  }

  @Test
  void changes_sincePrevious_listAddedRemovedAndEachChangedFieldWithItsDecision() {
    Release first = Releases.build("2026-01", "root", AT, Decisions.apply(BEFORE, List.of()), 0, Optional.empty());
    CampaignRecord after = Reconciler.reconcile(List.of(FIRST.get(0),
        report("c", "2025-11-20", "A strike on a boat in the Caribbean on Tuesday killed four people.")));
    Decisions.Applied applied = Decisions.apply(after, List.of(
        decision(1, Decision.Action.SET, "2025-11-01-caribbean", "killed_best", "4", "a fourth body\nwas found"),
        decision(2, Decision.Action.CONFIRM, "2025-11-01-caribbean", null, null, "video")));

    String md = Releases.changes("2026-02", "2026-02-01", applied, Optional.of(first));

    assertThat(md).isEqualTo("""
        # Release 2026-02 (2026-02-01), changes since 2026-01

        ## Incidents added (1)

        - 2025-11-18-caribbean

        ## Incidents removed (1)

        - 2025-11-10-eastern_pacific

        ## Incidents changed (1)

        - 2025-11-01-caribbean
          - killed_best: 3 → 4 — decision #1 (set by ana, 2026-01-02T03:04:05Z): a fourth body was found
          - status: extracted → confirmed — decision #2 (confirm by ana, 2026-01-02T03:04:05Z): video
        """);
  }

  @Test
  void nameProblem_allowsPlainNames_refusesMarkupAndPaths() {
    assertThat(Releases.nameProblem("2026-01")).isNull();
    assertThat(Releases.nameProblem("v1.2_rc")).isNull();
    assertThat(Releases.nameProblem("../etc")).isNotNull();
    assertThat(Releases.nameProblem("<script>alert(1)</script>")).isEqualTo("'<script>alert(1)</script>' is not a valid "
        + "release name: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. 2026-01)");
  }
}
