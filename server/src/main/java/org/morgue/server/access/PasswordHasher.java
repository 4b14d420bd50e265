package org.morgue.server.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes from the JDK, written as
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in unpadded Base64). The iteration count
 * travels with each hash, so raising the default later does not invalidate existing files.
 */
public final class PasswordHasher {

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a verification costs a few hundred milliseconds. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private final int iterations;
  private final SecureRandom random;

  public PasswordHasher(int iterations, SecureRandom random) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive, was " + iterations);
    }
    this.iterations = iterations;
    this.random = random;
  }

  /** A new hash of the password with a fresh random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return String.format(
        Locale.ROOT,
        "%s:%d:%s:%s",
        SCHEME,
        iterations,
        B64.encodeToString(salt),
        B64.encodeToString(derive(password, salt, iterations)));
  }

  /** A parsed stored hash. */
  record Stored(int iterations, byte[] salt, byte[] hash) {
    /** Parses {@code pbkdf2-sha256:ITER:SALT:HASH}; the message says what is wrong. */
    static Stored parse(String text) {
      String[] parts = text.split(":", -1);
      if (parts.length != 4 || !parts[0].equals(SCHEME)) {
        throw new IllegalArgumentException("a password hash must look like " + SCHEME
            + ":ITERATIONS:SALT:HASH" + " (make one with 'morgue auth hash USER')");
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < 1) {
          throw new IllegalArgumentException(
              "the iteration count must be positive, was " + iterations);
        }
        return new Stored(
            iterations,
            Base64.getDecoder().decode(parts[2]),
            Base64.getDecoder().decode(parts[3]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "the iteration count is not a number: '" + parts[1] + "'", e);
      }
    }

    /** Constant-time: the comparison does not stop at the first differing byte. */
    boolean matches(char[] password) {
      return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }
  }

  static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(spec)
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
