package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.util.Optional;
import org.immutables.value.Value;

/** One step of one server's onboarding, with the overall count, as the progress callback receives it. */
@ModelStyle
@Value.Immutable
public abstract class OnboardingProgress {

  /**
   * Returns the server.
   *
   * @return the server
   */
  public abstract ServerSpec server();

  /**
   * Returns what just happened to it.
   *
   * @return the phase
   */
  public abstract OnboardingPhase phase();

  /**
   * Returns details such as a failure reason or the node name; never contains the join token.
   *
   * @return the detail
   */
  public abstract Optional<String> detail();

  /**
   * Returns how many servers have reached a final phase, this one included.
   *
   * @return the finished count
   */
  public abstract int finished();

  /**
   * Returns how many servers are being onboarded.
   *
   * @return the total
   */
  public abstract int total();

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OnboardingProgress}. */
  public static final class Builder extends ImmutableOnboardingProgress.Builder {}

  @Override
  public String toString() {
    return "[" + finished() + "/" + total() + "] " + server().name() + " " + phase()
        + detail().map(d -> ": " + d).orElse("");
  }
}
