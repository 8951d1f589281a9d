package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reckon.eval.Report;

/**
 * Accuracy, not correctness: pins the extraction scores on the seed gold (../shared/gold/seeds)
 * and fails when a change lowers any of them. Raise a pin when a change raises a score.
 */
class SeedEvaluationTest {
  private static final double SLACK = 0.0005;
  private static Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    Path seeds = SharedMaterial.seeds();
    Path gold = seeds.getParent().resolve("gold").resolve("seeds");
    StringWriter err = new StringWriter();
    report = EvalCommand.evaluate(gold, List.of(seeds.toString()), new PrintWriter(err, true));
    System.out.println(report.format());
    assertThat(err.toString()).as("every seed has gold and every gold its seed").isEmpty();
  }

  /**
   * 0.667: seed 002 tells its strike only as "Tuesday's strike" in an undated article; it was dated
   * by the hand list of known strikes, dropped since (see {@link #publicationDates_doNotGetWorse}),
   * and the annotation guide gives such a strike no date.
   */
  @Test
  void incidents_doNotGetWorse() {
    assertThat(report.type("incident").f1()).isGreaterThanOrEqualTo(0.667 - SLACK);
    assertThat(report.field("incident.killed").value()).isGreaterThanOrEqualTo(1.0 - SLACK);
    assertThat(report.field("incident.region").value()).isGreaterThanOrEqualTo(1.0 - SLACK);
  }

  @Test
  void tallies_doNotGetWorse() {
    assertThat(report.type("tally").f1()).isGreaterThanOrEqualTo(1.0 - SLACK);
  }

  @Test
  void claims_doNotGetWorse() {
    assertThat(report.type("claim").f1()).isGreaterThanOrEqualTo(0.849 - SLACK);
    assertThat(report.field("claim.speaker_type").value()).isGreaterThanOrEqualTo(0.946 - SLACK);
  }

  /**
   * 0.883: "the military" as the U.S. military adds one actor the seeds' gold does not list (seed
   * 000), while on real reports it is right more often than not (corpus actors dev 0.767 -> 0.773,
   * test 0.775 -> 0.782; claims dev 0.588 -> 0.592).
   */
  @Test
  void actors_doNotGetWorse() {
    assertThat(report.type("actor").f1()).isGreaterThanOrEqualTo(0.883 - SLACK);
  }

  /**
   * 0.6: dating an undated seed by a hand list of known strikes (strikes.tsv) was dropped, since the
   * real-report corpus showed it guesses days its texts do not give (dev published 0.904 -> 0.933,
   * incident F1 0.621 -> 0.643 without it); one seed (001) was dated by it alone.
   */
  @Test
  void publicationDates_doNotGetWorse() {
    assertThat(report.field("published").value()).isGreaterThanOrEqualTo(0.6 - SLACK);
  }

  @Test
  void everySeedIsScored() {
    assertThat(report.documents()).isEqualTo(5);
  }
}
