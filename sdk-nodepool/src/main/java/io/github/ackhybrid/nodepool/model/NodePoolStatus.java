package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** The state and node counters of a node pool ({@code status}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = NodePoolStatus.Builder.class)
public abstract class NodePoolStatus {

  /**
   * Returns the state exactly as the service sent it.
   *
   * @return the raw state, empty if the service sent none
   */
  @JsonProperty("state")
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the state.
   *
   * @return the state, {@link NodePoolState#UNKNOWN} for a value this SDK does not know
   */
  public NodePoolState state() {
    return NodePoolState.fromWire(stateAsString());
  }

  /**
   * Returns how many nodes the pool holds.
   *
   * @return the total
   */
  @JsonProperty("total_nodes")
  @Value.Default
  public long totalNodes() {
    return 0;
  }

  /**
   * Returns how many nodes serve workloads.
   *
   * @return the count
   */
  @JsonProperty("serving_nodes")
  @Value.Default
  public long servingNodes() {
    return 0;
  }

  /**
   * Returns how many nodes are healthy.
   *
   * @return the count
   */
  @JsonProperty("healthy_nodes")
  @Value.Default
  public long healthyNodes() {
    return 0;
  }

  /**
   * Returns how many nodes are being set up.
   *
   * @return the count
   */
  @JsonProperty("initial_nodes")
  @Value.Default
  public long initialNodes() {
    return 0;
  }

  /**
   * Returns how many nodes failed.
   *
   * @return the count
   */
  @JsonProperty("failed_nodes")
  @Value.Default
  public long failedNodes() {
    return 0;
  }

  /**
   * Returns how many nodes are offline.
   *
   * @return the count
   */
  @JsonProperty("offline_nodes")
  @Value.Default
  public long offlineNodes() {
    return 0;
  }

  /**
   * Returns how many nodes are being removed.
   *
   * @return the count
   */
  @JsonProperty("removing_nodes")
  @Value.Default
  public long removingNodes() {
    return 0;
  }

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePoolStatus}. */
  public static final class Builder extends ImmutableNodePoolStatus.Builder {}
}
