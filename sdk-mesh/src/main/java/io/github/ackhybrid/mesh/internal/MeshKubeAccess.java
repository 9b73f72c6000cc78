package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.internal.ProxySettings;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.mesh.IstioApiVersion;
import io.github.ackhybrid.mesh.MeshKubeconfigRequest;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;

/**
 * One Kubernetes client per mesh control plane, made from the mesh's kubeconfig
 * ({@code DescribeServiceMeshKubeconfig}) and paired with the Istio API version its Istio release
 * serves ({@code DescribeServiceMeshDetail}). Clients are cached until a minute before the
 * kubeconfig expires, or until {@link #refresh} drops one whose credentials the API server refused.
 *
 * <p>All kube clients share one OkHttp client, so a dropped kube client holds no connections of
 * its own and can be left to a caller still using it; {@link #close()} releases the shared pool.
 */
final class MeshKubeAccess implements AutoCloseable {
  /** Refresh a little before expiry so a call never starts with credentials about to lapse. */
  private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);

  private final MeshCaller caller;
  private final Executor kubeExecutor;
  private final Clock clock;
  private final OkHttpClient http;
  private final ConcurrentMap<String, MeshKube> clients = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * A mesh's control-plane client and the Istio API version to write to it.
   *
   * @param kube the client
   * @param version the {@code networking.istio.io} version the mesh serves
   * @param expiresAt when the kubeconfig's credentials expire, if the service said
   */
  record MeshKube(KubeClient kube, IstioApiVersion version, Optional<Instant> expiresAt) {}

  MeshKubeAccess(MeshCaller caller, Executor kubeExecutor, CloudConfig config) {
    this.caller = caller;
    this.kubeExecutor = kubeExecutor;
    this.clock = config.clock();
    OkHttpClient.Builder http = new OkHttpClient.Builder();
    // The control plane is reached the way the cloud API is: through the configured proxy, if any.
    ProxySettings.apply(config, http);
    this.http = http.build();
  }

  /** Returns the mesh's cached client, fetching a kubeconfig on the calling thread if there is none or it expired. */
  MeshKube get(String meshId) {
    MeshKube cached = clients.get(meshId);
    return cached != null && fresh(cached) ? cached : store(meshId, fetch(meshId));
  }

  /** Drops {@code stale} and returns a client made from a newly fetched kubeconfig. */
  MeshKube refresh(String meshId, MeshKube stale) {
    clients.remove(meshId, stale);
    return store(meshId, fetch(meshId));
  }

  /** Like {@link #get}, without blocking: the ASM calls run asynchronously, building the client on the kube executor. */
  CompletableFuture<MeshKube> getAsync(String meshId) {
    MeshKube cached = clients.get(meshId);
    return cached != null && fresh(cached) ? CompletableFuture.completedFuture(cached) : fetchAsync(meshId);
  }

  /** Like {@link #refresh}, without blocking. */
  CompletableFuture<MeshKube> refreshAsync(String meshId, MeshKube stale) {
    clients.remove(meshId, stale);
    return fetchAsync(meshId);
  }

  /** Closes every cached client and releases the shared connections. Idempotent. */
  @Override
  public void close() {
    closed = true;
    clients.values().forEach(c -> c.kube().close());
    clients.clear();
    http.connectionPool().evictAll();
  }

  private MeshKube fetch(String meshId) {
    ServiceMesh mesh = caller.sync(MeshRequests.describeMesh(meshId));
    MeshKubeconfig kubeconfig = caller.sync(MeshRequests.kubeconfig(request(meshId)));
    return connect(meshId, mesh, kubeconfig);
  }

  private CompletableFuture<MeshKube> fetchAsync(String meshId) {
    return caller.async(() -> MeshRequests.describeMesh(meshId))
        .thenCompose(mesh -> caller.async(() -> MeshRequests.kubeconfig(request(meshId)))
            .thenApplyAsync(kubeconfig -> store(meshId, connect(meshId, mesh, kubeconfig)), kubeExecutor));
  }

  private static MeshKubeconfigRequest request(String meshId) {
    return MeshKubeconfigRequest.builder().meshId(meshId).build();
  }

  private MeshKube connect(String meshId, ServiceMesh mesh, MeshKubeconfig kubeconfig) {
    IstioApiVersion version = mesh.version().map(IstioApiVersion::forMeshVersion)
        .orElse(IstioApiVersion.defaultVersion());
    KubeClient kube;
    try {
      kube = KubeClient.builder().kubeconfig(Kubeconfig.parse(kubeconfig.yaml())).httpClient(http).build();
    } catch (ConfigurationException e) {
      throw new ConfigurationException("the control-plane kubeconfig of mesh " + meshId + " is unusable: "
          + e.getMessage(), e);
    }
    return new MeshKube(kube, version, kubeconfig.expiresAt());
  }

  private MeshKube store(String meshId, MeshKube fetched) {
    if (closed) {
      fetched.kube().close();
      throw new SdkException("the MeshClient is closed");
    }
    clients.put(meshId, fetched);
    return fetched;
  }

  private boolean fresh(MeshKube cached) {
    return cached.expiresAt().map(t -> clock.instant().isBefore(t.minus(EXPIRY_MARGIN))).orElse(true);
  }
}
