package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.nodepool.internal.WireTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A node of a cluster as DescribeClusterNodes returns it. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Node.Builder.class)
public abstract class Node {

  /**
   * Returns the instance id: an ECS id such as {@code i-2ze...}, or the id ACK gave a hybrid server.
   *
   * @return the instance id, empty if the service sent none
   */
  @JsonProperty("instance_id")
  @Value.Default
  public String instanceId() {
    return "";
  }

  /**
   * Returns the Kubernetes node name, such as {@code cn-chengdu.192.168.0.36}.
   *
   * @return the node name, empty if the service sent none
   */
  @JsonProperty("node_name")
  @Value.Default
  public String nodeName() {
    return "";
  }

  /**
   * Returns the instance name.
   *
   * @return the instance name
   */
  @JsonProperty("instance_name")
  public abstract Optional<String> instanceName();

  /**
   * Returns the host name of the machine.
   *
   * @return the host name
   */
  @JsonProperty("host_name")
  public abstract Optional<String> hostName();

  /**
   * Returns the pool the node belongs to.
   *
   * @return the pool id
   */
  @JsonProperty("nodepool_id")
  public abstract Optional<String> nodePoolId();

  /**
   * Returns the lifecycle state exactly as the service sent it.
   *
   * @return the raw state, empty if none was sent
   */
  @JsonProperty("state")
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the lifecycle state.
   *
   * @return the state, {@link NodeState#UNKNOWN} for a value this SDK does not know
   */
  public NodeState state() {
    return NodeState.fromWire(stateAsString());
  }

  /**
   * Returns the Kubernetes readiness exactly as the service sent it.
   *
   * @return the raw status, empty if none was sent
   */
  @JsonProperty("node_status")
  @Value.Default
  public String nodeStatusAsString() {
    return "";
  }

  /**
   * Returns the Kubernetes readiness.
   *
   * @return the status, {@link NodeStatus#UNKNOWN} for {@code Unknown} or a value this SDK does not know
   */
  public NodeStatus nodeStatus() {
    return NodeStatus.fromWire(nodeStatusAsString());
  }

  /**
   * Tells whether Kubernetes reports the node {@code Ready}.
   *
   * @return true if ready
   */
  public boolean ready() {
    return nodeStatus() == NodeStatus.READY;
  }

  /**
   * Returns the raw ECS instance status, such as {@code Running}.
   *
   * @return the instance status
   */
  @JsonProperty("instance_status")
  public abstract Optional<String> instanceStatus();

  /**
   * Returns the node's role, {@code Master} or {@code Worker}.
   *
   * @return the role
   */
  @JsonProperty("instance_role")
  public abstract Optional<String> instanceRole();

  /**
   * Returns the ECS instance type.
   *
   * @return the instance type
   */
  @JsonProperty("instance_type")
  public abstract Optional<String> instanceType();

  /**
   * Returns the node's IP addresses.
   *
   * @return the addresses, empty if none were sent
   */
  @JsonProperty("ip_address")
  public abstract List<String> ipAddresses();

  /**
   * Tells whether the node is an Alibaba Cloud instance: {@code false} for hybrid, edge and
   * registered-cluster servers of your own.
   *
   * @return the flag, empty if the service sent none
   */
  @JsonProperty("is_aliyun_node")
  public abstract Optional<Boolean> aliyunNode();

  /**
   * Returns how the node was initialised, such as {@code ess_attach}.
   *
   * @return the source
   */
  @JsonProperty("source")
  public abstract Optional<String> source();

  /**
   * Returns the creation time exactly as the service sent it.
   *
   * @return the raw timestamp
   */
  @JsonProperty("creation_time")
  public abstract Optional<String> creationTimeAsString();

  /**
   * Returns when the node was created.
   *
   * @return the instant, empty if absent or unreadable
   */
  public Optional<Instant> creationTime() {
    return creationTimeAsString().flatMap(WireTime::parse);
  }

  /**
   * Returns the service's message about a problem with the node.
   *
   * @return the message
   */
  @JsonProperty("error_message")
  public abstract Optional<String> errorMessage();

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Node}. */
  public static final class Builder extends ImmutableNode.Builder {}
}
