package org.reckon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignTest {
  private static final String OTHER = redSea();

  @Test
  void bundledCampaign_isTheBoatStrikes() {
    Campaign c = Campaign.current();
    assertThat(c.firstStrike()).isEqualTo(LocalDate.of(2025, 9, 2));
    assertThat(c.seas()).extracting(Campaign.Sea::key).containsExactly("caribbean", "eastern_pacific");
    assertThat(c.strikingParty()).contains("U.S. Southern Command").doesNotContain("Gustavo Petro");
    assertThat(c.triggers()).containsKeys("en", "es");
  }

  @Test
  void anotherCampaignFile_bringsItsOwnSeasAndPlaceNames(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("red-sea.yaml");
    Files.writeString(file, OTHER);

    Campaign c = Campaign.load(file);

    assertThat(c.firstStrike()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(c.sea("red_sea").label()).isEqualTo("Red Sea");
    assertThat(c.sea("red_sea").places()).anySatisfy(p -> assertThat(p.matcher("a boat off Hodeidah was hit").find()).isTrue());
    assertThat(c.sea("caribbean")).isNull();
  }

  @Test
  void brokenFile_isNamedWithTheFieldAndWhatItMustBe(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, OTHER.replace("first_strike: 2024-01-12", "first_strike: January"));
    assertThatThrownBy(() -> Campaign.load(file)).hasMessageContaining(file.toString())
        .hasMessageContaining("first_strike must be a day as YYYY-MM-DD");

    Files.writeString(file, OTHER.replace("(?:in |off )?the Red Sea", "(the Red Sea"));
    assertThatThrownBy(() -> Campaign.load(file)).hasMessageContaining("places: '(the Red Sea'")
        .hasMessageContaining("a regular expression");

    Files.writeString(file, OTHER.replace("key: red_sea", "key: unknown"));
    assertThatThrownBy(() -> Campaign.load(file)).hasMessageContaining("not 'unknown'");

    assertThatThrownBy(() -> Campaign.load(dir.resolve("absent.yaml"))).hasMessageContaining("absent.yaml")
        .hasMessageContaining("RECKON_CAMPAIGN");
  }

  @Test
  void regionOfAnUnknownKey_namesTheCampaignsSeas() {
    assertThat(Region.fromKey("caribbean")).isSameAs(Region.fromKey("CARIBBEAN"));
    assertThat(Region.fromKey("unknown")).isSameAs(Region.UNKNOWN);
    assertThatThrownBy(() -> Region.fromKey("red_sea")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caribbean, eastern_pacific, unknown");
  }

  /** The made-up second campaign of the tests ({@code red-sea-campaign.yaml}). */
  static String redSea() {
    try (java.io.InputStream in = CampaignTest.class.getResourceAsStream("/org/reckon/red-sea-campaign.yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
