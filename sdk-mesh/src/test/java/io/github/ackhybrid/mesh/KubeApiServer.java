package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A loopback HTTPS stand-in for a mesh control plane's Kubernetes API: queue answers, read back
 * each request, and hand out a kubeconfig that trusts its certificate and carries a bearer token.
 */
final class KubeApiServer implements AutoCloseable {
  static final String TOKEN = "kube-robot-token-0123456789";
  private static final HeldCertificate CA =
      new HeldCertificate.Builder().commonName("mesh-ca").certificateAuthority(0).build();
  private static final HeldCertificate SERVER = new HeldCertificate.Builder().commonName("mesh-apiserver")
      .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").signedBy(CA).build();

  final MockWebServer server = new MockWebServer();
  private final AtomicInteger queued = new AtomicInteger();

  KubeApiServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    HandshakeCertificates handshake = new HandshakeCertificates.Builder()
        .heldCertificate(SERVER).addTrustedCertificate(CA.certificate()).build();
    server.useHttps(handshake.sslSocketFactory(), false);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** A kubeconfig for this server as DescribeServiceMeshKubeconfig returns it. */
  String kubeconfig(String token) {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            server: https://127.0.0.1:%d
            certificate-authority-data: %s
          name: kubernetes
        contexts:
        - context:
            cluster: kubernetes
            user: "270000"
          name: 270000-mesh
        current-context: 270000-mesh
        users:
        - name: "270000"
          user:
            token: %s
        """.formatted(server.getPort(),
        Base64.getEncoder().encodeToString(CA.certificatePem().getBytes(StandardCharsets.UTF_8)), token);
  }

  /** Queues an answer whose {@code Audit-Id} is {@code audit-<n>}, n counting the answers queued before it. */
  KubeApiServer answer(int status, String json) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("Audit-Id", "audit-" + queued.getAndIncrement()).setBody(json));
    return this;
  }

  /** Queues a Kubernetes {@code Status} failure. */
  KubeApiServer status(int code, String reason, String message, String name, String kind) {
    return answer(code, """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":%s,"reason":"%s",
         "details":{"name":"%s","kind":"%s"},"code":%d}"""
        .formatted(Json.mapper().valueToTree(message).toString(), reason, name, kind, code));
  }

  /** Queues the 404 the API server sends for a missing object. */
  KubeApiServer notFound(String name, String kind) {
    return status(404, "NotFound", kind + " \"" + name + "\" not found", name, kind);
  }

  /** Queues a stored object with the given resource version. */
  KubeApiServer stored(String name, String resourceVersion) {
    return answer(200, "{\"metadata\":{\"name\":\"" + name + "\",\"resourceVersion\":\"" + resourceVersion + "\"}}");
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(30, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("the client sent no Kubernetes request");
    }
    return r;
  }

  static JsonNode body(RecordedRequest request) throws IOException {
    return Json.mapper().readTree(request.getBody().readUtf8());
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
