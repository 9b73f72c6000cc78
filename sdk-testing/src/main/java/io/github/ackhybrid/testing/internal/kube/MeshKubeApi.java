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
import okhttp3.Handshake;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The Kubernetes API servers of the simulated meshes' control planes, all on one HTTPS port and
 * told apart by a path prefix: {@code https://127.0.0.1:<port>/k8s-sim/<meshId>}. The simulator's
 * own certificate authority signs the server certificate and one client certificate per mesh; the
 * kubeconfig of a mesh carries that CA and that client certificate, and a request is served only
 * when it presents the certificate issued for the mesh in its path. Requests run under the shared
 * state lock, so a deleted mesh's API disappears with it.
 */
public final class MeshKubeApi implements AutoCloseable {
  private static final String PREFIX = "k8s-sim";
  private static final Set<String> ISTIO_VERSIONS = Set.of("v1alpha3", "v1beta1", "v1");

  private final CloudState state;
  private final HeldCertificate authority;
  private final MockWebServer server;
  private final Map<String, ControlPlane> planes = new HashMap<>();
  private final Map<String, HeldCertificate> clientCertificates = new HashMap<>();

  /**
   * Starts the HTTPS server on a free loopback port.
   *
   * @param state the shared state, whose lock every request takes
   * @throws UncheckedIOException if no port can be bound
   */
  public MeshKubeApi(CloudState state) {
    this.state = state;
    this.authority = new HeldCertificate.Builder()
        .certificateAuthority(0)
        .commonName("ackhybrid-simulator-mesh-ca")
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
      throw new UncheckedIOException("the mesh API server could not listen on 127.0.0.1", e);
    }
  }

  /**
   * Opens a mesh's control plane with the namespaces {@code default} and {@code istio-system}.
   * Call under the state lock.
   *
   * @param meshId the mesh id
   * @return the API server URL of the mesh
   */
  public String open(String meshId) {
    planes.put(meshId, new ControlPlane(state.clock().now()));
    return serverUrl(meshId);
  }

  /**
   * Drops a mesh's control plane and its credentials. Call under the state lock.
   *
   * @param meshId the mesh id
   */
  public void close(String meshId) {
    planes.remove(meshId);
    clientCertificates.remove(meshId);
  }

  /**
   * Returns a kubeconfig for a mesh: the server URL, the simulator's CA and the mesh's client
   * certificate and PKCS#8 key. Call under the state lock.
   *
   * @param meshId the mesh id
   * @return the kubeconfig YAML
   */
  public String kubeconfig(String meshId) {
    HeldCertificate client = clientCertificates.computeIfAbsent(meshId, id -> new HeldCertificate.Builder()
        .commonName("asm-admin-" + id)
        .signedBy(authority)
        .build());
    String user = "asm-admin-" + meshId;
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- name: " + meshId + "\n"
        + "  cluster:\n"
        + "    server: " + serverUrl(meshId) + "\n"
        + "    certificate-authority-data: " + base64(authority.certificatePem()) + "\n"
        + "contexts:\n"
        + "- name: " + user + "@" + meshId + "\n"
        + "  context:\n"
        + "    cluster: " + meshId + "\n"
        + "    user: " + user + "\n"
        + "current-context: " + user + "@" + meshId + "\n"
        + "preferences: {}\n"
        + "users:\n"
        + "- name: " + user + "\n"
        + "  user:\n"
        + "    client-certificate-data: " + base64(client.certificatePem()) + "\n"
        + "    client-key-data: " + base64(client.privateKeyPkcs8Pem()) + "\n";
  }

  /**
   * Returns the VirtualServices and DestinationRules stored for a mesh. Call under the state lock.
   *
   * @param meshId the mesh id
   * @return deep copies in storage form, empty if the mesh has no control plane
   */
  public List<ObjectNode> istioResources(String meshId) {
    ControlPlane plane = planes.get(meshId);
    return plane == null ? List.of() : plane.istioObjects();
  }

  /**
   * Returns the API server URL of a mesh.
   *
   * @param meshId the mesh id
   * @return {@code https://127.0.0.1:<port>/k8s-sim/<meshId>}
   */
  public String serverUrl(String meshId) {
    return "https://127.0.0.1:" + server.getPort() + "/" + PREFIX + "/" + meshId;
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException("the mesh API server did not stop cleanly", e);
    }
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
    if (segments.size() < 2 || !segments.get(0).equals(PREFIX)) {
      throw KubeError.noSuchPath();
    }
    String meshId = segments.get(1);
    ControlPlane plane = planes.get(meshId);
    if (plane == null) {
      throw KubeError.noSuchPath();
    }
    authenticate(recorded, meshId);
    List<String> rest = segments.subList(2, segments.size());
    String method = recorded.getMethod();
    String group;
    String version;
    List<String> tail;
    if (rest.size() >= 2 && rest.get(0).equals("api") && rest.get(1).equals("v1")) {
      group = "";
      version = "v1";
      tail = rest.subList(2, rest.size());
    } else if (rest.size() >= 3 && rest.get(0).equals("apis") && rest.get(1).equals("networking.istio.io")
        && ISTIO_VERSIONS.contains(rest.get(2))) {
      group = "networking.istio.io";
      version = rest.get(2);
      tail = rest.subList(3, rest.size());
    } else {
      throw KubeError.noSuchPath();
    }
    String namespace = null;
    if (!group.isEmpty() && tail.size() >= 3 && tail.get(0).equals("namespaces")) {
      namespace = tail.get(1);
      tail = tail.subList(2, tail.size());
    }
    if (tail.isEmpty() || tail.size() > 2) {
      throw KubeError.noSuchPath();
    }
    ResourceType type = ResourceType.find(group, tail.get(0)).orElseThrow(KubeError::noSuchPath);
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

  private void authenticate(RecordedRequest recorded, String meshId) {
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
