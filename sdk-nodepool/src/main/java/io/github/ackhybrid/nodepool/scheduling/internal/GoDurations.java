package io.github.ackhybrid.nodepool.scheduling.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in the Go notation Kubernetes objects and ACK settings use ({@code 90s}, {@code 10m},
 * {@code 2h}), for whole seconds only.
 */
public final class GoDurations {
  private static final Pattern PART = Pattern.compile("(\\d+)(h|m|s)");

  private GoDurations() {}

  /**
   * Writes a whole-second duration in its largest exact unit: {@code 2h}, {@code 10m},
   * {@code 90s}. Go's {@code time.ParseDuration} reads each of these back to the same value.
   *
   * @param duration a positive duration of whole seconds
   * @return the text
   */
  public static String format(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  /**
   * Reads a Go duration made of hour, minute and second parts, such as {@code 1h30m} or
   * {@code 90s}. Fractions and smaller units are not read.
   *
   * @param text the text
   * @return the duration, or empty if the text is not such a duration
   */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PART.matcher(text);
    int end = 0;
    Duration total = Duration.ZERO;
    while (m.find() && m.start() == end) {
      long amount;
      try {
        amount = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (amount > 1_000_000_000L) {
        return Optional.empty();
      }
      total = total.plus(switch (m.group(2)) {
        case "h" -> Duration.ofHours(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofSeconds(amount);
      });
      end = m.end();
    }
    return end == text.length() ? Optional.of(total) : Optional.empty();
  }
}
