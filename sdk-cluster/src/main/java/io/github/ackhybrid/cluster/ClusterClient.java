package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.DefaultClusterClient;
import io.github.ackhybrid.cluster.model.AgentManifest;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.cluster.model.UserQuota;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.function.Consumer;

/**
 * ACK clusters for hybrid cloud: register clusters that run outside Alibaba Cloud, create the
 * managed Pro clusters that host hybrid node pools, and manage their agents, kubeconfigs, tasks
 * and add-ons. Every call blocks; {@link #async()} offers the same calls returning futures.
 *
 * <p>Every operation validates its input first and throws {@link ValidationException} naming the
 * field before anything is sent. Service errors are {@link ServiceException} subclasses
 * ({@link ResourceNotFoundException} for an unknown cluster or task), I/O failures
 * {@link io.github.ackhybrid.core.exception.TransportException}; all are {@link SdkException}s.
 * Reads and deletes are retried on throttling, 5xx and I/O errors; creates and other changes only
 * when the service certainly did not act on them (throttling, a refused connection).
 *
 * <pre>{@code
 * try (ClusterClient clusters = ClusterClient.create(cloud)) {
 *   ClusterCreation idc = clusters.registerCluster(r -> r.name("idc-shanghai"));
 *   clusters.agentManifest(idc.id(), a -> a.privateNetwork(true)).writeTo(Path.of("agent.yaml"));
 *   clusters.waiters().untilConnected(idc.id(), Duration.ofMinutes(10));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Close it when done; a transport given to {@link Builder#transport} stays open.
 */
public interface ClusterClient extends AutoCloseable {

  /**
   * Creates a client with its own HTTP transport.
   *
   * @param config the region, credentials and settings
   * @return the client, which the caller must close
   * @throws ValidationException if the configuration is null
   */
  static ClusterClient create(CloudConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts a client builder, to share an HTTP transport between clients.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Registers a cluster that runs outside Alibaba Cloud ({@code CreateCluster},
   * {@code ExternalKubernetes}). It stays {@code waiting} until its agent connects: fetch the agent
   * with {@link #agentManifest}, apply it, then {@code waiters().untilConnected(...)}. Not retried
   * after the request may have reached the service, so a failure never registers twice; if the
   * answer is lost then, the SDK finds the cluster by name and the creation token it tagged it with
   * and returns it with {@code responseMetadata().reconciled()} true (docs/WRITE-SAFETY.md).
   *
   * @param request what to register
   * @return the new cluster's id, task id and request id
   * @throws OutcomeUnknownException if the answer was lost and the cluster could not be found
   * @throws SdkException if the call fails
   */
  ClusterCreation registerCluster(RegisterClusterRequest request);

  /**
   * Registers a cluster, building the request in place. See {@link #registerCluster(RegisterClusterRequest)}.
   *
   * @param request fills in the request
   * @return the new cluster's id, task id and request id
   * @throws ValidationException if the request is invalid
   * @throws SdkException if the call fails
   */
  default ClusterCreation registerCluster(Consumer<RegisterClusterRequest.Builder> request) {
    RegisterClusterRequest.Builder b = RegisterClusterRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return registerCluster(b.build());
  }

  /**
   * Creates an ACK managed Pro cluster ({@code CreateCluster}, {@code ManagedKubernetes},
   * {@code ack.pro.small}). Wait for it with {@code waiters().untilTaskComplete(...)} or
   * {@code untilRunning(...)}. Not retried after the request may have reached the service; a lost
   * answer is reconciled as for {@link #registerCluster(RegisterClusterRequest)}.
   *
   * @param request what to create
   * @return the new cluster's id, task id and request id
   * @throws OutcomeUnknownException if the answer was lost and the cluster could not be found
   * @throws SdkException if the call fails
   */
  ClusterCreation createProCluster(CreateProClusterRequest request);

  /**
   * Creates an ACK managed Pro cluster, building the request in place. See
   * {@link #createProCluster(CreateProClusterRequest)}.
   *
   * @param request fills in the request
   * @return the new cluster's id, task id and request id
   * @throws ValidationException if the request is invalid
   * @throws SdkException if the call fails
   */
  default ClusterCreation createProCluster(Consumer<CreateProClusterRequest.Builder> request) {
    CreateProClusterRequest.Builder b = CreateProClusterRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return createProCluster(b.build());
  }

  /**
   * Reads a cluster ({@code DescribeClusterDetail}).
   *
   * @param clusterId the cluster
   * @return the cluster
   * @throws ResourceNotFoundException if there is no such cluster
   * @throws SdkException if the call fails
   */
  Cluster describeCluster(String clusterId);

  /**
   * Lists clusters page by page ({@code DescribeClustersV1}). Nothing is sent until the result is
   * iterated; request errors surface while iterating.
   *
   * @param filter which clusters to list
   * @return a lazy paginator over the matching clusters
   * @throws ValidationException if the filter is null
   */
  Paginator<Cluster> listClusters(ListClustersRequest filter);

  /**
   * Lists clusters, building the filter in place. See {@link #listClusters(ListClustersRequest)}.
   *
   * @param filter fills in the filter
   * @return a lazy paginator over the matching clusters
   * @throws ValidationException if the filter is invalid
   */
  default Paginator<Cluster> listClusters(Consumer<ListClustersRequest.Builder> filter) {
    ListClustersRequest.Builder b = ListClustersRequest.builder();
    Validate.notNull(filter, "filter").accept(b);
    return listClusters(b.build());
  }

  /**
   * Lists every cluster. See {@link #listClusters(ListClustersRequest)}.
   *
   * @return a lazy paginator over all clusters
   */
  default Paginator<Cluster> listClusters() {
    return listClusters(ListClustersRequest.all());
  }

  /**
   * Changes a cluster's name or deletion protection ({@code ModifyCluster}).
   *
   * @param clusterId the cluster
   * @param request the changes
   * @return the cluster id, task id and request id
   * @throws SdkException if the call fails
   */
  ClusterChange modifyCluster(String clusterId, ModifyClusterRequest request);

  /**
   * Changes a cluster, building the request in place. See
   * {@link #modifyCluster(String, ModifyClusterRequest)}.
   *
   * @param clusterId the cluster
   * @param request fills in the changes
   * @return the cluster id, task id and request id
   * @throws ValidationException if nothing changes or a value is invalid
   * @throws SdkException if the call fails
   */
  default ClusterChange modifyCluster(String clusterId, Consumer<ModifyClusterRequest.Builder> request) {
    ModifyClusterRequest.Builder b = ModifyClusterRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return modifyCluster(clusterId, b.build());
  }

  /**
   * Deletes a cluster ({@code DeleteCluster}). The cluster goes {@code deleting} and then away; wait
   * with {@code waiters().untilDeleted(...)}. A cluster with deletion protection refuses.
   *
   * @param clusterId the cluster
   * @param options what to keep
   * @return the cluster id, task id and request id
   * @throws io.github.ackhybrid.core.exception.ConflictException or another {@link ServiceException}
   *     if the service refuses, for example for deletion protection
   * @throws SdkException if the call fails
   */
  ClusterChange deleteCluster(String clusterId, DeleteClusterOptions options);

  /**
   * Deletes a cluster, building the options in place. See
   * {@link #deleteCluster(String, DeleteClusterOptions)}.
   *
   * @param clusterId the cluster
   * @param options fills in the options
   * @return the cluster id, task id and request id
   * @throws SdkException if the call fails
   */
  default ClusterChange deleteCluster(String clusterId, Consumer<DeleteClusterOptions.Builder> options) {
    DeleteClusterOptions.Builder b = DeleteClusterOptions.builder();
    Validate.notNull(options, "options").accept(b);
    return deleteCluster(clusterId, b.build());
  }

  /**
   * Deletes a cluster with the service's defaults. See {@link #deleteCluster(String, DeleteClusterOptions)}.
   *
   * @param clusterId the cluster
   * @return the cluster id, task id and request id
   * @throws SdkException if the call fails
   */
  default ClusterChange deleteCluster(String clusterId) {
    return deleteCluster(clusterId, DeleteClusterOptions.defaults());
  }

  /**
   * Fetches the manifests that connect a registered cluster's agent ({@code DescribeExternalAgent}).
   * They hold credentials: write them with {@link AgentManifest#writeTo}.
   *
   * @param clusterId the registered cluster
   * @param options how the agent connects
   * @return the manifests
   * @throws SdkException if the call fails
   */
  AgentManifest agentManifest(String clusterId, AgentManifestOptions options);

  /**
   * Fetches the agent manifests, building the options in place. See
   * {@link #agentManifest(String, AgentManifestOptions)}.
   *
   * @param clusterId the registered cluster
   * @param options fills in the options
   * @return the manifests
   * @throws SdkException if the call fails
   */
  default AgentManifest agentManifest(String clusterId, Consumer<AgentManifestOptions.Builder> options) {
    AgentManifestOptions.Builder b = AgentManifestOptions.builder();
    Validate.notNull(options, "options").accept(b);
    return agentManifest(clusterId, b.build());
  }

  /**
   * Fetches the agent manifests with the service's defaults (Internet, admin mode). See
   * {@link #agentManifest(String, AgentManifestOptions)}.
   *
   * @param clusterId the registered cluster
   * @return the manifests
   * @throws SdkException if the call fails
   */
  default AgentManifest agentManifest(String clusterId) {
    return agentManifest(clusterId, AgentManifestOptions.defaults());
  }

  /**
   * Issues a kubeconfig for the calling user ({@code DescribeClusterUserKubeconfig}). It holds
   * credentials: write it with {@link UserKubeconfig#writeTo}.
   *
   * @param clusterId the cluster
   * @param options the kind of kubeconfig
   * @return the kubeconfig
   * @throws SdkException if the call fails
   */
  UserKubeconfig userKubeconfig(String clusterId, KubeconfigOptions options);

  /**
   * Issues a kubeconfig, building the options in place. See
   * {@link #userKubeconfig(String, KubeconfigOptions)}.
   *
   * @param clusterId the cluster
   * @param options fills in the options
   * @return the kubeconfig
   * @throws ValidationException if the validity is out of range
   * @throws SdkException if the call fails
   */
  default UserKubeconfig userKubeconfig(String clusterId, Consumer<KubeconfigOptions.Builder> options) {
    KubeconfigOptions.Builder b = KubeconfigOptions.builder();
    Validate.notNull(options, "options").accept(b);
    return userKubeconfig(clusterId, b.build());
  }

  /**
   * Issues a kubeconfig with the service's defaults. See {@link #userKubeconfig(String, KubeconfigOptions)}.
   *
   * @param clusterId the cluster
   * @return the kubeconfig
   * @throws SdkException if the call fails
   */
  default UserKubeconfig userKubeconfig(String clusterId) {
    return userKubeconfig(clusterId, KubeconfigOptions.defaults());
  }

  /**
   * Reads an asynchronous task ({@code DescribeTaskInfo}), in the region of this client.
   *
   * @param taskId the task
   * @return the task
   * @throws ResourceNotFoundException if there is no such task
   * @throws SdkException if the call fails
   */
  ClusterTask describeTask(String taskId);

  /**
   * Installs add-ons in a cluster ({@code InstallClusterAddons}); wait for the task it returns.
   * Not retried after the request may have reached the service.
   *
   * @param clusterId the cluster
   * @param addons the add-ons, at least one, each named once
   * @return the cluster id, task id and request id
   * @throws ValidationException if the list is empty or names an add-on twice
   * @throws SdkException if the call fails
   */
  ClusterChange installAddons(String clusterId, List<AddonInstallation> addons);

  /**
   * Lists the add-ons installed in a cluster ({@code ListClusterAddonInstances}).
   *
   * @param clusterId the cluster
   * @return the add-ons with their versions and states
   * @throws SdkException if the call fails
   */
  List<InstalledAddon> installedAddons(String clusterId);

  /**
   * Lists the Kubernetes versions ACK offers ({@code DescribeKubernetesVersionMetadata}), to pick
   * one before creating a cluster.
   *
   * @param request what to look up
   * @return the versions
   * @throws SdkException if the call fails
   */
  List<KubernetesVersion> kubernetesVersions(KubernetesVersionsRequest request);

  /**
   * Lists Kubernetes versions, building the request in place. See
   * {@link #kubernetesVersions(KubernetesVersionsRequest)}.
   *
   * @param request fills in the request
   * @return the versions
   * @throws SdkException if the call fails
   */
  default List<KubernetesVersion> kubernetesVersions(Consumer<KubernetesVersionsRequest.Builder> request) {
    KubernetesVersionsRequest.Builder b = KubernetesVersionsRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return kubernetesVersions(b.build());
  }

  /**
   * Reads the account's ACK quotas ({@code DescribeUserQuota}), to check before creating.
   *
   * @return the quotas
   * @throws SdkException if the call fails
   */
  UserQuota userQuota();

  /**
   * Returns the waiters for clusters and tasks, polling at the configuration's poll interval.
   *
   * @return the waiters
   */
  ClusterWaiters waiters();

  /**
   * Returns the billing client for the account (BSS bills, prices, fee estimates, per-cluster
   * cost reports). It shares this client's transport, is created on first use and is closed with
   * this client; its site follows the configuration's region.
   *
   * @return the billing client
   * @throws io.github.ackhybrid.core.exception.ValidationException if the region maps to no billing site
   */
  io.github.ackhybrid.cluster.billing.BillingClient billing();

  /**
   * Returns the non-blocking twin of this client. It shares this client's pipeline and transport
   * and stops working when this client is closed.
   *
   * @return the asynchronous client
   */
  ClusterAsyncClient async();

  /** Releases the client's transport unless it was shared; calls in flight fail. Idempotent. */
  @Override
  void close();

  /** Builds a {@link ClusterClient}. */
  final class Builder {
    private CloudConfig config;
    private HttpTransport transport;

    Builder() {}

    /**
     * Sets the region, credentials and settings. Required.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(CloudConfig config) {
      this.config = config;
      return this;
    }

    /**
     * Shares an HTTP transport with other clients; the client will not close it.
     *
     * @param transport a transport from {@link HttpTransport#create}, or null for the client's own
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client, which the caller must close
     * @throws ValidationException if no configuration was set
     * @throws io.github.ackhybrid.core.exception.ConfigurationException if the transport was not
     *     created by {@link HttpTransport#create}
     */
    public ClusterClient build() {
      return new DefaultClusterClient(Validate.notNull(config, "clusterClient.config"), transport);
    }
  }
}
