package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.testing.FaultKind;
import io.github.ackhybrid.testing.Product;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One registered fault rule: what to inject, which calls it applies to, and how often.
 *
 * @param kind what to inject
 * @param action only calls of this operation, or any when empty
 * @param product only calls to this product, or any when empty
 * @param status the HTTP status of a throttling answer (400 or 429)
 * @param retryAfter the wait a throttling answer advertises, if any
 * @param delay how long a {@link FaultKind#DELAY} holds the answer
 * @param times how many matching calls to hit, or -1 for a share or every call
 * @param share the probability of hitting each matching call when {@code times} is -1
 * @param draws the kinds a hit draws from at random, or empty to inject {@code kind} every time
 */
public record FaultSpec(FaultKind kind, Optional<String> action, Optional<Product> product, int status,
    Optional<Duration> retryAfter, Duration delay, long times, double share, List<FaultKind> draws) {

  /** Copies the list so the record stays immutable. */
  public FaultSpec {
    draws = List.copyOf(draws);
  }

  /**
   * Returns this rule as one hit injects it, with the kind drawn.
   *
   * @param drawn the kind drawn
   * @return a rule that injects that kind
   */
  public FaultSpec drawn(FaultKind drawn) {
    return new FaultSpec(drawn, action, product, status, retryAfter, delay, times, share, List.of());
  }

  /**
   * Tells whether this rule applies to a call.
   *
   * @param callAction the call's operation, may be null
   * @param callProduct the call's product, may be null
   * @return true if both filters accept the call
   */
  public boolean matches(String callAction, Product callProduct) {
    return action.map(a -> a.equals(callAction)).orElse(true)
        && product.map(p -> p == callProduct).orElse(true);
  }
}
