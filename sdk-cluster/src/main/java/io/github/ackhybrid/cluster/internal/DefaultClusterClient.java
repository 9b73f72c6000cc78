package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.AgentManifestOptions;
import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.ClusterWaiters;
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
import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.cluster.model.UserQuota;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;

/**
 * The blocking {@link ClusterClient}: each operation runs the call {@link ClusterApi} builds on the
 * caller's thread. Owns the pipeline that its asynchronous twin shares.
 */
public final class DefaultClusterClient implements ClusterClient {
  private final ClientRuntime runtime;
  private final CloudConfig config;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final ClusterApi api;
  private BillingClient billing;
  private final ClusterWaiters waiters;
  private final ClusterAsyncClient async;

  /**
   * Creates the client.
   *
   * @param config the settings
   * @param transport a shared transport that this client leaves open, or null for its own
   */
  public DefaultClusterClient(CloudConfig config, HttpTransport transport) {
    this.config = config;
    // The client owns one transport that its pipeline and its billing client share.
    this.ownsTransport = transport == null;
    this.transport = ownsTransport ? HttpTransport.create(config) : transport;
    this.runtime = new ClientRuntime(config, this.transport);
    this.api = new ClusterApi(config);
    ClusterWaiterFactory waiterFactory = new ClusterWaiterFactory(api, runtime);
    this.waiters = new DefaultClusterWaiters(waiterFactory);
    this.async = new DefaultClusterAsyncClient(api, runtime, new DefaultClusterAsyncWaiters(waiterFactory));
  }

  @Override
  public ClusterCreation registerCluster(RegisterClusterRequest request) {
    return api.registerCluster(request).execute(runtime);
  }

  @Override
  public ClusterCreation createProCluster(CreateProClusterRequest request) {
    return api.createProCluster(request).execute(runtime);
  }

  @Override
  public Cluster describeCluster(String clusterId) {
    return api.describeCluster(clusterId).execute(runtime);
  }

  @Override
  public Paginator<Cluster> listClusters(ListClustersRequest filter) {
    ListClustersRequest checked = Validate.notNull(filter, "listClustersRequest");
    return Paginator.byPageNumber(checked.pageSize(),
        (page, size) -> api.listClusters(checked, page, size).execute(runtime));
  }

  @Override
  public ClusterChange modifyCluster(String clusterId, ModifyClusterRequest request) {
    return api.modifyCluster(clusterId, request).execute(runtime);
  }

  @Override
  public ClusterChange deleteCluster(String clusterId, DeleteClusterOptions options) {
    return api.deleteCluster(clusterId, options).execute(runtime);
  }

  @Override
  public AgentManifest agentManifest(String clusterId, AgentManifestOptions options) {
    return api.agentManifest(clusterId, options).execute(runtime);
  }

  @Override
  public UserKubeconfig userKubeconfig(String clusterId, KubeconfigOptions options) {
    return api.userKubeconfig(clusterId, options).execute(runtime);
  }

  @Override
  public ClusterTask describeTask(String taskId) {
    return api.describeTask(taskId).execute(runtime);
  }

  @Override
  public ClusterChange installAddons(String clusterId, List<AddonInstallation> addons) {
    return api.installAddons(clusterId, addons).execute(runtime);
  }

  @Override
  public List<InstalledAddon> installedAddons(String clusterId) {
    return api.installedAddons(clusterId).execute(runtime);
  }

  @Override
  public List<KubernetesVersion> kubernetesVersions(KubernetesVersionsRequest request) {
    return api.kubernetesVersions(request).execute(runtime);
  }

  @Override
  public UserQuota userQuota() {
    return api.userQuota().execute(runtime);
  }

  @Override
  public ClusterWaiters waiters() {
    return waiters;
  }

  @Override
  public synchronized BillingClient billing() {
    if (billing == null) {
      billing = BillingClient.builder().config(config).transport(transport).build();
    }
    return billing;
  }

  @Override
  public ClusterAsyncClient async() {
    return async;
  }

  @Override
  public synchronized void close() {
    if (billing != null) {
      billing.close();
    }
    runtime.close();
    if (ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "ClusterClient{region=" + runtime.config().region() + "}";
  }
}
