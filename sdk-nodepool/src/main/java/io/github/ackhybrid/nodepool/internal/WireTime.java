package io.github.ackhybrid.nodepool.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the service's timestamps leniently. ACK writes RFC 3339 with an offset and sometimes a
 * nanosecond fraction ({@code 2020-09-27T19:14:09.156823496+08:00}), a UTC {@code Z} form, or epoch
 * milliseconds as text; anything else reads as absent rather than failing the whole response.
 */
public final class WireTime {
  private WireTime() {}

  /**
   * Parses a timestamp.
   *
   * @param text the raw value, may be null or empty
   * @return the instant, or empty when the text is missing or in no known form
   */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    if (t.chars().allMatch(Character::isDigit) && t.length() <= 13) {
      return Optional.of(Instant.ofEpochMilli(Long.parseLong(t)));
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      // A zone-less time such as "2022-12-15 23:00:00" names no instant; guessing a zone would mislead.
      return Optional.empty();
    }
  }
}
