package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.internal.FaultSpec;
import io.github.ackhybrid.testing.internal.FaultTable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One fault rule from {@link Faults}: configure which calls it applies to, then register it with
 * {@link #times}, {@link #once}, {@link #share} or {@link #always}. Afterwards it reports how many
 * calls it hit. Not thread-safe while being configured.
 */
public final class FaultRule {
  private final FaultTable table;
  private final FaultKind kind;
  private final List<FaultKind> draws;
  private final Duration delay;
  private String action;
  private Product product;
  private int status = 400;
  private Duration retryAfter;
  private FaultTable.Entry entry;

  FaultRule(FaultTable table, FaultKind kind, Duration delay) {
    this(table, List.of(kind), delay);
  }

  /** A rule whose hits each inject a kind drawn at random from {@code kinds}, or that kind alone. */
  FaultRule(FaultTable table, List<FaultKind> kinds, Duration delay) {
    this.table = table;
    this.kind = kinds.get(0);
    this.draws = kinds.size() > 1 ? List.copyOf(kinds) : List.of();
    this.delay = delay;
  }

  /**
   * Limits the rule to one operation.
   *
   * @param action the operation name, such as {@code CreateCluster}
   * @return this rule
   * @throws ValidationException if the action is null or blank
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule forAction(String action) {
    checkUnregistered();
    this.action = Validate.notBlank(action, "action");
    return this;
  }

  /**
   * Limits the rule to one product.
   *
   * @param product the product
   * @return this rule
   * @throws ValidationException if the product is null
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule forProduct(Product product) {
    checkUnregistered();
    this.product = Validate.notNull(product, "product");
    return this;
  }

  /**
   * Sets the HTTP status of a throttling answer; the cloud uses 400, some gateways 429.
   *
   * @param status 400 or 429
   * @return this rule
   * @throws ValidationException if the rule does not throttle or the status is neither 400 nor 429
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule status(int status) {
    checkUnregistered();
    requireThrottle("status");
    if (status != 400 && status != 429) {
      throw new ValidationException("status", "must be 400 or 429, was " + status);
    }
    this.status = status;
    return this;
  }

  /**
   * Makes a throttling answer advertise when to retry, in {@code x-acs-retry-after}
   * (milliseconds) and {@code Retry-After} (whole seconds, rounded up).
   *
   * @param wait the advertised wait
   * @return this rule
   * @throws ValidationException if the rule does not throttle or the wait is not positive
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule retryAfter(Duration wait) {
    checkUnregistered();
    requireThrottle("retryAfter");
    this.retryAfter = Validate.positive(wait, "retryAfter");
    return this;
  }

  /**
   * Registers the rule for the next {@code count} matching calls.
   *
   * @param count at least 1
   * @return this rule
   * @throws ValidationException if the count is below 1
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule times(int count) {
    Validate.inRange(count, "count", 1, Integer.MAX_VALUE);
    return register(count, 1.0);
  }

  /**
   * Registers the rule for the next matching call.
   *
   * @return this rule
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule once() {
    return times(1);
  }

  /**
   * Registers the rule for a share of the matching calls, drawn from the simulator's seeded
   * random source.
   *
   * @param probability the chance of hitting each matching call, 0 to 1
   * @return this rule
   * @throws ValidationException if the probability is outside 0..1
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule share(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new ValidationException("probability", "must be between 0 and 1, was " + probability);
    }
    return register(-1, probability);
  }

  /**
   * Registers the rule for every matching call until {@link Faults#clear()}.
   *
   * @return this rule
   * @throws IllegalStateException if the rule is already registered
   */
  public FaultRule always() {
    return register(-1, 1.0);
  }

  /**
   * Returns how many calls this rule has hit.
   *
   * @return the count; 0 before registration
   */
  public long injected() {
    return entry == null ? 0 : entry.injected();
  }

  /**
   * Returns what this rule injects; for a {@linkplain Faults#random random} rule, the first kind
   * it draws from.
   *
   * @return the kind
   */
  public FaultKind kind() {
    return kind;
  }

  /**
   * Returns every kind this rule may inject: one, or those a {@linkplain Faults#random random}
   * rule draws from.
   *
   * @return the kinds
   */
  public List<FaultKind> kinds() {
    return draws.isEmpty() ? List.of(kind) : draws;
  }

  private FaultRule register(long times, double share) {
    checkUnregistered();
    entry = table.add(new FaultSpec(kind, Optional.ofNullable(action), Optional.ofNullable(product), status,
        Optional.ofNullable(retryAfter), delay, times, share, draws));
    return this;
  }

  private void checkUnregistered() {
    if (entry != null) {
      throw new IllegalStateException("this fault rule is already registered; start a new one from sim.faults()");
    }
  }

  private void requireThrottle(String field) {
    if (!kinds().contains(FaultKind.THROTTLE)) {
      throw new ValidationException(field, "applies to rules that throttle only, this rule is " + kinds());
    }
  }

  @Override
  public String toString() {
    return "FaultRule{kind=" + (draws.isEmpty() ? kind : "any of " + draws)
        + (action == null ? "" : ", action=" + action)
        + (product == null ? "" : ", product=" + product)
        + ", registered=" + (entry != null) + ", injected=" + injected() + "}";
  }
}
