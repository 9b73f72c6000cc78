package io.github.ackhybrid.testing.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Generates identifiers and tokens in the shapes the cloud uses. */
public final class Ids {
  private static final SecureRandom SECURE = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Ids() {}

  /**
   * Returns a request id shaped like the cloud's: an upper-case UUID.
   *
   * @return the request id
   */
  public static String requestId() {
    return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns {@code prefix} followed by random lower-case hex digits, e.g. a cluster id
   * {@code c} + 32 digits or a task id {@code T-} + 24 digits.
   *
   * @param prefix the fixed start
   * @param digits how many hex digits follow
   * @return the id
   */
  public static String hex(String prefix, int digits) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder out = new StringBuilder(prefix.length() + digits).append(prefix);
    for (int i = 0; i < digits; i++) {
      out.append(HEX[random.nextInt(16)]);
    }
    return out.toString();
  }

  /**
   * Returns a secret token of random letters and digits from a secure source.
   *
   * @param length the number of characters
   * @return the token
   */
  public static String token(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERIC[SECURE.nextInt(ALPHANUMERIC.length)]);
    }
    return out.toString();
  }
}
