package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.internal.FaultTable;
import java.time.Duration;

/**
 * Injects failures into the simulator's calls, for the next N matching calls or a share of them,
 * optionally only for one operation or product:
 *
 * <pre>{@code
 * sim.faults().throttle().status(429).retryAfter(Duration.ofMillis(20)).forAction("DescribeClusterDetail").times(2);
 * sim.faults().serviceUnavailable().forAction("CreateCluster").once();
 * sim.faults().dropAfterActing().forProduct(Product.ACK).share(0.1);
 * }</pre>
 *
 * A rule takes effect when {@link FaultRule#times}, {@link FaultRule#once}, {@link FaultRule#share}
 * or {@link FaultRule#always} is called. Faults apply to calls that passed authentication; rules
 * are consulted in registration order and a call gets at most one fault. Thread-safe.
 */
public final class Faults {
  private final FaultTable table;

  Faults(FaultTable table) {
    this.table = table;
  }

  /**
   * Starts a throttling rule: {@code Throttling.User}, HTTP 400 unless {@link FaultRule#status}
   * says 429. Nothing is carried out.
   *
   * @return the rule to configure
   */
  public FaultRule throttle() {
    return new FaultRule(table, FaultKind.THROTTLE, Duration.ZERO);
  }

  /**
   * Starts a rule answering HTTP 500 {@code InternalError}. Nothing is carried out.
   *
   * @return the rule to configure
   */
  public FaultRule serverError() {
    return new FaultRule(table, FaultKind.SERVER_ERROR, Duration.ZERO);
  }

  /**
   * Starts a rule answering HTTP 503 {@code ServiceUnavailable}. Nothing is carried out.
   *
   * @return the rule to configure
   */
  public FaultRule serviceUnavailable() {
    return new FaultRule(table, FaultKind.SERVICE_UNAVAILABLE, Duration.ZERO);
  }

  /**
   * Starts a rule that carries the call out and holds its answer back, to test timeouts.
   *
   * @param delay how long to wait before the status line, in real time
   * @return the rule to configure
   * @throws ValidationException if the delay is null, zero or negative
   */
  public FaultRule delay(Duration delay) {
    return new FaultRule(table, FaultKind.DELAY, Validate.positive(delay, "delay"));
  }

  /**
   * Starts a rule that closes the connection once the request is read, without carrying it out.
   *
   * @return the rule to configure
   */
  public FaultRule dropBeforeActing() {
    return new FaultRule(table, FaultKind.DROP_BEFORE_ACTING, Duration.ZERO);
  }

  /**
   * Starts a rule that carries the call out, then closes the connection without answering.
   *
   * @return the rule to configure
   */
  public FaultRule dropAfterActing() {
    return new FaultRule(table, FaultKind.DROP_AFTER_ACTING, Duration.ZERO);
  }

  /**
   * Starts a rule that carries the call out and answers 200 with a body that is not valid JSON.
   *
   * @return the rule to configure
   */
  public FaultRule malformedBody() {
    return new FaultRule(table, FaultKind.MALFORMED_BODY, Duration.ZERO);
  }

  /**
   * Starts a rule that carries the call out and closes the connection halfway through the body.
   *
   * @return the rule to configure
   */
  public FaultRule truncatedBody() {
    return new FaultRule(table, FaultKind.TRUNCATED_BODY, Duration.ZERO);
  }

  /** Removes every rule, zeroes the counters and reseeds the random source. */
  public void clear() {
    table.clear();
  }

  /**
   * Returns how many faults were injected since the last {@link #clear}.
   *
   * @return the count
   */
  public long injected() {
    return table.injected();
  }

  /**
   * Returns how many faults of one kind were injected since the last {@link #clear}.
   *
   * @param kind the kind
   * @return the count
   * @throws ValidationException if the kind is null
   */
  public long injected(FaultKind kind) {
    return table.injected(Validate.notNull(kind, "kind"));
  }
}
