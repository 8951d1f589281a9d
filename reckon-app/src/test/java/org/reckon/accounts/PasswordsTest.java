package org.reckon.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  private final Passwords passwords = Passwords.standard();

  @Test
  void hash_isArgon2idInPhcFormatWithItsParameters() {
    String phc = passwords.hash("correct horse".toCharArray());

    assertThat(phc).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
    assertThat(phc.split("\\$")).hasSize(6);
  }

  @Test
  void verify_rightPassword_isTrue_wrongOne_isFalse() {
    String phc = passwords.hash("correct horse".toCharArray());

    assertThat(passwords.verify("correct horse".toCharArray(), phc)).isTrue();
    assertThat(passwords.verify("correct horsf".toCharArray(), phc)).isFalse();
    assertThat(passwords.verify("".toCharArray(), phc)).isFalse();
  }

  @Test
  void hash_samePasswordTwice_differsBySalt() {
    assertThat(passwords.hash("pässwörd ü".toCharArray())).isNotEqualTo(passwords.hash("pässwörd ü".toCharArray()));
  }

  @Test
  void verify_malformedOrOtherAlgorithm_isFalse() {
    assertThat(passwords.verify("x".toCharArray(), "")).isFalse();
    assertThat(passwords.verify("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    assertThat(passwords.verify("x".toCharArray(), "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
    assertThat(passwords.verifyNoAccount("x".toCharArray())).isFalse();
  }
}
