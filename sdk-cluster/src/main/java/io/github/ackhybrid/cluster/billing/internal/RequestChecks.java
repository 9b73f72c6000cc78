package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.FeeSchedule;
import io.github.ackhybrid.cluster.billing.Granularity;
import io.github.ackhybrid.cluster.billing.SubscriptionType;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The argument rules the billing requests share. Each failure is a {@link ValidationException}
 * naming the field, raised before anything is sent.
 */
public final class RequestChecks {
  /** The largest page the billing API serves ({@code MaxResults} and {@code PageSize}). */
  public static final int MAX_PAGE_SIZE = 300;

  private RequestChecks() {}

  /**
   * Builds a request, turning the generated builder's complaint about a missing required attribute
   * into a {@link ValidationException} that names the attribute.
   *
   * @param build the generated build step
   * @param prefix the request's field prefix, e.g. {@code clusterCostRequest}
   * @param required the names of the required attributes, in the order to report them
   * @param <T> the request type
   * @return the request
   * @throws ValidationException if a required attribute was not set or another rule fails
   */
  public static <T> T requireSet(Supplier<T> build, String prefix, String... required) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      String missing = required[0];
      for (String name : required) {
        if (Pattern.compile("\\b" + name + "\\b").matcher(message).find()) {
          missing = name;
          break;
        }
      }
      throw new ValidationException(prefix + "." + missing, "must be set");
    }
  }

  /**
   * Checks an optional identifier or code: not blank, no control characters, at most {@code max}
   * characters.
   *
   * @param value the value
   * @param field the dotted field name
   * @param max the greatest length
   * @throws ValidationException if a present value breaks a rule
   */
  public static void optionalText(Optional<String> value, String field, int max) {
    value.ifPresent(v -> text(v, field, max));
  }

  /**
   * Checks a required identifier or code: not blank, no control characters, at most {@code max}
   * characters.
   *
   * @param value the value
   * @param field the dotted field name
   * @param max the greatest length
   * @return the value
   * @throws ValidationException if the value breaks a rule
   */
  public static String text(String value, String field, int max) {
    Validate.notBlank(value, field);
    if (value.length() > max) {
      throw new ValidationException(field, "must be at most " + max + " characters, was " + value.length()
          + " (" + Validate.quote(value) + ")");
    }
    return value;
  }

  /**
   * Checks a page size ({@code MaxResults} or {@code PageSize}): 1 to 300.
   *
   * @param size the size
   * @param field the dotted field name
   * @throws ValidationException if the size is out of range
   */
  public static void pageSize(int size, String field) {
    Validate.inRange(size, field, 1, MAX_PAGE_SIZE);
  }

  /**
   * Checks that a daily breakdown names its day inside the billing cycle, and that a monthly one
   * names none.
   *
   * @param cycle the billing cycle
   * @param granularity the breakdown
   * @param billingDate the day, if any
   * @param prefix the request's field prefix, e.g. {@code describeInstanceBillRequest}
   * @throws ValidationException if the combination is invalid
   */
  public static void cycleAndDate(YearMonth cycle, Granularity granularity, Optional<LocalDate> billingDate,
      String prefix) {
    if (granularity == Granularity.DAILY) {
      LocalDate day = billingDate.orElseThrow(() -> new ValidationException(prefix + ".billingDate",
          "must be set when granularity is DAILY"));
      if (!YearMonth.from(day).equals(cycle)) {
        throw new ValidationException(prefix + ".billingDate",
            "must lie in the billing cycle " + cycle + ", was " + day);
      }
    } else if (billingDate.isPresent()) {
      throw new ValidationException(prefix + ".billingDate", "must only be set when granularity is DAILY, was "
          + billingDate.get() + " with MONTHLY");
    }
  }

  /**
   * Rejects {@link SubscriptionType#UNKNOWN}, which has no wire value to send.
   *
   * @param type the type, if any
   * @param field the dotted field name
   * @throws ValidationException if the type is UNKNOWN
   */
  public static void subscriptionType(Optional<SubscriptionType> type, String field) {
    if (type.isPresent() && type.get() == SubscriptionType.UNKNOWN) {
      throw new ValidationException(field, "must be SUBSCRIPTION or PAY_AS_YOU_GO, was UNKNOWN");
    }
  }

  /**
   * Applies the rule of the bill operations that a subscription type filter needs a product code.
   *
   * @param type the subscription type filter
   * @param productCode the product code filter
   * @param prefix the request's field prefix
   * @throws ValidationException if a subscription type is set without a product code
   */
  public static void subscriptionNeedsProduct(Optional<SubscriptionType> type, Optional<String> productCode,
      String prefix) {
    subscriptionType(type, prefix + ".subscriptionType");
    if (type.isPresent() && productCode.isEmpty()) {
      throw new ValidationException(prefix + ".subscriptionType", "must be used together with productCode");
    }
  }

  /**
   * Checks a member account id.
   *
   * @param id the id, if any
   * @param field the dotted field name
   * @throws ValidationException if the id is not positive
   */
  public static void accountId(OptionalLong id, String field) {
    if (id.isPresent() && id.getAsLong() <= 0) {
      throw new ValidationException(field, "must be a positive account id, was " + id.getAsLong());
    }
  }

  /**
   * Rejects a billing cycle that has not begun yet in the billing time zone (UTC+8).
   *
   * @param cycle the billing cycle
   * @param clock the client's clock
   * @param field the dotted field name
   * @return the cycle
   * @throws ValidationException if the cycle lies in the future
   */
  public static YearMonth notFuture(YearMonth cycle, Clock clock, String field) {
    YearMonth current = YearMonth.from(clock.instant().atOffset(FeeSchedule.BILLING_ZONE));
    if (cycle.isAfter(current)) {
      throw new ValidationException(field, "must not be in the future, was " + cycle
          + " while the current billing cycle (UTC+8) is " + current);
    }
    return cycle;
  }

  /**
   * Rejects a billing date that has not begun yet in the billing time zone (UTC+8).
   *
   * @param date the billing date, if any
   * @param clock the client's clock
   * @param field the dotted field name
   * @throws ValidationException if the date lies in the future
   */
  public static void notFuture(Optional<LocalDate> date, Clock clock, String field) {
    LocalDate today = LocalDate.from(clock.instant().atOffset(FeeSchedule.BILLING_ZONE));
    if (date.isPresent() && date.get().isAfter(today)) {
      throw new ValidationException(field, "must not be in the future, was " + date.get()
          + " while today (UTC+8) is " + today);
    }
  }
}
