package io.github.ackhybrid.cluster.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the one timestamp shape ACK sends most, {@code 2020-11-10T16:02:04+08:00} (optionally with
 * a fraction of up to nine digits, or {@code Z} for the offset), without {@code DateTimeFormatter}.
 * Every cluster, node pool and task carries a few of these, and the formatter's general parser
 * costs more than the rest of binding them. Anything else is left to the general parser.
 */
final class Rfc3339 {
  private static final int[] NANOS_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
      10, 1};

  private Rfc3339() {}

  /**
   * Reads a timestamp in the common shape.
   *
   * @param text the text, trimmed
   * @return the instant, or null if the text is not exactly that shape or not a valid time
   */
  static Instant parseOrNull(String text) {
    int n = text.length();
    if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        return null;
      }
      nanos = digits(text, start, i - start) * NANOS_SCALE[i - start];
    }
    int offsetSeconds = offsetSeconds(text, i);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds, nanos);
    } catch (DateTimeException invalidDate) {
      return null;
    }
  }

  /** {@code Z} or {@code +HH:MM} / {@code -HH:MM} ending the text, in seconds; MIN_VALUE if neither. */
  private static int offsetSeconds(String text, int i) {
    int rest = text.length() - i;
    if (rest == 1 && text.charAt(i) == 'Z') {
      return 0;
    }
    char sign = rest == 6 ? text.charAt(i) : ' ';
    if ((sign != '+' && sign != '-') || text.charAt(i + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    int hours = digits(text, i + 1, 2);
    int minutes = digits(text, i + 4, 2);
    if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3_600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The ASCII digits at {@code [from, from + count)} as a number, or -1 if any is not one. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
