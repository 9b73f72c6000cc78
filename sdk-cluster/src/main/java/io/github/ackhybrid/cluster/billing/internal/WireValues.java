package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.FeeSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text fields of billing answers into Java types: billing cycles ({@code 2020-03}),
 * dates ({@code 2020-03-11}), times without a zone ({@code 2020-03-11 08:00:00}, UTC+8), tag lists
 * in either documented form, and service periods.
 */
final class WireValues {
  private static final DateTimeFormatter BILL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private WireValues() {}

  /** Returns the text, or empty when null or blank. */
  static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Reads a required {@code YYYY-MM} billing cycle. */
  static YearMonth cycle(String value, String field) {
    String text = text(value).orElseThrow(() -> new WireFormatException(field + " is missing", null));
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new WireFormatException(field + " must be YYYY-MM, was \"" + text + "\"", e);
    }
  }

  /** Reads an optional {@code YYYY-MM-DD} date. */
  static Optional<LocalDate> date(String value, String field) {
    return text(value).map(text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new WireFormatException(field + " must be YYYY-MM-DD, was \"" + text + "\"", e);
      }
    });
  }

  /**
   * Reads an optional time: {@code 2020-03-11 08:00:00} is taken as UTC+8, the billing zone;
   * ISO-8601 with an offset is accepted too.
   */
  static Optional<Instant> time(String value, String field) {
    return text(value).map(text -> {
      try {
        if (text.indexOf('T') > 0) {
          return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text, BILL_TIME).toInstant(FeeSchedule.BILLING_ZONE);
      } catch (DateTimeParseException e) {
        throw new WireFormatException(field + " must be \"yyyy-MM-dd HH:mm:ss\", was \"" + text + "\"", e);
      }
    });
  }

  /** Reads a decimal held in a string field; absent when blank or not a number. */
  static Optional<BigDecimal> decimal(String value) {
    return Optional.ofNullable(WireAmount.parse(value));
  }

  /**
   * Reads a tag list. The SDK example writes {@code key:k1 value:v1; key:k2 value:v2}, the bill
   * file format {@code k1:v1;k2:v2}; both are read. In the short form the last colon separates key
   * and value, since system tag keys such as {@code acs:autoscaling:scalingGroupId} hold colons.
   */
  static Map<String, String> tags(String value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : text.get().split(";")) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int valueMark = entry.indexOf(" value:");
      if (entry.startsWith("key:") && valueMark > 0) {
        tags.put(entry.substring(4, valueMark).strip(), entry.substring(valueMark + 7).strip());
      } else {
        int colon = entry.lastIndexOf(':');
        if (colon < 0) {
          tags.put(entry, "");
        } else {
          tags.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
      }
    }
    return tags;
  }

  /** Reads a service period such as {@code 3600} {@code Second}; absent for months, years or no number. */
  static Optional<Duration> servicePeriod(String quantity, String unit) {
    Optional<BigDecimal> amount = decimal(quantity);
    Optional<String> u = text(unit);
    if (amount.isEmpty() || u.isEmpty()) {
      return Optional.empty();
    }
    long seconds;
    switch (u.get().toLowerCase(Locale.ROOT)) {
      case "second":
      case "seconds":
        seconds = 1;
        break;
      case "minute":
      case "minutes":
        seconds = 60;
        break;
      case "hour":
      case "hours":
        seconds = 3600;
        break;
      case "day":
      case "days":
        seconds = 86400;
        break;
      default:
        return Optional.empty();
    }
    try {
      BigDecimal nanos = amount.get().multiply(BigDecimal.valueOf(seconds)).movePointRight(9);
      return Optional.of(Duration.ofNanos(nanos.longValueExact()));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Joins a service period back into the text the service sent, e.g. {@code 3600 Second}. */
  static Optional<String> servicePeriodText(String quantity, String unit) {
    Optional<String> q = text(quantity);
    Optional<String> u = text(unit);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(u.map(x -> q.get() + " " + x).orElse(q.get()));
  }
}
