package io.github.ackhybrid.cluster;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** How the agent of a registered cluster connects ({@code DescribeExternalAgent}). */
@ModelStyle
@Value.Immutable
public abstract class AgentManifestOptions {

  /**
   * Returns whether the agent connects over the VPC (true) rather than the Internet; the service's
   * default is the Internet. Node pools of cloud servers need the private network.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> privateNetwork();

  /**
   * Returns the agent's permissions; the service's default is {@link AgentMode#ADMIN}.
   *
   * @return the mode, when chosen
   */
  public abstract Optional<AgentMode> mode();

  /**
   * Returns the options that keep the service's defaults.
   *
   * @return empty options
   */
  public static AgentManifestOptions defaults() {
    return builder().build();
  }

  /**
   * Starts options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AgentManifestOptions}. */
  public static final class Builder extends ImmutableAgentManifestOptions.Builder {}
}
