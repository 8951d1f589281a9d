package org.reckon.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reckon.model.Incident;

/**
 * A second campaign needs no Java: the same extractor, given another campaign file, places strikes
 * in that campaign's seas. The campaign is read once per process, so the other campaign runs in a
 * JVM of its own.
 */
class SecondCampaignTest {
  private static final String REPORT = "The military said it struck a boat off Hodeidah on February 3, 2024, killing three people.";

  /** Run in the other JVM: prints each incident as "date region killed". */
  public static void main(String[] args) {
    for (Incident i : Articles.extract(REPORT, LocalDate.of(2024, 2, 4)).incidents()) {
      System.out.println(i.date().iso() + " " + i.region().key() + " " + i.killed().min());
    }
  }

  @Test
  void anotherCampaignFile_placesItsStrikesInItsOwnSeas() throws Exception {
    Path campaign = Path.of(SecondCampaignTest.class.getResource("/org/reckon/red-sea-campaign.yaml").toURI());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dreckon.campaign=" + campaign, SecondCampaignTest.class.getName())
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(out.strip()).isEqualTo("2024-02-03 red_sea 3");
    // the bundled campaign knows no Red Sea: the same report has no sea there
    assertThat(Articles.extract(REPORT, LocalDate.of(2024, 2, 4)).incidents()).extracting(i -> i.region().key())
        .doesNotContain("red_sea");
  }

}
