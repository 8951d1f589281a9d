package org.reckon.accounts;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (RFC 9106) computed by Bouncy Castle, written in the PHC string
 * format so that each hash names its own parameters and stronger ones can come later without
 * breaking old hashes. The default cost is OWASP's first recommendation for Argon2id: 19 MiB of
 * memory, 2 passes, one lane. Thread-safe.
 */
public final class Passwords {
  private static final Pattern PHC = Pattern.compile(
      "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODE = Base64.getDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final int memoryKib;
  private final int iterations;
  private final int lanes;
  /** A hash of no one's password, checked when the account does not exist, so timing tells nothing. */
  private final String decoy;

  private Passwords(int memoryKib, int iterations, int lanes) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.lanes = lanes;
    this.decoy = hash("not a password of anyone".toCharArray());
  }

  /** Argon2id at 19 MiB, t=2, p=1. */
  public static Passwords standard() {
    return new Passwords(19 * 1024, 2, 1);
  }

  /** The PHC string of {@code password} with a new random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] out = derive(password, salt, memoryKib, iterations, lanes);
    return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + lanes + "$" + B64.encodeToString(salt) + "$"
        + B64.encodeToString(out);
  }

  /**
   * Whether {@code password} is the one {@code phc} was made from; false for a malformed hash.
   * Compares in constant time.
   */
  public boolean verify(char[] password, String phc) {
    Matcher m = PHC.matcher(phc);
    if (!m.matches()) {
      return false;
    }
    byte[] salt = B64_DECODE.decode(m.group(4));
    byte[] expected = B64_DECODE.decode(m.group(5));
    byte[] actual = derive(password, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of one {@link #verify} for a name with no account, and returns false. */
  public boolean verifyNoAccount(char[] password) {
    verify(password, decoy);
    return false;
  }

  private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int lanes) {
    Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(lanes)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[HASH_BYTES];
    generator.generateBytes(password, out);
    return out;
  }

  /** Overwrites a password held in memory once it is no longer needed. */
  public static void wipe(char[] password) {
    Arrays.fill(password, '\0');
  }
}
