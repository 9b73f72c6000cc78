package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.scheduling.internal.GoDurations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule that lets a pod move on to the next unit of a {@code ResourcePolicy}: the
 * {@code whenTryNextUnits} object, a {@link TryNextUnitsPolicy} and, for
 * {@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX} only, how long a pod waits for scale-out.
 * Immutable.
 */
public final class WhenTryNextUnits {
  /** The wait ACK applies when {@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX} has no timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);

  /**
   * The longest timeout this SDK accepts. ACK documents no upper bound; a pod kept Pending for
   * more than a day while a node pool fails to grow is taken for a mistake in the setting.
   */
  public static final Duration MAX_TIMEOUT = Duration.ofHours(24);

  private static final String FIELD = "priorityScheduling.whenTryNextUnits";

  private final TryNextUnitsPolicy policy;
  private final String policyAsString;
  private final Optional<Duration> timeout;

  private WhenTryNextUnits(TryNextUnitsPolicy policy, String policyAsString, Optional<Duration> timeout) {
    this.policy = policy;
    this.policyAsString = policyAsString;
    this.timeout = timeout;
  }

  /**
   * Makes the rule for a policy without a timeout. For
   * {@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX} ACK then waits {@link #DEFAULT_TIMEOUT}.
   *
   * @param policy the policy
   * @return the rule
   * @throws ValidationException if the policy is null or {@link TryNextUnitsPolicy#UNKNOWN}
   */
  public static WhenTryNextUnits of(TryNextUnitsPolicy policy) {
    return new WhenTryNextUnits(known(policy), policy.wireValue(), Optional.empty());
  }

  /**
   * Makes the rule "wait for scale-out at most {@code timeout}, then move on":
   * {@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX} with a timeout.
   *
   * @param timeout whole seconds, 1 s to {@link #MAX_TIMEOUT}
   * @return the rule
   * @throws ValidationException if the timeout is null, not whole seconds or out of range
   */
  public static WhenTryNextUnits timeoutOrExceedMax(Duration timeout) {
    return of(TryNextUnitsPolicy.TIMEOUT_OR_EXCEED_MAX, timeout);
  }

  /**
   * Makes the rule for a policy with a timeout.
   *
   * @param policy the policy, which must be {@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX}: ACK
   *     reads the timeout for no other policy
   * @param timeout whole seconds, 1 s to {@link #MAX_TIMEOUT}
   * @return the rule
   * @throws ValidationException if the policy is another one, or the timeout is null, not whole
   *     seconds or out of range
   */
  public static WhenTryNextUnits of(TryNextUnitsPolicy policy, Duration timeout) {
    known(policy);
    if (policy != TryNextUnitsPolicy.TIMEOUT_OR_EXCEED_MAX) {
      throw new ValidationException(FIELD + ".timeout", "must only be set with policy "
          + TryNextUnitsPolicy.TIMEOUT_OR_EXCEED_MAX.wireValue() + ", was set with " + policy.wireValue());
    }
    return new WhenTryNextUnits(policy, policy.wireValue(), Optional.of(checkTimeout(timeout)));
  }

  /** Keeps a value read from a manifest as it was, including a policy this SDK does not know. */
  static WhenTryNextUnits read(String policyAsString, Optional<Duration> timeout) {
    return new WhenTryNextUnits(TryNextUnitsPolicy.fromWire(policyAsString), policyAsString, timeout);
  }

  /**
   * Returns the policy.
   *
   * @return the policy, {@link TryNextUnitsPolicy#UNKNOWN} for a value read that this SDK does not know
   */
  public TryNextUnitsPolicy policy() {
    return policy;
  }

  /**
   * Returns the policy as written in the manifest.
   *
   * @return e.g. {@code TimeoutOrExceedMax}
   */
  public String policyAsString() {
    return policyAsString;
  }

  /**
   * Returns how long a pod waits for scale-out before moving on.
   *
   * @return the timeout; empty means ACK's {@link #DEFAULT_TIMEOUT} for
   *     {@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX} and nothing for other policies
   */
  public Optional<Duration> timeout() {
    return timeout;
  }

  /**
   * Writes the {@code whenTryNextUnits} object, the timeout in Go notation such as {@code 10m}.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode().put("policy", policyAsString);
    timeout.ifPresent(t -> node.put("timeout", GoDurations.format(t)));
    return node;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WhenTryNextUnits)) {
      return false;
    }
    WhenTryNextUnits other = (WhenTryNextUnits) o;
    return policyAsString.equals(other.policyAsString) && timeout.equals(other.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policyAsString, timeout);
  }

  /**
   * Describes the rule.
   *
   * @return e.g. {@code TimeoutOrExceedMax after 10m}
   */
  @Override
  public String toString() {
    return policyAsString + timeout.map(t -> " after " + GoDurations.format(t)).orElse("");
  }

  private static TryNextUnitsPolicy known(TryNextUnitsPolicy policy) {
    Validate.notNull(policy, FIELD + ".policy");
    if (policy == TryNextUnitsPolicy.UNKNOWN) {
      throw new ValidationException(FIELD + ".policy", "must be a known policy, was UNKNOWN");
    }
    return policy;
  }

  private static Duration checkTimeout(Duration timeout) {
    Validate.notNull(timeout, FIELD + ".timeout");
    if (timeout.getNano() != 0 || timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new ValidationException(FIELD + ".timeout",
          "must be whole seconds from 1s to " + GoDurations.format(MAX_TIMEOUT) + ", was " + timeout);
    }
    return timeout;
  }
}
