package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One tag condition of a split bill query: a tag key alone matches every bill that carries the
 * key; with values, it matches bills whose tag has any of them. Several filters are OR-ed. Only
 * usage during the time the tag was attached, and only tags enabled as cost allocation tags,
 * show up.
 */
@ModelStyle
@Value.Immutable
public abstract class TagFilter {
  /** How many values one filter may hold. */
  public static final int MAX_VALUES = 20;

  /**
   * Returns the tag key, such as {@code ack.aliyun.com}.
   *
   * @return 1-128 characters
   */
  public abstract String key();

  /**
   * Returns the values to match, any of which will do; empty to match the key alone.
   *
   * @return up to 20 values of 1-128 characters each
   */
  public abstract List<String> values();

  /**
   * Creates a filter.
   *
   * @param key the tag key
   * @param values the values to match; none to match the key alone
   * @return the filter
   * @throws ValidationException if the key or a value breaks the limits
   */
  public static TagFilter of(String key, String... values) {
    return builder().key(key).addValues(Validate.notNull(values, "tagFilter.values")).build();
  }

  /**
   * Starts a filter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the values; throws {@link ValidationException} naming the field. */
  @Value.Check
  protected void check() {
    RequestChecks.text(key(), "tagFilter.key", 128);
    if (values().size() > MAX_VALUES) {
      throw new ValidationException("tagFilter.values", "must hold at most " + MAX_VALUES + " values, was "
          + values().size());
    }
    for (int i = 0; i < values().size(); i++) {
      RequestChecks.text(values().get(i), "tagFilter.values[" + i + "]", 128);
    }
  }

  /** Builds a {@link TagFilter}. */
  public static final class Builder extends ImmutableTagFilter.Builder {
    /**
     * Builds the filter.
     *
     * @return the filter
     * @throws ValidationException if the key is missing or a value breaks the limits
     */
    @Override
    public TagFilter build() {
      return RequestChecks.requireSet(super::build, "tagFilter", "key");
    }
  }
}
