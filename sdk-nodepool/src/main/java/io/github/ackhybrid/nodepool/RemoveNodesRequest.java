package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which nodes RemoveNodePoolNodes takes out of a pool, and how. The instance ids and node names
 * travel as JSON array text in the query ({@code instance_ids=["i-1","i-2"]}), as the API expects.
 *
 * <pre>{@code
 * pools.removeNodes(clusterId, poolId, r -> r.addInstanceId("i-abc").drainNode(true))
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class RemoveNodesRequest {

  /**
   * Returns the instances to remove, sent as {@code instance_ids}.
   *
   * @return the instance ids
   */
  public abstract List<String> instanceIds();

  /**
   * Returns the Kubernetes node names to remove, sent as {@code nodes}; the API marks this form
   * deprecated in favour of instance ids.
   *
   * @return the node names
   */
  public abstract List<String> nodeNames();

  /**
   * Returns whether pods are drained from the nodes first.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> drainNode();

  /**
   * Returns whether the ECS instances are also released (deleted); never applies to your own servers.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> releaseNode();

  /**
   * Returns whether the nodes are removed concurrently.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> concurrency();

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (instanceIds().isEmpty() && nodeNames().isEmpty()) {
      throw new ValidationException("removeNodes.instanceIds", "must name at least one instance (or node name)");
    }
    instanceIds().forEach(id -> Ids.id(id, "removeNodes.instanceIds"));
    nodeNames().forEach(n -> KubernetesNames.dns1123Subdomain(n, "removeNodes.nodeNames"));
  }

  /** Builds a {@link RemoveNodesRequest}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableRemoveNodesRequest.Builder {}
}
