package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/** How onboarding went, server by server, in the order the servers were given. */
@ModelStyle
@Value.Immutable
public abstract class OnboardingReport {

  /**
   * Returns the cluster.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the pool the servers were onboarded into.
   *
   * @return the pool id
   */
  public abstract String nodePoolId();

  /**
   * Returns one result per server, in the order given.
   *
   * @return the results
   */
  public abstract List<ServerResult> results();

  /**
   * Returns how long onboarding took.
   *
   * @return the elapsed time
   */
  public abstract Duration elapsed();

  /**
   * Returns the servers whose nodes became {@code Ready}.
   *
   * @return the joined results
   */
  public List<ServerResult> joined() {
    return withOutcome(ServerOutcome.JOINED);
  }

  /**
   * Returns the servers that failed.
   *
   * @return the failed results
   */
  public List<ServerResult> failed() {
    return withOutcome(ServerOutcome.FAILED);
  }

  /**
   * Returns the servers whose nodes were not {@code Ready} by the deadline.
   *
   * @return the timed-out results
   */
  public List<ServerResult> timedOut() {
    return withOutcome(ServerOutcome.TIMED_OUT);
  }

  /**
   * Tells whether every server joined.
   *
   * @return true if all joined
   */
  public boolean allJoined() {
    return results().stream().allMatch(r -> r.outcome() == ServerOutcome.JOINED);
  }

  private List<ServerResult> withOutcome(ServerOutcome outcome) {
    return results().stream().filter(r -> r.outcome() == outcome).toList();
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OnboardingReport}. */
  public static final class Builder extends ImmutableOnboardingReport.Builder {}

  @Override
  public String toString() {
    return "OnboardingReport{pool=" + nodePoolId() + ", servers=" + results().size() + ", joined=" + joined().size()
        + ", failed=" + failed().size() + ", timedOut=" + timedOut().size() + ", elapsed=" + elapsed() + "}";
  }
}
