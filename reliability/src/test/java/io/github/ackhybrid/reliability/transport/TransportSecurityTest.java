package io.github.ackhybrid.reliability.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Transport security by default: calls go over HTTPS to the regional endpoint; plain HTTP is
 * refused for a non-loopback host unless explicitly allowed (cloud endpoint and kubeconfig server
 * alike); a self-signed server is refused by the default trust of both the cloud transport and the
 * Kubernetes client (sync and async); proxy credentials are sent only when the proxy asks, and
 * never appear in {@code toString()} or in exception messages.
 */
class TransportSecurityTest {
  private static final String PROXY_USER = "corp-user";
  private static final String PROXY_PASSWORD = "proxy-pa55word-secret";

  private MockWebServer server;

  @BeforeEach
  void start() {
    server = LoopbackFixtures.newServer();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void callsGoOverHttpsToTheRegionalEndpointByDefault() throws Exception {
    // An HTTP proxy sees where a client connects: CONNECT host:443 is a TLS tunnel, a plain request
    // would arrive in the clear with its full URL.
    server.setDispatcher(LoopbackFixtures.always(new MockResponse().setResponseCode(403)));
    server.start(InetAddress.getLoopbackAddress(), 0);
    CloudConfig cloud = CloudConfig.builder().region("cn-hangzhou")
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret")))
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort())))
        .retryPolicy(RetryPolicy.none())
        .build();

    try (ClusterClient clusters = ClusterClient.create(cloud)) {
      assertThrows(TransportException.class, () -> clusters.describeCluster("c-1"));
    }

    RecordedRequest connect = server.takeRequest(10, TimeUnit.SECONDS);
    assertEquals("CONNECT cs.cn-hangzhou.aliyuncs.com:443 HTTP/1.1", connect.getRequestLine());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void plainHttpIsRefusedForNonLoopbackCloudEndpointsUnlessAllowed() {
    CloudConfig.Builder b = CloudConfig.builder().region("cn-hangzhou")
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret")));
    for (String endpoint : new String[] {"http://10.0.0.8:8080", "http://cs.example.com", "http://127.example.com"}) {
      ValidationException e = assertThrows(ValidationException.class, () -> b.endpointOverride(endpoint).build());
      assertEquals("cloudConfig.endpointOverride", e.field());
      assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
    }
    for (String loopback : new String[] {"http://127.0.0.1:9000", "http://localhost:9000", "http://[::1]:9000"}) {
      assertDoesNotThrow(() -> b.endpointOverride(loopback).build(), loopback);
    }
    assertTrue(b.endpointOverride("http://10.0.0.8:8080").allowInsecureHttp(true).build().allowInsecureHttp());
    assertEquals("cloudConfig.endpointOverride", assertThrows(ValidationException.class,
        () -> b.endpointOverride("ftp://10.0.0.8").build()).field());
  }

  @Test
  void plainHttpIsRefusedForNonLoopbackKubeServersUnlessAllowed() {
    Kubeconfig remote = LoopbackFixtures.kubeconfig("http://10.0.0.9:6443", "", "{}");
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> KubeClient.create(remote));
    assertTrue(e.getMessage().contains("plain http to the non-loopback host \"10.0.0.9\""), e.getMessage());
    assertDoesNotThrow(() -> KubeClient.builder().kubeconfig(remote).allowInsecureHttp(true).build().close());

    Kubeconfig local = LoopbackFixtures.kubeconfig("http://127.0.0.1:8001", "", "{}");
    assertDoesNotThrow(() -> KubeClient.create(local).close());

    Kubeconfig localWithToken = LoopbackFixtures.kubeconfig("http://127.0.0.1:8001", "", "{token: abc}");
    assertThrows(ConfigurationException.class, () -> KubeClient.create(localWithToken));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSelfSignedCloudEndpointIsRefusedByTheDefaultTrust(boolean async) throws IOException {
    startSelfSigned();
    CloudConfig cloud = CloudConfig.builder().region("cn-hangzhou")
        .endpointOverride("https://127.0.0.1:" + server.getPort())
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret")))
        .retryPolicy(RetryPolicy.none())
        .build();

    try (ClusterClient clusters = ClusterClient.create(cloud)) {
      Throwable failure = async
          ? assertThrows(CompletionException.class,
              () -> clusters.async().describeCluster("c-1").orTimeout(30, TimeUnit.SECONDS).join()).getCause()
          : assertThrows(SdkException.class, () -> clusters.describeCluster("c-1"));

      TransportException e = assertInstanceOf(TransportException.class, failure);
      assertInstanceOf(SSLException.class, e.getCause(), "the TLS handshake failed: " + e);
    }
    assertEquals(0, server.getRequestCount(), "no request got through the handshake");
  }

  @Test
  void aSelfSignedKubeServerIsRefusedByTheDefaultTrust() throws IOException {
    startSelfSigned();
    // No certificate-authority in the kubeconfig: the platform's CAs, which do not know this server.
    Kubeconfig kubeconfig = LoopbackFixtures.kubeconfig("https://127.0.0.1:" + server.getPort(), "", "{token: abc}");

    try (KubeClient kube = KubeClient.create(kubeconfig)) {
      TransportException e = assertThrows(TransportException.class,
          () -> kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));
      assertInstanceOf(SSLException.class, e.getCause(), e.toString());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void proxyCredentialsAreSentWhenAskedAndNeverShown() throws Exception {
    String expected = okhttp3.Credentials.basic(PROXY_USER, PROXY_PASSWORD);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!expected.equals(request.getHeader("Proxy-Authorization"))) {
          return new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"");
        }
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody("{\"cluster_id\":\"c-1\",\"state\":\"running\"}");
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
    CloudConfig cloud = proxied(PROXY_PASSWORD);

    try (ClusterClient clusters = ClusterClient.create(cloud)) {
      assertEquals("c-1", clusters.describeCluster("c-1").id());
    }

    assertEquals(2, server.getRequestCount(), "one challenge, one authenticated request");
    assertEquals(null, server.takeRequest().getHeader("Proxy-Authorization"), "nothing sent before the proxy asks");
    assertEquals(expected, server.takeRequest().getHeader("Proxy-Authorization"));
    String shown = cloud.toString();
    assertTrue(shown.contains("proxyCredentials=" + PROXY_USER + ":****"), shown);
    assertSecretAbsent(shown);
  }

  @Test
  void refusedProxyCredentialsFailTypedWithoutShowingThem() throws Exception {
    server.setDispatcher(LoopbackFixtures.always(new MockResponse().setResponseCode(407)
        .setHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
        .setBody("<html>Proxy authentication required</html>")));
    server.start(InetAddress.getLoopbackAddress(), 0);

    try (ClusterClient clusters = ClusterClient.create(proxied("wrong-" + PROXY_PASSWORD))) {
      ServiceException e = assertThrows(ServiceException.class, () -> clusters.describeCluster("c-1"));
      assertEquals(407, e.statusCode());
      assertSecretAbsent(e.toString());
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        assertSecretAbsent(String.valueOf(t.getMessage()));
      }
    }
    assertEquals(2, server.getRequestCount(), "the credentials are offered once, not in a loop");
  }

  @Test
  void proxyCredentialsAreValidatedWithoutEchoingThePassword() {
    CloudConfig.Builder b = CloudConfig.builder().region("cn-hangzhou")
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret")));
    ValidationException noProxy = assertThrows(ValidationException.class,
        () -> b.proxyCredentials(PROXY_USER, PROXY_PASSWORD).build());
    assertEquals("cloudConfig.proxyCredentials", noProxy.field());
    assertSecretAbsent(noProxy.getMessage());
    ValidationException control = assertThrows(ValidationException.class,
        () -> b.proxyCredentials(PROXY_USER, PROXY_PASSWORD + "\n").build());
    assertEquals("cloudConfig.proxyCredentials.password", control.field());
    assertSecretAbsent(control.getMessage());
  }

  private CloudConfig proxied(String password) {
    return CloudConfig.builder().region("cn-hangzhou")
        .endpointOverride("http://127.0.0.1:9")
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret")))
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort())))
        .proxyCredentials(PROXY_USER, password)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static void assertSecretAbsent(String text) {
    assertFalse(text.contains(PROXY_PASSWORD), text);
    String encoded = Base64.getEncoder()
        .encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertFalse(text.contains(encoded), text);
  }

  private void startSelfSigned() throws IOException {
    HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("impostor")
        .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory(), false);
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

}
