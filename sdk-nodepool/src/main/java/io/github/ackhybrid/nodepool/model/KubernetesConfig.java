package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The Kubernetes settings a node pool gives its nodes ({@code kubernetes_config}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = KubernetesConfig.Builder.class)
public abstract class KubernetesConfig {

  /**
   * Returns the node labels.
   *
   * @return the labels, in the service's order
   */
  @JsonProperty("labels")
  public abstract List<Label> labels();

  /**
   * Returns the node taints.
   *
   * @return the taints, in the service's order
   */
  @JsonProperty("taints")
  public abstract List<Taint> taints();

  /**
   * Returns the container runtime, such as {@code containerd}.
   *
   * @return the runtime
   */
  @JsonProperty("runtime")
  public abstract Optional<String> runtime();

  /**
   * Returns the container runtime version.
   *
   * @return the version
   */
  @JsonProperty("runtime_version")
  public abstract Optional<String> runtimeVersion();

  /**
   * Returns the CPU manager policy, {@code none} or {@code static}.
   *
   * @return the policy
   */
  @JsonProperty("cpu_policy")
  public abstract Optional<String> cpuPolicy();

  /**
   * Returns whether new nodes join cordoned.
   *
   * @return true if new nodes are unschedulable
   */
  @JsonProperty("unschedulable")
  public abstract Optional<Boolean> unschedulable();

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KubernetesConfig}. */
  public static final class Builder extends ImmutableKubernetesConfig.Builder {}
}
