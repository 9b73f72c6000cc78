package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** One condition a cluster failed before a hybrid cloud node pool can be created, and what to do about it. */
@ModelStyle
@Value.Immutable
public abstract class PreflightFailure {

  /**
   * Returns the condition that failed.
   *
   * @return the check
   */
  public abstract PreflightCheck check();

  /**
   * Returns what is wrong and how to fix it.
   *
   * @return the explanation
   */
  public abstract String message();

  /**
   * Creates a failure.
   *
   * @param check the condition
   * @param message what is wrong and how to fix it
   * @return the failure
   */
  public static PreflightFailure of(PreflightCheck check, String message) {
    return new Builder().check(check).message(message).build();
  }

  /** Builds a {@link PreflightFailure}. */
  public static final class Builder extends ImmutablePreflightFailure.Builder {}

  @Override
  public String toString() {
    return check() + ": " + message();
  }
}
