package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node pool as DescribeClusterNodePoolDetail and DescribeClusterNodePools return it. The parts
 * the SDK models are typed; everything the service sent, including fields this SDK does not know,
 * is kept in {@link #rawJson()} so that {@code updatePool} can send them back unchanged.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = NodePool.Builder.class)
public abstract class NodePool {

  /**
   * Returns the identity part: id, name, type, region, timestamps.
   *
   * @return the pool info
   */
  @JsonProperty("nodepool_info")
  public abstract NodePoolInfo info();

  /**
   * Returns the state and node counters.
   *
   * @return the status; all zero with an empty state when the service sent none
   */
  @JsonProperty("status")
  @Value.Default
  public NodePoolStatus status() {
    return NodePoolStatus.builder().build();
  }

  /**
   * Returns the Kubernetes settings: labels, taints, runtime.
   *
   * @return the settings, if the service sent them
   */
  @JsonProperty("kubernetes_config")
  public abstract Optional<KubernetesConfig> kubernetesConfig();

  /**
   * Returns the ECS scaling group settings; hybrid pools have none.
   *
   * @return the scaling group
   */
  @JsonProperty("scaling_group")
  public abstract Optional<ScalingGroup> scalingGroup();

  /**
   * Returns the managed node pool settings.
   *
   * @return the management settings
   */
  @JsonProperty("management")
  public abstract Optional<Management> management();

  /**
   * Returns the auto scaling settings.
   *
   * @return the auto scaling settings
   */
  @JsonProperty("auto_scaling")
  public abstract Optional<AutoScaling> autoScaling();

  /**
   * Returns the hybrid settings, present on hybrid pools created by this SDK or the simulator.
   *
   * @return the hybrid settings
   */
  @JsonProperty("hybrid_config")
  public abstract Optional<HybridConfig> hybridConfig();

  /**
   * Returns the edge interconnect mode ({@code basic}, {@code private}, {@code improved}) of an edge pool.
   *
   * @return the mode
   */
  @JsonProperty("interconnect_mode")
  public abstract Optional<String> interconnectMode();

  /**
   * Returns the pool exactly as the service sent it, unknown fields included. Not part of
   * {@code equals} or {@code toString}.
   *
   * @return the JSON text, {@code {}} for a pool built by hand
   */
  public String rawJson() {
    return rawJsonText().toString();
  }

  /**
   * Returns the pool's JSON as the service sent it, in whatever form the decoder kept it: a pool
   * that is listed but never updated need not pay for turning its bytes into a string.
   *
   * @return the JSON, {@code {}} for a pool built by hand
   */
  @Value.Auxiliary
  @Value.Default
  public CharSequence rawJsonText() {
    return "{}";
  }

  /**
   * Returns the pool id.
   *
   * @return the id
   */
  public String id() {
    return info().nodePoolId();
  }

  /**
   * Returns the pool name.
   *
   * @return the name
   */
  public String name() {
    return info().name();
  }

  /**
   * Returns the pool type.
   *
   * @return the type, {@link NodePoolType#UNKNOWN} for a value this SDK does not know
   */
  public NodePoolType type() {
    return info().type();
  }

  /**
   * Returns the pool type exactly as the service sent it.
   *
   * @return the raw type, empty if none was sent
   */
  public String typeAsString() {
    return info().typeAsString();
  }

  /**
   * Returns the pool state.
   *
   * @return the state, {@link NodePoolState#UNKNOWN} for a value this SDK does not know
   */
  public NodePoolState state() {
    return status().state();
  }

  /**
   * Returns the pool state exactly as the service sent it.
   *
   * @return the raw state, empty if none was sent
   */
  public String stateAsString() {
    return status().stateAsString();
  }

  /**
   * Returns the labels the pool gives its nodes.
   *
   * @return the labels, empty if none
   */
  public List<Label> labels() {
    return kubernetesConfig().map(KubernetesConfig::labels).orElse(List.of());
  }

  /**
   * Returns the taints the pool gives its nodes.
   *
   * @return the taints, empty if none
   */
  public List<Taint> taints() {
    return kubernetesConfig().map(KubernetesConfig::taints).orElse(List.of());
  }

  /**
   * Returns the Terway Hybrid mode of a hybrid pool.
   *
   * @return the mode, empty when the pool reports none
   */
  public Optional<TerwayHybridMode> networkMode() {
    return hybridConfig().flatMap(HybridConfig::networkMode);
  }

  /**
   * Tells whether this is a hybrid cloud node pool, recognised defensively because the API
   * documents no type value for them (reference §5.2 item 3): the type is {@code hybrid} or
   * {@code hybridcloud}, or a non-empty type outside the documented {@code ess | edge | lingjun},
   * or the pool's labels carry {@code alibabacloud.com/nodepool-type=hybridcloud}. A third sign,
   * nodes with {@code is_aliyun_node=false}, needs the node list: see {@link Node#aliyunNode()}.
   *
   * @return true if any sign of a hybrid pool is present
   */
  public boolean isHybrid() {
    NodePoolType type = type();
    if (type == NodePoolType.HYBRID || (type == NodePoolType.UNKNOWN && !typeAsString().isBlank())) {
      return true;
    }
    return labels().stream().anyMatch(l -> l.key().equals(HybridDefaults.LABEL_KEY)
        && l.value().equals(HybridDefaults.LABEL_VALUE));
  }

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePool}. */
  public static final class Builder extends ImmutableNodePool.Builder {}
}
