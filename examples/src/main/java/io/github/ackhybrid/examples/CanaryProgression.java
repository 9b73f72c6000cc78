package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.CanaryRelease;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Moves a canary release toward the canary subset step by step, checking an error rate after each
 * applied step, and rolls all traffic back to the stable subset when the rate exceeds a threshold.
 *
 * <p>How a policy is applied and how the error rate is measured are callbacks, so the decision
 * logic runs the same against a mesh, the simulator or a test double.
 */
public final class CanaryProgression {
  /** How a progression ended. */
  public enum Outcome {
    /** All traffic reached the canary subset. */
    PROMOTED,
    /** The error rate crossed the threshold and all traffic went back to the stable subset. */
    ROLLED_BACK
  }

  private final Function<CanaryRelease, ?> apply;
  private final DoubleSupplier errorRate;
  private final double maxErrorRate;
  private final PrintStream out;

  /**
   * Creates a progression.
   *
   * @param apply applies one policy, for example {@code p -> mesh.applyPolicy(meshId, p)}
   * @param errorRate the current error rate of the canary, 0.0-1.0, read after each step
   * @param maxErrorRate the highest tolerated error rate, 0.0-1.0
   * @param out where each step is reported
   * @throws ValidationException if an argument is missing or the threshold is out of range
   */
  public CanaryProgression(Function<CanaryRelease, ?> apply, DoubleSupplier errorRate, double maxErrorRate,
      PrintStream out) {
    if (apply == null || errorRate == null || out == null) {
      throw new ValidationException("canaryProgression", "apply, errorRate and out must be given");
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new ValidationException("canaryProgression.maxErrorRate", "must be 0.0-1.0, was " + maxErrorRate);
    }
    this.apply = apply;
    this.errorRate = errorRate;
    this.maxErrorRate = maxErrorRate;
    this.out = out;
  }

  /**
   * Applies {@code start}, then shifts {@code step} percent to {@code canary} and applies it until the
   * canary has all traffic, rolling back to {@code stable} as soon as the error rate is too high.
   *
   * @param start the first policy, weighting both subsets
   * @param stable the subset that takes all traffic on rollback
   * @param canary the subset being promoted
   * @param step the percentage moved per step, 1-100
   * @return how it ended
   * @throws ValidationException if the subsets or step do not fit the policy
   */
  public Outcome run(CanaryRelease start, String stable, String canary, int step) {
    Objects.requireNonNull(start, "start");
    CanaryRelease current = start;
    while (true) {
      apply.apply(current);
      double rate = errorRate.getAsDouble();
      out.printf(Locale.ROOT, "applied %s, error rate %.3f%n", current.weights(), rate);
      if (rate > maxErrorRate) {
        CanaryRelease rollback = current.shift(stable, 100);
        apply.apply(rollback);
        out.printf(Locale.ROOT, "error rate %.3f above %.3f: rolled back to %s%n", rate, maxErrorRate, rollback.weights());
        return Outcome.ROLLED_BACK;
      }
      if (current.weights().getOrDefault(canary, 0) == 100) {
        out.println("promoted " + canary + " to all traffic");
        return Outcome.PROMOTED;
      }
      current = current.shift(canary, step);
    }
  }
}
