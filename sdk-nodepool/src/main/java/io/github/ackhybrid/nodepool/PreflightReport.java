package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a preflight ({@link HybridPoolPreflight#check(PreflightInput)} or
 * {@link RegisteredBurstPreflight#check(PreflightInput)}): every failed condition, and advice.
 */
@ModelStyle
@Value.Immutable
public abstract class PreflightReport {

  /**
   * Returns every condition the cluster failed, in check order.
   *
   * @return the failures, empty if the cluster is ready
   */
  public abstract List<PreflightFailure> failures();

  /**
   * Returns advice that does not block creation, such as running fewer than three ECS nodes.
   *
   * @return the warnings
   */
  public abstract List<String> warnings();

  /**
   * Returns what the cluster was checked for, as the exception message words it.
   *
   * @return e.g. {@value HybridPoolPreflight#PURPOSE}, the default
   */
  @Value.Default
  public String purpose() {
    return HybridPoolPreflight.PURPOSE;
  }

  /**
   * Tells whether the cluster passed every check.
   *
   * @return true if there are no failures
   */
  public boolean passed() {
    return failures().isEmpty();
  }

  /**
   * Tells whether a given check failed.
   *
   * @param check the check
   * @return true if it failed
   */
  public boolean failed(PreflightCheck check) {
    Validate.notNull(check, "check");
    return failures().stream().anyMatch(f -> f.check() == check);
  }

  /**
   * Throws when any check failed.
   *
   * @throws HybridPoolPreflightException listing every failure, for the hybrid pool preflight
   * @throws PreflightException listing every failure, for any other preflight
   */
  public void throwIfFailed() {
    if (passed()) {
      return;
    }
    throw purpose().equals(HybridPoolPreflight.PURPOSE)
        ? new HybridPoolPreflightException(failures()) : new PreflightException(purpose(), failures());
  }

  /**
   * Starts a report.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PreflightReport}. */
  public static final class Builder extends ImmutablePreflightReport.Builder {}
}
