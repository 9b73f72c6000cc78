package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.AttachInstancesRequest;
import io.github.ackhybrid.nodepool.AttachScriptRequest;
import io.github.ackhybrid.nodepool.HybridPoolSpec;
import io.github.ackhybrid.nodepool.ListNodesRequest;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.NodePoolSpec;
import io.github.ackhybrid.nodepool.NodePoolUpdate;
import io.github.ackhybrid.nodepool.NodePoolWaiters;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.RemoveNodesRequest;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolTask;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/** The blocking {@link NodePoolClient}: runs each prepared call on the caller's thread. */
public final class DefaultNodePoolClient implements NodePoolClient {
  private final ClientRuntime runtime;
  private final NodePoolRequests requests;
  private final DefaultNodePoolAsyncClient async;
  private final NodePoolWaiters waiters;

  /**
   * Creates the client.
   *
   * @param config the settings
   * @param transport a shared transport, or null to create one this client owns
   */
  public DefaultNodePoolClient(CloudConfig config, HttpTransport transport) {
    this.runtime = new ClientRuntime(config, transport);
    this.requests = new NodePoolRequests(config.clock());
    this.async = new DefaultNodePoolAsyncClient(runtime, requests, this);
    this.waiters = new DefaultNodePoolWaiters(async.waiterFactory());
  }

  @Override
  public NodePoolAsyncClient async() {
    return async;
  }

  @Override
  public NodePoolWaiters waiters() {
    return waiters;
  }

  @Override
  public CreatedNodePool createHybridPool(String clusterId, HybridPoolSpec spec) {
    return requests.createPool(clusterId, Validate.notNull(spec, "hybridPool")).execute(runtime);
  }

  @Override
  public CreatedNodePool createPool(String clusterId, NodePoolSpec spec) {
    return requests.createPool(clusterId, Validate.notNull(spec, "nodePool")).execute(runtime);
  }

  @Override
  public List<NodePool> listPools(String clusterId) {
    return requests.listPools(clusterId, null).execute(runtime);
  }

  @Override
  public List<NodePool> listPools(String clusterId, String name) {
    return requests.listPools(clusterId, Validate.notNull(name, "listPools.name")).execute(runtime);
  }

  @Override
  public NodePool describePool(String clusterId, String poolId) {
    return requests.describePool(clusterId, poolId).execute(runtime);
  }

  @Override
  public NodePoolTask updatePool(String clusterId, NodePool current, NodePoolUpdate update) {
    return requests.modifyPool(clusterId, current, update).execute(runtime);
  }

  @Override
  public NodePoolTask addNodes(String clusterId, String poolId, int count) {
    Validate.inRange(count, "addNodes.count", 1, NodePoolRequests.MAX_SCALE_OUT);
    NodePool pool = describePool(clusterId, poolId);
    return requests.addNodes(clusterId, pool, count).execute(runtime);
  }

  @Override
  public NodePoolTask scaleTo(String clusterId, String poolId, int desiredSize) {
    Validate.inRange(desiredSize, "scaleTo.desiredSize", 0, 2000);
    NodePool pool = describePool(clusterId, poolId);
    OptionalLong add = NodePoolRequests.nodesToAdd(pool, desiredSize);
    return add.isEmpty()
        ? NodePoolRequests.unchanged(clusterId, pool)
        : requests.addNodes(clusterId, pool, add.getAsLong()).execute(runtime);
  }

  @Override
  public NodePoolTask deletePool(String clusterId, String poolId) {
    return requests.deletePool(clusterId, poolId, null).execute(runtime);
  }

  @Override
  public NodePoolTask deletePool(String clusterId, String poolId, boolean force) {
    return requests.deletePool(clusterId, poolId, force).execute(runtime);
  }

  @Override
  public AttachScript attachScript(String clusterId, String poolId, AttachScriptRequest request) {
    return requests.attachScript(clusterId, poolId, request).execute(runtime);
  }

  @Override
  public NodePoolTask attachInstances(String clusterId, String poolId, AttachInstancesRequest request) {
    return requests.attachInstances(clusterId, poolId, request).execute(runtime);
  }

  @Override
  public Paginator<Node> listNodes(String clusterId, ListNodesRequest request) {
    Ids.clusterId(clusterId);
    Validate.notNull(request, "listNodes");
    return Paginator.byPageNumber(request.pageSize(),
        (page, size) -> requests.listNodes(clusterId, request, page).execute(runtime));
  }

  @Override
  public NodePoolTask removeNodes(String clusterId, String poolId, RemoveNodesRequest request) {
    return requests.removeNodes(clusterId, poolId, request).execute(runtime);
  }

  @Override
  public CompletableFuture<OnboardingReport> onboardServers(String clusterId, String poolId,
      List<ServerSpec> servers, ServerRunner runner, OnboardingOptions options) {
    return async.onboardServers(clusterId, poolId, servers, runner, options);
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "NodePoolClient{" + runtime.config() + "}";
  }
}
