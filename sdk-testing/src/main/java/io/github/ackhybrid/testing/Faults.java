package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.internal.FaultTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Injects failures into the simulator's calls, for the next N matching calls or a share of them,
 * optionally only for one operation or product:
 *
 * <pre>{@code
 * sim.faults().throttle().status(429).retryAfter(Duration.ofMillis(20)).forAction("DescribeClusterDetail").times(2);
 * sim.faults().serviceUnavailable().forAction("CreateCluster").once();
 * sim.faults().dropAfterActing().forProduct(Product.ACK).share(0.1);
 * sim.faults().clear(seed);                                  // a reproducible chaos run
 * sim.faults().random(Duration.ofMillis(300)).share(0.12);   // any kind, drawn per hit
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

  /**
   * Starts a rule whose every hit injects a kind drawn at random, from the simulator's seeded
   * source, among the kinds given (all of them when none are): chaos on every call, reproducible
   * by seed. Its throttling answers use HTTP 400 unless {@link FaultRule#status} says 429.
   *
   * @param delay how long a {@link FaultKind#DELAY} hit holds its answer, in real time
   * @param kinds the kinds to draw from; none means every kind
   * @return the rule to configure
   * @throws ValidationException if the delay is not positive or a kind is null
   */
  public FaultRule random(Duration delay, FaultKind... kinds) {
    Validate.positive(delay, "delay");
    Validate.notNull(kinds, "kinds");
    List<FaultKind> draws = kinds.length == 0 ? List.of(FaultKind.values()) : new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      draws.add(Validate.notNull(kinds[i], "kinds[" + i + "]"));
    }
    return new FaultRule(table, draws, delay);
  }

  /** Removes every rule, zeroes the counters and reseeds the random source. */
  public void clear() {
    table.clear();
  }

  /**
   * Removes every rule, zeroes the counters and seeds the random source anew, so each run of a
   * chaos test can be reproduced from its own seed; later {@link #clear()} calls reuse this seed.
   *
   * @param seed the seed
   */
  public void clear(long seed) {
    table.clear(seed);
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
