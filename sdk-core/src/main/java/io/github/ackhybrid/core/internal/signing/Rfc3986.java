package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as every Alibaba Cloud signature scheme uses it (RFC 3986): the unreserved
 * characters {@code A-Z a-z 0-9 - _ . ~} stay as they are and every other byte of the UTF-8 form
 * becomes {@code %XY} with upper-case hex. A space is {@code %20}, never {@code +}.
 */
public final class Rfc3986 {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['~'] = true;
  }

  private Rfc3986() {}

  /**
   * Percent-encodes a value. An unpaired surrogate cannot be written as UTF-8 and is encoded as
   * {@code ?} ({@code %3F}), as {@link String#getBytes} does.
   *
   * @param value the value to encode
   * @return the encoded value; the same instance when nothing needs encoding
   * @throws ValidationException if the value is null
   */
  public static String percentEncode(String value) {
    Validate.notNull(value, "value");
    if (isUnreserved(value)) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 128 && UNRESERVED[c]) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >>> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 128 || !UNRESERVED[c]) {
        return false;
      }
    }
    return true;
  }
}
