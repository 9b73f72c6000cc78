package io.github.ackhybrid.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.reliability.transport.LoopbackFixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers no real service gives, each turned into a typed exception (or, for an unknown enum value,
 * accepted with the raw value kept), on the sync and the async path: wrong JSON types, missing
 * required fields, an HTML page from a proxy, a redirect to another host (never followed, so the
 * other host sees nothing, signed or bearer-token request alike). The server always gives the same
 * answer and the client does not retry, so each case is one request on the wire.
 */
class HostileResponsesTest {
  private static final String TOKEN = "kube-bearer-token-never-to-leave";

  private MockWebServer server;
  private MockWebServer elsewhere;

  @BeforeEach
  void start() throws IOException {
    server = LoopbackFixtures.newServer();
    elsewhere = LoopbackFixtures.newServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    elsewhere.start(InetAddress.getLoopbackAddress(), 0);
    elsewhere.setDispatcher(LoopbackFixtures.always(new MockResponse().setBody("{\"cluster_id\":\"stolen\"}")));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
    elsewhere.shutdown();
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
            "{\"cluster_id\":\"c-1\",\"size\":\"many\"}",
            "{\"cluster_id\":{\"nested\":true}}",
            "[\"an\",\"array\"]",
            "{\"cluster_id\":\"c-1\",\"size\":[1,2]}")
        .flatMap(body -> Stream.of(Arguments.of(false, body), Arguments.of(true, body)));
  }

  @ParameterizedTest(name = "async={0} {1}")
  @MethodSource("wrongTypes")
  void wrongJsonTypesAreAServiceErrorSayingSo(boolean async, String body) {
    server.setDispatcher(LoopbackFixtures.always(json(200, body)));

    ServiceException e = describeFails(async);

    assertEquals(200, e.statusCode());
    assertEquals("DescribeClusterDetail", e.operation());
    assertEquals("req-hostile", e.requestId().orElseThrow());
    assertTrue(e.getMessage().contains("not the JSON this SDK expects"), e.getMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aMissingRequiredFieldIsAServiceErrorNotAnNpe(boolean async) {
    server.setDispatcher(LoopbackFixtures.always(json(200, "{\"name\":\"no-id\",\"state\":\"running\"}")));

    ServiceException e = describeFails(async);

    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("not the JSON this SDK expects"), e.getMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void unknownEnumValuesAreAcceptedWithTheRawValueKept(boolean async) throws Exception {
    server.setDispatcher(LoopbackFixtures.always(json(200,
        "{\"cluster_id\":\"c-1\",\"state\":\"hibernating\",\"cluster_type\":\"QuantumKubernetes\"}")));

    try (ClusterClient clusters = ClusterClient.create(config())) {
      Cluster cluster = async
          ? clusters.async().describeCluster("c-1").get(30, TimeUnit.SECONDS)
          : clusters.describeCluster("c-1");

      assertEquals(ClusterState.UNKNOWN, cluster.state());
      assertEquals("hibernating", cluster.stateAsString());
      assertEquals(ClusterType.UNKNOWN, cluster.type());
      assertEquals("QuantumKubernetes", cluster.typeAsString());
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anHtmlErrorPageFromAProxyIsAServiceErrorWithItsStatus(boolean async) {
    server.setDispatcher(LoopbackFixtures.always(new MockResponse().setResponseCode(502)
        .setHeader("Content-Type", "text/html; charset=utf-8")
        .setBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));

    ServiceException e = describeFails(async);

    assertEquals(502, e.statusCode());
    assertEquals("", e.errorCode());
    assertTrue(e.getMessage().contains("not a JSON object (text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("502 Bad Gateway"), "shows the start of the page: " + e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aCaptivePortalAnsweringHtmlWith200IsAServiceError(boolean async) {
    server.setDispatcher(LoopbackFixtures.always(new MockResponse().setHeader("Content-Type", "text/html")
        .setBody("<!DOCTYPE html><html><body>Please log in to the hotel Wi-Fi</body></html>")));

    ServiceException e = describeFails(async);

    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("not the JSON this SDK expects"), e.getMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aRedirectToAnotherHostIsNeverFollowed(boolean async) {
    for (int status : new int[] {301, 302, 303, 307, 308}) {
      server.setDispatcher(LoopbackFixtures.always(new MockResponse().setResponseCode(status)
          .setHeader("Location", elsewhere.url("/steal?token=leaked-if-shown").toString())));

      ServiceException e = describeFails(async);

      assertEquals(status, e.statusCode());
      assertTrue(e.getMessage().contains("redirect to http://" + elsewhere.getHostName() + ":" + elsewhere.getPort()),
          e.getMessage());
      assertTrue(e.getMessage().contains("does not follow"), e.getMessage());
      assertFalse(e.getMessage().contains("leaked-if-shown"), "the target's query is not shown: " + e.getMessage());
    }
    assertEquals(5, server.getRequestCount());
    assertEquals(0, elsewhere.getRequestCount(), "the other host saw nothing");
  }

  @Test
  void kubeClientNeverFollowsARedirectWithoutCredentials() {
    server.setDispatcher(LoopbackFixtures.always(new MockResponse().setResponseCode(302)
        .setHeader("Location", elsewhere.url("/apis/networking.istio.io/v1/namespaces/default/virtualservices/r"))));

    try (KubeClient kube = KubeClient.create(LoopbackFixtures.kubeconfig("http://127.0.0.1:" + server.getPort()))) {
      ServiceException e = assertThrows(ServiceException.class,
          () -> kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));

      assertEquals(302, e.statusCode());
      assertTrue(e.getMessage().contains("does not follow"), e.getMessage());
    }
    assertEquals(1, server.getRequestCount());
    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void kubeClientNeverFollowsARedirectWithItsBearerToken() throws IOException {
    HeldCertificate ca = new HeldCertificate.Builder().commonName("hostile-ca").certificateAuthority(0).build();
    HeldCertificate serverCertificate = new HeldCertificate.Builder().commonName("apiserver")
        .addSubjectAlternativeName("127.0.0.1").signedBy(ca).build();
    server.shutdown();
    server = LoopbackFixtures.newServer();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(serverCertificate).build()
        .sslSocketFactory(), false);
    server.start(InetAddress.getLoopbackAddress(), 0);
    server.setDispatcher(LoopbackFixtures.always(new MockResponse().setResponseCode(307)
        .setHeader("Location", elsewhere.url("/collect"))));
    String caData = Base64.getEncoder().encodeToString(ca.certificatePem().getBytes(StandardCharsets.US_ASCII));
    Kubeconfig kubeconfig = LoopbackFixtures.kubeconfig("https://127.0.0.1:" + server.getPort(),
        ", certificate-authority-data: " + caData, "{token: " + TOKEN + "}");

    try (KubeClient kube = KubeClient.create(kubeconfig)) {
      ServiceException e = assertThrows(ServiceException.class,
          () -> kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));

      assertEquals(307, e.statusCode());
      assertFalse(e.getMessage().contains(TOKEN));
    }
    assertEquals(1, server.getRequestCount());
    assertEquals(0, elsewhere.getRequestCount(), "the token never reached the other host");
  }

  private ServiceException describeFails(boolean async) {
    try (ClusterClient clusters = ClusterClient.create(config())) {
      if (!async) {
        return assertThrows(ServiceException.class, () -> clusters.describeCluster("c-1"));
      }
      CompletionException e = assertThrows(CompletionException.class,
          () -> clusters.async().describeCluster("c-1").orTimeout(30, TimeUnit.SECONDS).join());
      assertInstanceOf(SdkException.class, e.getCause());
      return assertInstanceOf(ServiceException.class, e.getCause());
    }
  }

  private CloudConfig config() {
    return CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride("http://127.0.0.1:" + server.getPort())
        .credentials(CredentialsProvider.of(Credentials.of("hostile-test-id", "hostile-test-secret")))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("x-acs-request-id", "req-hostile")
        .setBody(body);
  }

}
