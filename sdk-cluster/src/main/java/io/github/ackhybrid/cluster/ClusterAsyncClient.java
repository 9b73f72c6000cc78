package io.github.ackhybrid.cluster;

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
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The non-blocking twin of {@link ClusterClient}, from {@link ClusterClient#async()}: the same
 * operations with the same rules, each returning a future that completes on the configuration's
 * completion executor. Nothing is thrown from these methods: invalid input, service errors and I/O
 * failures all complete the future exceptionally with the exception the blocking client would
 * throw, and a list given invalid input fails the future of each pass the same way, having sent
 * nothing. Cancelling a future cancels the call in flight. Thread-safe.
 */
public interface ClusterAsyncClient {

  /**
   * Registers a cluster that runs outside Alibaba Cloud. See {@link ClusterClient#registerCluster(RegisterClusterRequest)}.
   *
   * @param request what to register
   * @return the new cluster's id, task id and request id
   */
  CompletableFuture<ClusterCreation> registerCluster(RegisterClusterRequest request);

  /**
   * Registers a cluster, building the request in place.
   *
   * @param request fills in the request
   * @return the new cluster's id, task id and request id
   */
  default CompletableFuture<ClusterCreation> registerCluster(Consumer<RegisterClusterRequest.Builder> request) {
    return withBuilt(RegisterClusterRequest::builder, request, RegisterClusterRequest.Builder::build, this::registerCluster);
  }

  /**
   * Creates an ACK managed Pro cluster. See {@link ClusterClient#createProCluster(CreateProClusterRequest)}.
   *
   * @param request what to create
   * @return the new cluster's id, task id and request id
   */
  CompletableFuture<ClusterCreation> createProCluster(CreateProClusterRequest request);

  /**
   * Creates an ACK managed Pro cluster, building the request in place.
   *
   * @param request fills in the request
   * @return the new cluster's id, task id and request id
   */
  default CompletableFuture<ClusterCreation> createProCluster(Consumer<CreateProClusterRequest.Builder> request) {
    return withBuilt(CreateProClusterRequest::builder, request, CreateProClusterRequest.Builder::build, this::createProCluster);
  }

  /**
   * Reads a cluster. See {@link ClusterClient#describeCluster(String)}.
   *
   * @param clusterId the cluster
   * @return the cluster
   */
  CompletableFuture<Cluster> describeCluster(String clusterId);

  /**
   * Lists clusters page by page without blocking. See {@link ClusterClient#listClusters(ListClustersRequest)}.
   *
   * @param filter which clusters to list
   * @return a lazy paginator over the matching clusters, whose passes fail with a
   *     {@link io.github.ackhybrid.core.exception.ValidationException} if the filter is null
   */
  AsyncPaginator<Cluster> listClusters(ListClustersRequest filter);

  /**
   * Lists clusters, building the filter in place.
   *
   * @param filter fills in the filter
   * @return a lazy paginator over the matching clusters, whose passes fail with a
   *     {@link io.github.ackhybrid.core.exception.ValidationException} if the filter is invalid
   */
  default AsyncPaginator<Cluster> listClusters(Consumer<ListClustersRequest.Builder> filter) {
    return Futures.failInstead(() -> {
      ListClustersRequest.Builder b = ListClustersRequest.builder();
      Validate.notNull(filter, "filter").accept(b);
      return listClusters(b.build());
    }, SdkExecutors.completion());
  }

  /**
   * Lists every cluster.
   *
   * @return a lazy paginator over all clusters
   */
  default AsyncPaginator<Cluster> listClusters() {
    return listClusters(ListClustersRequest.all());
  }

  /**
   * Changes a cluster. See {@link ClusterClient#modifyCluster(String, ModifyClusterRequest)}.
   *
   * @param clusterId the cluster
   * @param request the changes
   * @return the cluster id, task id and request id
   */
  CompletableFuture<ClusterChange> modifyCluster(String clusterId, ModifyClusterRequest request);

  /**
   * Changes a cluster, building the request in place.
   *
   * @param clusterId the cluster
   * @param request fills in the changes
   * @return the cluster id, task id and request id
   */
  default CompletableFuture<ClusterChange> modifyCluster(String clusterId, Consumer<ModifyClusterRequest.Builder> request) {
    return withBuilt(ModifyClusterRequest::builder, request, ModifyClusterRequest.Builder::build,
        r -> modifyCluster(clusterId, r));
  }

  /**
   * Deletes a cluster. See {@link ClusterClient#deleteCluster(String, DeleteClusterOptions)}.
   *
   * @param clusterId the cluster
   * @param options what to keep
   * @return the cluster id, task id and request id
   */
  CompletableFuture<ClusterChange> deleteCluster(String clusterId, DeleteClusterOptions options);

  /**
   * Deletes a cluster, building the options in place.
   *
   * @param clusterId the cluster
   * @param options fills in the options
   * @return the cluster id, task id and request id
   */
  default CompletableFuture<ClusterChange> deleteCluster(String clusterId, Consumer<DeleteClusterOptions.Builder> options) {
    return withBuilt(DeleteClusterOptions::builder, options, DeleteClusterOptions.Builder::build,
        o -> deleteCluster(clusterId, o));
  }

  /**
   * Deletes a cluster with the service's defaults.
   *
   * @param clusterId the cluster
   * @return the cluster id, task id and request id
   */
  default CompletableFuture<ClusterChange> deleteCluster(String clusterId) {
    return deleteCluster(clusterId, DeleteClusterOptions.defaults());
  }

  /**
   * Fetches a registered cluster's agent manifests. See {@link ClusterClient#agentManifest(String, AgentManifestOptions)}.
   *
   * @param clusterId the registered cluster
   * @param options how the agent connects
   * @return the manifests
   */
  CompletableFuture<AgentManifest> agentManifest(String clusterId, AgentManifestOptions options);

  /**
   * Fetches the agent manifests, building the options in place.
   *
   * @param clusterId the registered cluster
   * @param options fills in the options
   * @return the manifests
   */
  default CompletableFuture<AgentManifest> agentManifest(String clusterId, Consumer<AgentManifestOptions.Builder> options) {
    return withBuilt(AgentManifestOptions::builder, options, AgentManifestOptions.Builder::build,
        o -> agentManifest(clusterId, o));
  }

  /**
   * Fetches the agent manifests with the service's defaults.
   *
   * @param clusterId the registered cluster
   * @return the manifests
   */
  default CompletableFuture<AgentManifest> agentManifest(String clusterId) {
    return agentManifest(clusterId, AgentManifestOptions.defaults());
  }

  /**
   * Issues a kubeconfig. See {@link ClusterClient#userKubeconfig(String, KubeconfigOptions)}.
   *
   * @param clusterId the cluster
   * @param options the kind of kubeconfig
   * @return the kubeconfig
   */
  CompletableFuture<UserKubeconfig> userKubeconfig(String clusterId, KubeconfigOptions options);

  /**
   * Issues a kubeconfig, building the options in place.
   *
   * @param clusterId the cluster
   * @param options fills in the options
   * @return the kubeconfig
   */
  default CompletableFuture<UserKubeconfig> userKubeconfig(String clusterId, Consumer<KubeconfigOptions.Builder> options) {
    return withBuilt(KubeconfigOptions::builder, options, KubeconfigOptions.Builder::build,
        o -> userKubeconfig(clusterId, o));
  }

  /**
   * Issues a kubeconfig with the service's defaults.
   *
   * @param clusterId the cluster
   * @return the kubeconfig
   */
  default CompletableFuture<UserKubeconfig> userKubeconfig(String clusterId) {
    return userKubeconfig(clusterId, KubeconfigOptions.defaults());
  }

  /**
   * Reads an asynchronous task. See {@link ClusterClient#describeTask(String)}.
   *
   * @param taskId the task
   * @return the task
   */
  CompletableFuture<ClusterTask> describeTask(String taskId);

  /**
   * Installs add-ons. See {@link ClusterClient#installAddons(String, List)}.
   *
   * @param clusterId the cluster
   * @param addons the add-ons
   * @return the cluster id, task id and request id
   */
  CompletableFuture<ClusterChange> installAddons(String clusterId, List<AddonInstallation> addons);

  /**
   * Lists installed add-ons. See {@link ClusterClient#installedAddons(String)}.
   *
   * @param clusterId the cluster
   * @return the add-ons
   */
  CompletableFuture<List<InstalledAddon>> installedAddons(String clusterId);

  /**
   * Lists Kubernetes versions. See {@link ClusterClient#kubernetesVersions(KubernetesVersionsRequest)}.
   *
   * @param request what to look up
   * @return the versions
   */
  CompletableFuture<List<KubernetesVersion>> kubernetesVersions(KubernetesVersionsRequest request);

  /**
   * Lists Kubernetes versions, building the request in place.
   *
   * @param request fills in the request
   * @return the versions
   */
  default CompletableFuture<List<KubernetesVersion>> kubernetesVersions(Consumer<KubernetesVersionsRequest.Builder> request) {
    return withBuilt(KubernetesVersionsRequest::builder, request, KubernetesVersionsRequest.Builder::build,
        this::kubernetesVersions);
  }

  /**
   * Reads the account's ACK quotas. See {@link ClusterClient#userQuota()}.
   *
   * @return the quotas
   */
  CompletableFuture<UserQuota> userQuota();

  /**
   * Returns the non-blocking waiters for clusters and tasks.
   *
   * @return the waiters
   */
  ClusterAsyncWaiters waiters();

  /** Builds a request from a consumer and calls with it; a failure to build fails the future instead of throwing. */
  private static <B, Q, R> CompletableFuture<R> withBuilt(Supplier<B> start, Consumer<B> fill, Function<B, Q> build,
      Function<Q, CompletableFuture<R>> call) {
    Q request;
    try {
      B builder = start.get();
      Validate.notNull(fill, "request").accept(builder);
      request = build.apply(builder);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return call.apply(request);
  }
}
