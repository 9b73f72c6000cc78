package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.NodePoolWaiters;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import java.time.Duration;

/** The blocking {@link NodePoolWaiters}. */
final class DefaultNodePoolWaiters implements NodePoolWaiters {
  private final PoolWaiterFactory factory;
  private final Duration notFoundGrace;

  DefaultNodePoolWaiters(PoolWaiterFactory factory) {
    this(factory, DEFAULT_NOT_FOUND_GRACE);
  }

  private DefaultNodePoolWaiters(PoolWaiterFactory factory, Duration notFoundGrace) {
    this.factory = factory;
    this.notFoundGrace = notFoundGrace;
  }

  @Override
  public NodePool untilActive(String clusterId, String poolId, Duration timeout) {
    return factory.active(clusterId, poolId, timeout, notFoundGrace).await();
  }

  @Override
  public NodePoolSnapshot untilNodesReady(String clusterId, String poolId, int count, Duration timeout) {
    return factory.nodesReady(clusterId, poolId, count, timeout, notFoundGrace).await();
  }

  @Override
  public void untilNodeRemoved(String clusterId, String nodeName, Duration timeout) {
    factory.nodeRemoved(clusterId, nodeName, timeout).await();
  }

  @Override
  public NodePoolWaiters withNotFoundGrace(Duration grace) {
    return new DefaultNodePoolWaiters(factory, checkGrace(grace));
  }

  static Duration checkGrace(Duration grace) {
    Validate.notNull(grace, "notFoundGrace");
    if (grace.isNegative()) {
      throw new io.github.ackhybrid.core.exception.ValidationException("notFoundGrace",
          "must not be negative, was " + grace);
    }
    return grace;
  }
}
