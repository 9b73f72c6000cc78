package io.github.ackhybrid.testing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The timestamp formats ACK puts on the wire. */
public final class Times {
  // ACK answers in China Standard Time whatever the region, e.g. 2020-11-10T16:02:04+08:00.
  private static final ZoneOffset CLOUD_ZONE = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(CLOUD_ZONE);
  private static final DateTimeFormatter STAGE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CLOUD_ZONE);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  /**
   * Formats a resource timestamp, RFC 3339 with the +08:00 offset.
   *
   * @param instant the instant
   * @return the text, such as {@code 2020-11-10T16:02:04+08:00}
   */
  public static String rfc3339(Instant instant) {
    return RFC_3339.format(instant);
  }

  /**
   * Formats a task stage time, {@code yyyy-MM-dd HH:mm:ss} in +08:00.
   *
   * @param instant the instant
   * @return the text, such as {@code 2022-12-15 23:00:00}
   */
  public static String stage(Instant instant) {
    return STAGE.format(instant);
  }

  /**
   * Formats a UTC timestamp to the second.
   *
   * @param instant the instant
   * @return the text, such as {@code 2024-03-10T09:56:17Z}
   */
  public static String utc(Instant instant) {
    return UTC.format(instant);
  }
}
