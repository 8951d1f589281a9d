package org.reckon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordPrefilterTest {
  private final KeywordPrefilter campaign = KeywordPrefilter.campaign();

  private boolean keeps(String text) {
    return campaign.keep(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keep_triggerWordInAnyCaseOrEncoding_keepsThePage() {
    assertThat(keeps("<p>US STRIKES a boat</p>")).isTrue();
    assertThat(keeps("Atacó una lancha frente a Venezuela")).isTrue();
    assertThat(keeps("la embarcaci&oacute;n")).isTrue();
    assertThat(campaign.keep("la embarcación".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
    assertThat(keeps("sunk")).isTrue();
  }

  @Test
  void keep_noTriggerWord_dropsThePage() {
    assertThat(keeps("The council approved a budget for public libraries.")).isFalse();
    assertThat(keeps("")).isFalse();
    assertThat(keeps("s")).isFalse();
    assertThat(keeps("strik")).isFalse();
  }

  @Test
  void new_wordOfOneByte_isRefusedNamingIt() {
    assertThatThrownBy(() -> new KeywordPrefilter(List.of("boat", "x")))
        .hasMessage("prefilter word 'x' is shorter than 2 bytes");
  }
}
