package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.WaitDecision;
import io.github.ackhybrid.core.Waiter;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import io.github.ackhybrid.nodepool.model.NodePoolState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the node pool waiters, each with a blocking and a non-blocking poll, so both kinds of
 * waiter judge states and errors by the same rules.
 */
final class PoolWaiterFactory {
  // The same multiple as the core's description of CloudConfig.pollInterval().
  private static final int MAX_INTERVAL_FACTOR = 6;

  private final NodePoolClient sync;
  private final NodePoolAsyncClient async;
  private final Duration pollInterval;
  private final Executor executor;

  PoolWaiterFactory(NodePoolClient sync, NodePoolAsyncClient async, Duration pollInterval, Executor executor) {
    this.sync = sync;
    this.async = async;
    this.pollInterval = pollInterval;
    this.executor = executor;
  }

  Waiter<NodePool> active(String clusterId, String poolId, Duration timeout, Duration notFoundGrace) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    long graceEnds = System.nanoTime() + notFoundGrace.toNanos();
    return this.<NodePool>base("node pool " + poolId + " of cluster " + clusterId + " to be active", timeout)
        .poll(() -> sync.describePool(clusterId, poolId))
        .pollAsync(() -> async.describePool(clusterId, poolId))
        .acceptor(pool -> judgeActive(pool.state()))
        .onError(error -> judgeError(error, graceEnds))
        .describeState(pool -> pool.stateAsString().isEmpty() ? "(no state)" : pool.stateAsString())
        .build();
  }

  Waiter<NodePoolSnapshot> nodesReady(String clusterId, String poolId, int count, Duration timeout,
      Duration notFoundGrace) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    Validate.inRange(count, "untilNodesReady.count", 1, 100_000);
    long graceEnds = System.nanoTime() + notFoundGrace.toNanos();
    return this.<NodePoolSnapshot>base(count + " node" + (count == 1 ? "" : "s") + " of node pool " + poolId
            + " of cluster " + clusterId + " to be Ready", timeout)
        .poll(() -> NodePoolSnapshot.builder()
            .pool(sync.describePool(clusterId, poolId))
            .nodes(sync.listNodes(clusterId, r -> r.nodePoolId(poolId)).toList())
            .build())
        .pollAsync(() -> async.describePool(clusterId, poolId).thenCombine(
            async.listNodes(clusterId, r -> r.nodePoolId(poolId)).toList(),
            (pool, nodes) -> NodePoolSnapshot.builder().pool(pool).nodes(nodes).build()))
        .acceptor(snapshot -> {
          if (snapshot.readyNodes().size() >= count) {
            return WaitDecision.SUCCESS;
          }
          NodePoolState state = snapshot.pool().state();
          return state == NodePoolState.DELETING || state == NodePoolState.FAILED
              ? WaitDecision.FAILURE : WaitDecision.RETRY;
        })
        .onError(error -> judgeError(error, graceEnds))
        .describeState(PoolWaiterFactory::describe)
        .build();
  }

  Waiter<List<Node>> nodeRemoved(String clusterId, String nodeName, Duration timeout) {
    Ids.clusterId(clusterId);
    KubernetesNames.dns1123Subdomain(nodeName, "untilNodeRemoved.nodeName");
    return this.<List<Node>>base("node " + nodeName + " of cluster " + clusterId + " to be removed", timeout)
        .poll(() -> sync.listNodes(clusterId, r -> {}).stream()
            .filter(n -> n.nodeName().equals(nodeName)).limit(1).toList())
        .pollAsync(() -> {
          List<Node> found = new ArrayList<>();
          return async.listNodes(clusterId, r -> {}).forEachPage(page -> {
            page.items().stream().filter(n -> n.nodeName().equals(nodeName)).findFirst().ifPresent(found::add);
            return found.isEmpty();
          }).thenApply(done -> List.copyOf(found));
        })
        .acceptor(found -> found.isEmpty() ? WaitDecision.SUCCESS : WaitDecision.RETRY)
        .onError(error -> Transient.isTransient(error) ? WaitDecision.RETRY : WaitDecision.FAILURE)
        .describeState(found -> found.isEmpty() ? "removed"
            : "still listed, state " + found.get(0).stateAsString() + ", node_status " + found.get(0).nodeStatusAsString())
        .build();
  }

  <T> Waiter.Builder<T> base(String description, Duration timeout) {
    Validate.positive(timeout, "waiter.timeout");
    return Waiter.<T>builder(description)
        .initialInterval(pollInterval)
        .maxInterval(pollInterval.multipliedBy(MAX_INTERVAL_FACTOR))
        .timeout(timeout)
        .executor(executor);
  }

  /**
   * Starts a non-blocking wait; a waiter that cannot be built fails the future instead of throwing,
   * and cancelling the returned future cancels the wait.
   */
  static <T, R> CompletableFuture<R> awaitAsync(Supplier<Waiter<T>> waiter, Function<T, R> result) {
    CompletableFuture<T> waiting;
    try {
      waiting = waiter.get().awaitAsync();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<R> mapped = waiting.thenApply(result);
    mapped.whenComplete((value, error) -> {
      if (mapped.isCancelled()) {
        waiting.cancel(false);
      }
    });
    return mapped;
  }

  private static WaitDecision judgeActive(NodePoolState state) {
    return switch (state) {
      case ACTIVE -> WaitDecision.SUCCESS;
      case DELETING, FAILED -> WaitDecision.FAILURE;
      default -> WaitDecision.RETRY;
    };
  }

  private static WaitDecision judgeError(Throwable error, long graceEndsNanos) {
    if (Transient.isTransient(error)) {
      return WaitDecision.RETRY;
    }
    if (Transient.isPoolNotFound(error) && System.nanoTime() - graceEndsNanos < 0) {
      return WaitDecision.RETRY;
    }
    return WaitDecision.FAILURE;
  }

  private static String describe(NodePoolSnapshot s) {
    return "pool " + (s.pool().stateAsString().isEmpty() ? "(no state)" : s.pool().stateAsString()) + ", "
        + s.readyNodes().size() + " of " + s.nodes().size() + " nodes Ready";
  }
}
