package io.github.ackhybrid.testing.internal.bss;

import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.SimRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one BSS bill call, read and checked the way the service answers bad ones:
 * 400 {@code MissingParameter} for a required one that is absent, 400 {@code InvalidParameter}
 * for a malformed or out-of-range one, 400 {@code InvalidParameter.TagValues} for tag values given
 * without a key (billing.md §2.7).
 */
final class BssQuery {
  /** The most items one page may hold, for both paging styles (billing.md §2.4-2.7). */
  static final int MAX_PAGE = 300;
  /** The page size when none is given. */
  static final int DEFAULT_PAGE = 20;

  private static final Pattern CYCLE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TAG_KEY = Pattern.compile("TagFilter\\.(\\d+)\\.TagKey");
  private static final Pattern TAG_VALUE = Pattern.compile("TagFilter\\.(\\d+)\\.TagValues\\.(\\d+)");
  /** The parameters that select bills; a token is only good for the same selection. */
  private static final Set<String> SELECTION = Set.of("BillingCycle", "Granularity", "BillingDate", "InstanceID",
      "ProductCode", "ProductType", "PipCode", "SubscriptionType", "IsBillingItem", "IsHideZeroCharge",
      "SplitItemID", "BillOwnerId");

  /** One {@code TagFilter.N}: a key and the values it accepts (any value when none). */
  record TagFilter(String key, List<String> values) {}

  private final Map<String, String> params;

  BssQuery(SimRequest request) {
    this.params = request.parameters();
  }

  Optional<String> text(String name) {
    String value = params.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  String required(String name) {
    return text(name).orElseThrow(() -> ApiError.missingParameter(name));
  }

  YearMonth cycle() {
    String text = required("BillingCycle");
    if (!CYCLE.matcher(text).matches()) {
      throw ApiError.invalidParameter("BillingCycle must be in the form YYYY-MM, was \"" + text + "\".");
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiError.invalidParameter("BillingCycle must be in the form YYYY-MM, was \"" + text + "\".");
    }
  }

  /** Returns the day asked for with {@code Granularity=DAILY}, empty for {@code MONTHLY}. */
  Optional<LocalDate> day(YearMonth cycle) {
    String granularity = text("Granularity").orElse("MONTHLY").toUpperCase(Locale.ROOT);
    if (granularity.equals("MONTHLY")) {
      return Optional.empty();
    }
    if (!granularity.equals("DAILY")) {
      throw ApiError.invalidParameter("Granularity must be MONTHLY or DAILY, was \"" + params.get("Granularity") + "\".");
    }
    String text = required("BillingDate");
    LocalDate date;
    try {
      if (!DATE.matcher(text).matches()) {
        throw new DateTimeParseException("", text, 0);
      }
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiError.invalidParameter("BillingDate must be in the form YYYY-MM-DD, was \"" + text + "\".");
    }
    if (!YearMonth.from(date).equals(cycle)) {
      throw ApiError.invalidParameter("BillingDate " + text + " is not in BillingCycle " + cycle + ".");
    }
    return Optional.of(date);
  }

  boolean flag(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return false;
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw ApiError.invalidParameter(name + " must be true or false, was \"" + text.get() + "\".");
    }
  }

  /** Reads a page size ({@code MaxResults} or {@code PageSize}): 1 to 300, 20 when absent. */
  int pageSize(String name) {
    return number(name, DEFAULT_PAGE, 1, MAX_PAGE);
  }

  int number(String name, int fallback, int min, int max) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get().trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalidParameter(name + " must be an integer, was \"" + text.get() + "\".");
    }
    if (value < min || value > max) {
      throw ApiError.invalidParameter(name + " must be between " + min + " and " + max + ", was " + value + ".");
    }
    return value;
  }

  List<TagFilter> tagFilters() {
    Map<Integer, String> keys = new TreeMap<>();
    Map<Integer, List<String>> values = new TreeMap<>();
    for (Map.Entry<String, String> p : params.entrySet()) {
      Matcher key = TAG_KEY.matcher(p.getKey());
      Matcher value = TAG_VALUE.matcher(p.getKey());
      if (key.matches() && !p.getValue().isEmpty()) {
        keys.put(Integer.parseInt(key.group(1)), p.getValue());
      } else if (value.matches() && !p.getValue().isEmpty()) {
        values.computeIfAbsent(Integer.parseInt(value.group(1)), n -> new ArrayList<>()).add(p.getValue());
      }
    }
    for (Integer n : values.keySet()) {
      if (!keys.containsKey(n)) {
        throw new ApiError(400, "InvalidParameter.TagValues",
            "TagFilter." + n + ".TagValues is given without TagFilter." + n + ".TagKey.");
      }
    }
    if (keys.size() > 20) {
      throw ApiError.invalidParameter("TagFilter may hold at most 20 entries, was " + keys.size() + ".");
    }
    List<TagFilter> out = new ArrayList<>();
    keys.forEach((n, key) -> out.add(new TagFilter(key, values.getOrDefault(n, List.of()))));
    return out;
  }

  /** Returns the selection a {@code NextToken} is bound to, as canonical text. */
  String selection() {
    Map<String, String> chosen = new TreeMap<>();
    for (Map.Entry<String, String> p : params.entrySet()) {
      if (SELECTION.contains(p.getKey()) || p.getKey().startsWith("TagFilter.")) {
        chosen.put(p.getKey(), p.getValue());
      }
    }
    return chosen.toString();
  }
}
