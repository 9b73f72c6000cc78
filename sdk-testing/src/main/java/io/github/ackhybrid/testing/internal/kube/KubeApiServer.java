package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.Ids;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Handshake;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The Kubernetes API servers of the simulated meshes' control planes and clusters, all on one
 * HTTPS port and told apart by a path prefix: {@code https://127.0.0.1:<port>/k8s-sim/<meshId>} for
 * a mesh, {@code https://127.0.0.1:<port>/k8s-cluster/<clusterId>} for a cluster. The simulator's
 * own certificate authority signs the server certificate. A mesh's kubeconfig carries that CA and
 * a client certificate issued for the mesh; a cluster's carries the CA and a bearer token issued
 * for the cluster, valid until the kubeconfig's expiration on the simulated clock. A request is
 * served only with credentials issued for the API server in its path. Requests run under the
 * shared state lock, so a deleted mesh's or cluster's API disappears with it.
 *
 * <p>A mesh serves namespaces ({@code default}, {@code istio-system}) and Istio VirtualServices
 * and DestinationRules behind Istio's validation. An ACK managed Pro cluster serves namespaces
 * ({@code default}, {@code kube-system}) and {@code ResourcePolicy} objects checked by
 * {@link ResourcePolicyAdmission}; other clusters, registered ones included, serve namespaces only
 * and answer 404 for resource policies (the Pro scheduler's feature, elastic-scheduling.md 5.3).
 */
public final class KubeApiServer implements AutoCloseable {
  private static final String MESH_PREFIX = "k8s-sim";
  private static final String CLUSTER_PREFIX = "k8s-cluster";

  private final CloudState state;
  private final Function<String, List<NodePoolFacts>> nodePools;
  private final HeldCertificate authority;
  private final MockWebServer server;
  private final Map<String, ControlPlane> planes = new HashMap<>();
  private final Map<String, HeldCertificate> clientCertificates = new HashMap<>();
  private final Map<String, Map<String, Instant>> tokens = new HashMap<>();

  /**
   * Starts the HTTPS server on a free loopback port.
   *
   * @param state the shared state, whose lock every request takes
   * @param nodePools a cluster's node pools by cluster id, which its ResourcePolicy checks read
   * @throws UncheckedIOException if no port can be bound
   */
  public KubeApiServer(CloudState state, Function<String, List<NodePoolFacts>> nodePools) {
    this.state = state;
    this.nodePools = nodePools;
    this.authority = new HeldCertificate.Builder()
        .certificateAuthority(0)
        .commonName("ackhybrid-simulator-kube-ca")
        .build();
    HeldCertificate serverCertificate = new HeldCertificate.Builder()
        .commonName("127.0.0.1")
        .addSubjectAlternativeName("127.0.0.1")
        .addSubjectAlternativeName("localhost")
        .signedBy(authority)
        .build();
    HandshakeCertificates handshake = new HandshakeCertificates.Builder()
        .heldCertificate(serverCertificate, authority.certificate())
        .addTrustedCertificate(authority.certificate())
        .build();
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.useHttps(handshake.sslSocketFactory(), false);
    server.requestClientAuth();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the Kubernetes API server could not listen on 127.0.0.1", e);
    }
  }

  /**
   * Opens a mesh's control plane with the namespaces {@code default} and {@code istio-system}.
   * Call under the state lock.
   *
   * @param meshId the mesh id
   * @return the API server URL of the mesh
   */
  public String openMesh(String meshId) {
    planes.put(meshKey(meshId), new ControlPlane(state.clock().now(),
        Set.of(ResourceType.NAMESPACE, ResourceType.VIRTUAL_SERVICE, ResourceType.DESTINATION_RULE),
        List.of("default", "istio-system"), new IstioAdmission()));
    return serverUrl(meshKey(meshId));
  }

  /**
   * Drops a mesh's control plane and its credentials. Call under the state lock.
   *
   * @param meshId the mesh id
   */
  public void closeMesh(String meshId) {
    planes.remove(meshKey(meshId));
    clientCertificates.remove(meshId);
  }

  /**
   * Returns a kubeconfig for a mesh: the server URL, the simulator's CA and the mesh's client
   * certificate and PKCS#8 key. Call under the state lock.
   *
   * @param meshId the mesh id
   * @return the kubeconfig YAML
   */
  public String meshKubeconfig(String meshId) {
    HeldCertificate client = clientCertificates.computeIfAbsent(meshId, id -> new HeldCertificate.Builder()
        .commonName("asm-admin-" + id)
        .signedBy(authority)
        .build());
    String user = "asm-admin-" + meshId;
    return kubeconfig(meshId, meshKey(meshId), user, "    client-certificate-data: "
        + base64(client.certificatePem()) + "\n"
        + "    client-key-data: " + base64(client.privateKeyPkcs8Pem()) + "\n");
  }

  /**
   * Returns the VirtualServices and DestinationRules stored for a mesh. Call under the state lock.
   *
   * @param meshId the mesh id
   * @return deep copies in storage form, empty if the mesh has no control plane
   */
  public List<ObjectNode> istioResources(String meshId) {
    ControlPlane plane = planes.get(meshKey(meshId));
    return plane == null ? List.of()
        : plane.copies(List.of(ResourceType.VIRTUAL_SERVICE, ResourceType.DESTINATION_RULE));
  }

  /**
   * Returns a kubeconfig for a cluster, opening its API server on first use: the server URL, the
   * simulator's CA and a fresh bearer token valid until {@code expires}. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @param pro true for an ACK managed Pro cluster, whose API server serves ResourcePolicy objects
   * @param expires when the token stops working, on the simulated clock
   * @return the kubeconfig YAML
   */
  public String clusterKubeconfig(String clusterId, boolean pro, Instant expires) {
    String key = clusterKey(clusterId);
    planes.computeIfAbsent(key, k -> new ControlPlane(state.clock().now(),
        pro ? Set.of(ResourceType.NAMESPACE, ResourceType.RESOURCE_POLICY) : Set.of(ResourceType.NAMESPACE),
        List.of("default", "kube-system"),
        pro ? new ResourcePolicyAdmission(clusterId, () -> nodePools.apply(clusterId)) : Admission.NONE));
    String token = Ids.token(64);
    tokens.computeIfAbsent(clusterId, id -> new HashMap<>()).put(token, expires);
    String user = "kubernetes-admin-" + clusterId;
    return kubeconfig("kubernetes", key, user, "    token: " + token + "\n");
  }

  /**
   * Drops a cluster's API server and its tokens. Call under the state lock.
   *
   * @param clusterId the cluster id
   */
  public void closeCluster(String clusterId) {
    planes.remove(clusterKey(clusterId));
    tokens.remove(clusterId);
  }

  /**
   * Returns the ResourcePolicy objects stored in a cluster. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @return deep copies in storage form, ordered by namespace and name; empty if the cluster's
   *     API server was never opened
   */
  public List<ObjectNode> resourcePolicies(String clusterId) {
    ControlPlane plane = planes.get(clusterKey(clusterId));
    return plane == null ? List.of() : plane.copies(List.of(ResourceType.RESOURCE_POLICY));
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException("the Kubernetes API server did not stop cleanly", e);
    }
  }

  private String kubeconfig(String clusterName, String key, String user, String credentials) {
    String context = user + "@" + key.substring(key.indexOf('/') + 1);
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- name: " + clusterName + "\n"
        + "  cluster:\n"
        + "    server: " + serverUrl(key) + "\n"
        + "    certificate-authority-data: " + base64(authority.certificatePem()) + "\n"
        + "contexts:\n"
        + "- name: " + context + "\n"
        + "  context:\n"
        + "    cluster: " + clusterName + "\n"
        + "    user: " + user + "\n"
        + "current-context: " + context + "\n"
        + "preferences: {}\n"
        + "users:\n"
        + "- name: " + user + "\n"
        + "  user:\n"
        + credentials;
  }

  private String serverUrl(String key) {
    return "https://127.0.0.1:" + server.getPort() + "/" + key;
  }

  private static String meshKey(String meshId) {
    return MESH_PREFIX + "/" + meshId;
  }

  private static String clusterKey(String clusterId) {
    return CLUSTER_PREFIX + "/" + clusterId;
  }

  private MockResponse answer(RecordedRequest recorded) {
    drain();
    String auditId = Ids.requestId().toLowerCase(Locale.ROOT);
    ObjectNode body;
    int code;
    try {
      body = state.locked(now -> route(recorded, now));
      code = recorded.getMethod().equals("POST") ? 201 : 200;
    } catch (KubeError e) {
      body = e.status();
      code = e.code();
    }
    try {
      return new MockResponse()
          .setResponseCode(code)
          .setHeader("Content-Type", "application/json")
          .setHeader("Audit-Id", auditId)
          .setBody(Json.mapper().writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void drain() {
    try {
      server.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ObjectNode route(RecordedRequest recorded, Instant now) {
    List<String> segments = recorded.getRequestUrl().pathSegments();
    if (segments.size() < 2) {
      throw KubeError.noSuchPath();
    }
    ControlPlane plane = planes.get(segments.get(0) + "/" + segments.get(1));
    if (plane == null) {
      throw KubeError.noSuchPath();
    }
    if (segments.get(0).equals(MESH_PREFIX)) {
      authenticateMesh(recorded, segments.get(1));
    } else {
      authenticateCluster(recorded, segments.get(1), now);
    }
    List<String> rest = segments.subList(2, segments.size());
    String method = recorded.getMethod();
    String group;
    String version;
    List<String> tail;
    if (rest.size() >= 2 && rest.get(0).equals("api") && rest.get(1).equals("v1")) {
      group = "";
      version = "v1";
      tail = rest.subList(2, rest.size());
    } else if (rest.size() >= 3 && rest.get(0).equals("apis")
        && ResourceType.knownGroupVersion(rest.get(1), rest.get(2))) {
      group = rest.get(1);
      version = rest.get(2);
      tail = rest.subList(3, rest.size());
    } else {
      throw KubeError.noSuchPath();
    }
    if (tail.isEmpty() && method.equals("GET")) {
      return discovery(plane, group, version);
    }
    String namespace = null;
    if (!group.isEmpty() && tail.size() >= 3 && tail.get(0).equals("namespaces")) {
      namespace = tail.get(1);
      tail = tail.subList(2, tail.size());
    }
    if (tail.isEmpty() || tail.size() > 2) {
      throw KubeError.noSuchPath();
    }
    ResourceType type = ResourceType.find(group, version, tail.get(0))
        .filter(plane::serves)
        .orElseThrow(KubeError::noSuchPath);
    if (type.namespaced() == (namespace == null) && !(namespace == null && tail.size() == 1
        && method.equals("GET"))) {
      throw KubeError.noSuchPath();
    }
    String ns = type.namespaced() ? namespace : "";
    JsonNode body = body(recorded);
    if (tail.size() == 1) {
      switch (method) {
        case "GET":
          return plane.list(type, version, ns, Optional.ofNullable(recorded.getRequestUrl()
              .queryParameter("labelSelector")).orElse(""));
        case "POST":
          return plane.create(type, version, ns, body, now);
        default:
          throw methodNotAllowed(method);
      }
    }
    String name = tail.get(1);
    switch (method) {
      case "GET":
        return plane.get(type, version, ns, name);
      case "PUT":
        return plane.replace(type, version, ns, name, body, now);
      case "DELETE":
        return plane.delete(type, version, ns, name);
      case "PATCH":
        return patch(recorded, plane, type, version, ns, name, body, now);
      default:
        throw methodNotAllowed(method);
    }
  }

  /** Answers {@code GET /apis/<group>/<version>}: the kinds this server serves there, 404 if none. */
  private static ObjectNode discovery(ControlPlane plane, String group, String version) {
    ObjectNode list = Json.mapper().createObjectNode();
    list.put("kind", "APIResourceList");
    list.put("apiVersion", "v1");
    list.put("groupVersion", group.isEmpty() ? version : group + "/" + version);
    var resources = list.putArray("resources");
    for (ResourceType type : ResourceType.values()) {
      if (plane.serves(type) && ResourceType.find(group, version, type.plural()).isPresent()) {
        resources.addObject().put("name", type.plural()).put("singularName", "").put("namespaced", type.namespaced())
            .put("kind", type.kind());
      }
    }
    if (resources.isEmpty()) {
      throw KubeError.noSuchPath();
    }
    return list;
  }

  private static ObjectNode patch(RecordedRequest recorded, ControlPlane plane, ResourceType type, String version,
      String namespace, String name, JsonNode body, Instant now) {
    String contentType = Optional.ofNullable(recorded.getHeader("Content-Type")).orElse("")
        .toLowerCase(Locale.ROOT);
    if (contentType.startsWith("application/merge-patch+json")) {
      return plane.mergePatch(type, version, namespace, name, body, now);
    }
    if (contentType.startsWith("application/apply-patch+yaml")) {
      String manager = Optional.ofNullable(recorded.getRequestUrl().queryParameter("fieldManager")).orElse("");
      return plane.apply(type, version, namespace, name, body, manager, now);
    }
    throw new KubeError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted "
        + "media types include: application/merge-patch+json, application/apply-patch+yaml", null, null);
  }

  private void authenticateCluster(RecordedRequest recorded, String clusterId, Instant now) {
    String header = Optional.ofNullable(recorded.getHeader("Authorization")).orElse("");
    Instant expires = header.startsWith("Bearer ")
        ? tokens.getOrDefault(clusterId, Map.of()).get(header.substring("Bearer ".length()).strip())
        : null;
    if (expires == null || !now.isBefore(expires)) {
      throw new KubeError(401, "Unauthorized", "Unauthorized", null, null);
    }
  }

  private void authenticateMesh(RecordedRequest recorded, String meshId) {
    Handshake handshake = recorded.getHandshake();
    List<Certificate> presented = handshake == null ? List.of() : handshake.peerCertificates();
    if (presented.isEmpty()) {
      throw new KubeError(401, "Unauthorized", "Unauthorized", null, null);
    }
    HeldCertificate issued = clientCertificates.get(meshId);
    if (issued == null || !presented.get(0).equals(issued.certificate())) {
      throw new KubeError(403, "Forbidden", "forbidden: the client certificate was not issued for this mesh",
          null, null);
    }
  }

  private static JsonNode body(RecordedRequest recorded) {
    if (recorded.getBodySize() == 0) {
      return NullNode.getInstance();
    }
    String text = recorded.getBody().readString(StandardCharsets.UTF_8);
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      // JSON is the only YAML the simulator reads; the SDK sends apply patches as JSON.
      throw KubeError.badRequest("the request body could not be decoded as JSON");
    }
  }

  private static KubeError methodNotAllowed(String method) {
    return new KubeError(405, "MethodNotAllowed", "the server does not allow this method (" + method
        + ") on the requested resource", null, null);
  }

  private static String base64(String pem) {
    return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
  }
}
