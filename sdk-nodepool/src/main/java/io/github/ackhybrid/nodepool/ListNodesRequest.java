package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Which nodes of a cluster to list with DescribeClusterNodes, and how many per page. */
@ModelStyle
@Value.Immutable
public abstract class ListNodesRequest {

  /**
   * Returns the pool to list, sent as {@code nodepool_id}.
   *
   * @return the pool id, empty for every pool
   */
  public abstract Optional<String> nodePoolId();

  /**
   * Returns the lifecycle state to list, sent as {@code state}.
   *
   * @return the filter, empty for the service's default (all)
   */
  public abstract Optional<NodeStateFilter> state();

  /**
   * Returns the instances to list, sent comma-separated as {@code instanceIds}.
   *
   * @return the instance ids, empty for every instance
   */
  public abstract List<String> instanceIds();

  /**
   * Returns how many nodes to fetch per page, sent as {@code pageSize}.
   *
   * @return 1-100; defaults to 100, the most the service allows, to make the fewest calls
   */
  @Value.Default
  public int pageSize() {
    return 100;
  }

  /**
   * Starts a request that lists every node.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    nodePoolId().ifPresent(Ids::nodePoolId);
    instanceIds().forEach(id -> Ids.id(id, "listNodes.instanceIds"));
    Validate.inRange(pageSize(), "listNodes.pageSize", 1, 100);
  }

  /** Builds a {@link ListNodesRequest}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableListNodesRequest.Builder {}
}
