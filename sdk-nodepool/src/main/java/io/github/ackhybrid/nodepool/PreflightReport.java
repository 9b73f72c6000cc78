package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** The outcome of {@link HybridPoolPreflight#check(PreflightInput)}: every failed condition, and advice. */
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
   * @throws HybridPoolPreflightException listing every failure
   */
  public void throwIfFailed() {
    if (!passed()) {
      throw new HybridPoolPreflightException(failures());
    }
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
