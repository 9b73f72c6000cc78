package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.AgentManifestOptions;
import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.ClusterAsyncWaiters;
import io.github.ackhybrid.cluster.CreateProClusterRequest;
import io.github.ackhybrid.cluster.DeleteClusterOptions;
import io.github.ackhybrid.cluster.KubeconfigOptions;
import io.github.ackhybrid.cluster.KubernetesVersionsRequest;
import io.github.ackhybrid.cluster.ListClustersRequest;
import io.github.ackhybrid.cluster.ModifyClusterRequest;
import io.github.ackhybrid.cluster.RegisterClusterRequest;
import io.github.ackhybrid.cluster.model.AgentManifest;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.cluster.model.UserQuota;
import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The non-blocking {@link ClusterAsyncClient}: each operation runs the call {@link ClusterApi}
 * builds through the shared pipeline's asynchronous path. Invalid input fails the future.
 */
final class DefaultClusterAsyncClient implements ClusterAsyncClient {
  private final ClusterApi api;
  private final ClientRuntime runtime;
  private final ClusterAsyncWaiters waiters;

  DefaultClusterAsyncClient(ClusterApi api, ClientRuntime runtime, ClusterAsyncWaiters waiters) {
    this.api = api;
    this.runtime = runtime;
    this.waiters = waiters;
  }

  @Override
  public CompletableFuture<ClusterCreation> registerCluster(RegisterClusterRequest request) {
    return run(() -> api.registerCluster(request));
  }

  @Override
  public CompletableFuture<ClusterCreation> createProCluster(CreateProClusterRequest request) {
    return run(() -> api.createProCluster(request));
  }

  @Override
  public CompletableFuture<Cluster> describeCluster(String clusterId) {
    return run(() -> api.describeCluster(clusterId));
  }

  @Override
  public AsyncPaginator<Cluster> listClusters(ListClustersRequest filter) {
    Executor completion = runtime.config().completionExecutor().orElse(SdkExecutors.completion());
    return Futures.failInstead(() -> {
      ListClustersRequest checked = Validate.notNull(filter, "listClustersRequest");
      return AsyncPaginator.<Cluster>byPageNumber(checked.pageSize(),
          (page, size) -> api.listClusters(checked, page, size).executeAsync(runtime)).withExecutor(completion);
    }, completion);
  }

  @Override
  public CompletableFuture<ClusterChange> modifyCluster(String clusterId, ModifyClusterRequest request) {
    return run(() -> api.modifyCluster(clusterId, request));
  }

  @Override
  public CompletableFuture<ClusterChange> deleteCluster(String clusterId, DeleteClusterOptions options) {
    return run(() -> api.deleteCluster(clusterId, options));
  }

  @Override
  public CompletableFuture<AgentManifest> agentManifest(String clusterId, AgentManifestOptions options) {
    return run(() -> api.agentManifest(clusterId, options));
  }

  @Override
  public CompletableFuture<UserKubeconfig> userKubeconfig(String clusterId, KubeconfigOptions options) {
    return run(() -> api.userKubeconfig(clusterId, options));
  }

  @Override
  public CompletableFuture<ClusterTask> describeTask(String taskId) {
    return run(() -> api.describeTask(taskId));
  }

  @Override
  public CompletableFuture<ClusterChange> installAddons(String clusterId, List<AddonInstallation> addons) {
    return run(() -> api.installAddons(clusterId, addons));
  }

  @Override
  public CompletableFuture<List<InstalledAddon>> installedAddons(String clusterId) {
    return run(() -> api.installedAddons(clusterId));
  }

  @Override
  public CompletableFuture<List<KubernetesVersion>> kubernetesVersions(KubernetesVersionsRequest request) {
    return run(() -> api.kubernetesVersions(request));
  }

  @Override
  public CompletableFuture<UserQuota> userQuota() {
    return run(api::userQuota);
  }

  @Override
  public ClusterAsyncWaiters waiters() {
    return waiters;
  }

  private <R> CompletableFuture<R> run(Supplier<Call<R>> build) {
    return Futures.failInstead(() -> build.get().executeAsync(runtime));
  }

  @Override
  public String toString() {
    return "ClusterAsyncClient{region=" + runtime.config().region() + "}";
  }
}
