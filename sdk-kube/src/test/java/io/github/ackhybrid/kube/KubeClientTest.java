package io.github.ackhybrid.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.internal.TestKeys;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KubeClientTest {
  private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.robot-token";
  private static HeldCertificate ca;
  private static HeldCertificate otherCa;
  private static HeldCertificate serverCertificate;
  private static HeldCertificate ecClient;
  private static HeldCertificate rsaClient;

  private MockWebServer server;
  private final List<KubeClient> clients = new ArrayList<>();

  @BeforeAll
  static void certificates() {
    ca = new HeldCertificate.Builder().commonName("kube-ca").certificateAuthority(0).build();
    otherCa = new HeldCertificate.Builder().commonName("unrelated-ca").certificateAuthority(0).build();
    serverCertificate = new HeldCertificate.Builder().commonName("apiserver")
        .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost")
        .signedBy(ca).build();
    ecClient = new HeldCertificate.Builder().commonName("270000").signedBy(ca).build();
    rsaClient = new HeldCertificate.Builder().commonName("270001").rsa2048().signedBy(ca).build();
  }

  @BeforeEach
  void newServer() {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
  }

  @AfterEach
  void shutDown() throws IOException {
    clients.forEach(KubeClient::close);
    server.shutdown();
  }

  // --- server-side apply ---------------------------------------------------------------------

  @Test
  void applySendsServerSideApplyPatchOverMutualTls() throws Exception {
    startHttps(true);
    KubeClient kube = mtlsClient(ecClient, ecClient.privateKeyPkcs8Pem());
    ObjectNode manifest = json("""
        {"apiVersion":"networking.istio.io/v1beta1","kind":"VirtualService",
         "metadata":{"name":"reviews","namespace":"default"},
         "spec":{"hosts":["reviews"],"http":[{"route":[
           {"destination":{"host":"reviews","subset":"v1"},"weight":90},
           {"destination":{"host":"reviews","subset":"v2"},"weight":10}]}]}}""");
    server.enqueue(jsonResponse(200, """
        {"apiVersion":"networking.istio.io/v1beta1","kind":"VirtualService",
         "metadata":{"name":"reviews","namespace":"default","resourceVersion":"42"}}"""));

    ObjectNode stored = kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, manifest, "ackhybrid-mesh");

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("PATCH", request.getMethod());
    assertEquals("/apis/networking.istio.io/v1beta1/namespaces/default/virtualservices/reviews"
        + "?fieldManager=ackhybrid-mesh&force=true", request.getPath());
    assertEquals("application/apply-patch+yaml", request.getHeader("Content-Type"));
    assertEquals("application/json", request.getHeader("Accept"));
    assertEquals(manifest, json(request.getBody().readUtf8()));
    assertNull(request.getHeader("Authorization"));
    X509Certificate presented = (X509Certificate) request.getHandshake().peerCertificates().get(0);
    assertEquals(ecClient.certificate(), presented);
    assertEquals("42", stored.path("metadata").path("resourceVersion").asText());
  }

  @Test
  void applyFillsKindAndNamespaceAndDropsManagedFieldsOnACopy() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("istio-demo");
    ObjectNode manifest = json("""
        {"metadata":{"name":"reviews","managedFields":[{"manager":"kubectl"}]},
         "spec":{"host":"reviews","trafficPolicy":null}}""");
    ObjectNode original = manifest.deepCopy();
    server.enqueue(jsonResponse(201, "{}"));

    kube.apply(ResourceKind.DESTINATION_RULE_V1, manifest);

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("/apis/networking.istio.io/v1/namespaces/istio-demo/destinationrules/reviews"
        + "?fieldManager=ackhybrid-sdk&force=true", request.getPath());
    assertEquals(json("""
        {"metadata":{"name":"reviews","namespace":"istio-demo"},
         "spec":{"host":"reviews","trafficPolicy":null},
         "apiVersion":"networking.istio.io/v1","kind":"DestinationRule"}"""), json(request.getBody().readUtf8()));
    assertEquals(original, manifest);
  }

  @Test
  void applyOfClusterScopedCoreKindUsesApiV1WithoutNamespace() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(jsonResponse(200, "{}"));

    kube.apply(ResourceKind.NAMESPACE, json("{\"metadata\":{\"name\":\"istio-demo\",\"labels\":{\"istio-injection\":\"enabled\"}}}"),
        "ackhybrid-mesh");

    assertEquals("/api/v1/namespaces/istio-demo?fieldManager=ackhybrid-mesh&force=true",
        server.takeRequest(30, TimeUnit.SECONDS).getPath());
  }

  @Test
  void applyRejectsManifestsThatDoNotFitBeforeSending() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");

    ValidationException version = assertThrows(ValidationException.class, () -> kube.apply(
        ResourceKind.VIRTUAL_SERVICE_V1, json("{\"apiVersion\":\"networking.istio.io/v1beta1\",\"metadata\":{\"name\":\"r\"}}")));
    assertEquals("manifest.apiVersion must be \"networking.istio.io/v1\" to match the ResourceKind, "
        + "was \"networking.istio.io/v1beta1\"", version.getMessage());
    assertEquals("manifest.metadata", assertThrows(ValidationException.class,
        () -> kube.apply(ResourceKind.VIRTUAL_SERVICE_V1, json("{\"spec\":{}}"))).field());
    assertEquals("name", assertThrows(ValidationException.class,
        () -> kube.apply(ResourceKind.VIRTUAL_SERVICE_V1, json("{\"metadata\":{\"name\":\"a/b\"}}"))).field());
    assertEquals("manifest.metadata.namespace", assertThrows(ValidationException.class, () -> kube.apply(
        ResourceKind.NAMESPACE, json("{\"metadata\":{\"name\":\"n\",\"namespace\":\"default\"}}"))).field());
    assertEquals("fieldManager", assertThrows(ValidationException.class, () -> kube.apply(
        ResourceKind.VIRTUAL_SERVICE_V1, json("{\"metadata\":{\"name\":\"r\"}}"), " ")).field());
    assertEquals(0, server.getRequestCount());
  }

  // --- get, list, delete ---------------------------------------------------------------------

  @Test
  void getReadsOneObjectWithBearerToken() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(jsonResponse(200, "{\"kind\":\"DestinationRule\",\"metadata\":{\"name\":\"reviews\"}}"));

    Optional<ObjectNode> rule = kube.get(ResourceKind.DESTINATION_RULE_V1, "prod", "reviews");

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("GET", request.getMethod());
    assertEquals("/apis/networking.istio.io/v1/namespaces/prod/destinationrules/reviews", request.getPath());
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertEquals("reviews", rule.orElseThrow().path("metadata").path("name").asText());
  }

  @Test
  void getWithoutNamespaceUsesContextNamespaceOrNoneForClusterScopedKinds() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("istio-demo");
    server.enqueue(jsonResponse(200, "{}"));
    server.enqueue(jsonResponse(200, "{}"));

    kube.get(ResourceKind.RESOURCE_POLICY, "web");
    kube.get(ResourceKind.NAMESPACE, "istio-system");

    assertEquals("/apis/scheduling.alibabacloud.com/v1alpha1/namespaces/istio-demo/resourcepolicies/web",
        server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertEquals("/api/v1/namespaces/istio-system", server.takeRequest(30, TimeUnit.SECONDS).getPath());
  }

  @Test
  void getOfMissingObjectIsEmptyButUnservedKindThrows() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(statusResponse(404, "NotFound",
        "virtualservices.networking.istio.io \\\"reviews\\\" not found", "reviews", "a1"));
    server.enqueue(statusResponse(404, "NotFound", "the server could not find the requested resource", null, "a2"));

    assertEquals(Optional.empty(), kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));
    assertEquals("the server could not find the requested resource", e.errorMessage());
    assertEquals("kube.get VirtualService default/reviews", e.operation());
  }

  @Test
  void listEncodesLabelSelectorAndFillsItemKinds() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(jsonResponse(200, """
        {"kind":"VirtualServiceList","items":[
          {"metadata":{"name":"a"}},
          {"apiVersion":"networking.istio.io/v1beta1","kind":"VirtualService","metadata":{"name":"b"}}]}"""));

    List<ObjectNode> items = kube.list(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "prod", "app=reviews,version in (v1,v2)");

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("/apis/networking.istio.io/v1beta1/namespaces/prod/virtualservices"
        + "?labelSelector=app%3Dreviews%2Cversion%20in%20%28v1%2Cv2%29", request.getPath());
    assertEquals(2, items.size());
    assertEquals("networking.istio.io/v1beta1", items.get(0).path("apiVersion").asText());
    assertEquals("VirtualService", items.get(0).path("kind").asText());
    assertEquals("b", items.get(1).path("metadata").path("name").asText());
  }

  @Test
  void listAllUsesTheClusterWidePathAndEmptySelectorIsOmitted() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(jsonResponse(200, "{\"items\":[{\"metadata\":{\"name\":\"default\"}}]}"));
    server.enqueue(jsonResponse(200, "{\"items\":[]}"));
    server.enqueue(jsonResponse(200, "{\"items\":[]}"));

    List<ObjectNode> namespaces = kube.listAll(ResourceKind.NAMESPACE);
    kube.listAll(ResourceKind.RESOURCE_POLICY, "team=a");
    kube.list(ResourceKind.namespaced("", "v1", "ConfigMap", "configmaps"), "kube-system");

    assertEquals("/api/v1/namespaces", server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertEquals("/apis/scheduling.alibabacloud.com/v1alpha1/resourcepolicies?labelSelector=team%3Da",
        server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertEquals("/api/v1/namespaces/kube-system/configmaps", server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertEquals("v1", namespaces.get(0).path("apiVersion").asText());
    assertEquals("Namespace", namespaces.get(0).path("kind").asText());
  }

  @Test
  void deleteReportsWhetherTheObjectExisted() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(jsonResponse(200, "{\"kind\":\"Status\",\"status\":\"Success\"}"));
    server.enqueue(statusResponse(404, "NotFound", "destinationrules \\\"reviews\\\" not found", "reviews", "a3"));

    assertTrue(kube.delete(ResourceKind.DESTINATION_RULE_V1BETA1, "prod", "reviews"));
    assertFalse(kube.delete(ResourceKind.DESTINATION_RULE_V1BETA1, "prod", "reviews"));

    RecordedRequest first = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("DELETE", first.getMethod());
    assertEquals("/apis/networking.istio.io/v1beta1/namespaces/prod/destinationrules/reviews", first.getPath());
  }

  @Test
  void serverPathPrefixIsKept() throws Exception {
    startHttps(false);
    KubeClient kube = client(kubeconfig(httpsUrl() + "/k8s/clusters/c-1", ca.certificatePem(),
        "token: " + TOKEN, "default"));
    server.enqueue(jsonResponse(202, "{}"));

    kube.delete(ResourceKind.NAMESPACE, "old");

    assertEquals("/k8s/clusters/c-1/api/v1/namespaces/old", server.takeRequest(30, TimeUnit.SECONDS).getPath());
  }

  @Test
  void argumentsAreValidatedBeforeSending() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");

    ValidationException namespace = assertThrows(ValidationException.class,
        () -> kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "Default", "reviews"));
    assertEquals("namespace must be 1-63 characters [a-z0-9-] starting and ending alphanumeric, was \"Default\"",
        namespace.getMessage());
    assertEquals("name", assertThrows(ValidationException.class,
        () -> kube.delete(ResourceKind.VIRTUAL_SERVICE_V1, "default", "..")).field());
    assertEquals("kind", assertThrows(ValidationException.class,
        () -> kube.list(ResourceKind.NAMESPACE, "default")).field());
    assertEquals("labelSelector", assertThrows(ValidationException.class,
        () -> kube.list(ResourceKind.VIRTUAL_SERVICE_V1, "default", "a=b\nX-Injected: 1")).field());
    assertEquals(0, server.getRequestCount());
  }

  // --- keys and TLS --------------------------------------------------------------------------

  @Test
  void pkcs1RsaClientKeyAuthenticates() throws Exception {
    startHttps(true);
    KubeClient kube = mtlsClient(rsaClient, rsaClient.privateKeyPkcs1Pem());
    server.enqueue(jsonResponse(200, "{}"));

    kube.get(ResourceKind.NAMESPACE, "default");

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals(rsaClient.certificate(), request.getHandshake().peerCertificates().get(0));
  }

  @Test
  void sec1EcClientKeyAuthenticates() throws Exception {
    startHttps(true);
    String sec1 = TestKeys.sec1Pem((ECPrivateKey) ecClient.keyPair().getPrivate(), true);
    KubeClient kube = mtlsClient(ecClient, sec1);
    server.enqueue(jsonResponse(200, "{}"));

    kube.get(ResourceKind.NAMESPACE, "default");

    assertEquals(ecClient.certificate(), server.takeRequest(30, TimeUnit.SECONDS).getHandshake().peerCertificates().get(0));
  }

  @Test
  void caDataMayHoldSeveralCertificates() throws Exception {
    startHttps(false);
    KubeClient kube = client(kubeconfig(httpsUrl(), otherCa.certificatePem() + ca.certificatePem(),
        "token: " + TOKEN, "default"));
    server.enqueue(jsonResponse(200, "{}"));

    assertTrue(kube.get(ResourceKind.NAMESPACE, "default").isPresent());
  }

  @Test
  void untrustedServerFailsAsTransportError() throws Exception {
    startHttps(false);
    KubeClient kube = client(kubeconfig(httpsUrl(), otherCa.certificatePem(), "token: " + TOKEN, "default"));
    server.enqueue(jsonResponse(200, "{}"));

    TransportException e = assertThrows(TransportException.class, () -> kube.get(ResourceKind.NAMESPACE, "default"));

    assertEquals("kube.get Namespace default", e.operation());
    assertFalse(e.getMessage().contains(TOKEN));
  }

  @Test
  void insecureSkipTlsVerifyAcceptsAnyServer() throws Exception {
    startHttps(false);
    String yaml = """
        clusters: [{name: c, cluster: {server: "%s", insecure-skip-tls-verify: true}}]
        users: [{name: u, user: {token: %s}}]
        contexts: [{name: x, context: {cluster: c, user: u}}]
        current-context: x
        """.formatted(httpsUrl(), TOKEN);
    KubeClient kube = client(Kubeconfig.parse(yaml));
    server.enqueue(jsonResponse(200, "{}"));

    assertTrue(kube.get(ResourceKind.NAMESPACE, "default").isPresent());
  }

  @Test
  void serverRequiringClientCertificateRejectsTokenOnlyClient() throws Exception {
    startHttps(true);
    KubeClient kube = tokenClient("default");

    assertThrows(TransportException.class, () -> kube.get(ResourceKind.NAMESPACE, "default"));
  }

  @Test
  void tlsMaterialProblemsAreConfigurationErrorsWithoutSecrets() {
    String badKey = TestKeys.pem("PRIVATE KEY", "not a key but secret bytes".getBytes(StandardCharsets.UTF_8));
    Kubeconfig config = kubeconfig("https://127.0.0.1:6443", ca.certificatePem(),
        "client-certificate-data: " + b64(ecClient.certificatePem()) + ", client-key-data: " + b64(badKey), "default");

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> KubeClient.create(config));

    assertTrue(e.getMessage().startsWith("kubeconfig context \"mesh-admin\" client key is not a well-formed PRIVATE KEY"),
        e.getMessage());
    assertFalse(e.getMessage().contains(b64(badKey).substring(30, 60)));
  }

  @Test
  void credentialsAreNeverSentOverPlainHttp() {
    Kubeconfig config = kubeconfig("http://127.0.0.1:8001", null, "token: " + TOKEN, "default");

    ConfigurationException e = assertThrows(ConfigurationException.class, () -> KubeClient.create(config));

    assertEquals("kubeconfig context \"mesh-admin\" would send credentials to a plain http:// server; use https,"
        + " or set allowInsecureHttp(true) inside a trusted network", e.getMessage());
  }

  @Test
  void kubeconfigFileWithRelativeCaAndTokenFileWorks(@TempDir Path dir) throws Exception {
    startHttps(false);
    Files.writeString(dir.resolve("ca.crt"), ca.certificatePem());
    Files.writeString(dir.resolve("token"), TOKEN + "\n");
    Path file = dir.resolve("config");
    Files.writeString(file, """
        clusters: [{name: c, cluster: {server: "%s", certificate-authority: ca.crt}}]
        users: [{name: u, user: {tokenFile: token}}]
        contexts: [{name: x, context: {cluster: c, user: u}}]
        current-context: x
        """.formatted(httpsUrl()));
    KubeClient kube = client(Kubeconfig.read(file));
    server.enqueue(jsonResponse(200, "{}"));

    kube.get(ResourceKind.NAMESPACE, "default");

    assertEquals("Bearer " + TOKEN, server.takeRequest(30, TimeUnit.SECONDS).getHeader("Authorization"));
  }

  // --- errors --------------------------------------------------------------------------------

  static Stream<Arguments> statusErrors() {
    return Stream.of(
        Arguments.of(404, "NotFound", ResourceNotFoundException.class),
        Arguments.of(409, "Conflict", ConflictException.class),
        Arguments.of(401, "Unauthorized", AuthenticationException.class),
        Arguments.of(403, "Forbidden", AuthenticationException.class),
        Arguments.of(429, "TooManyRequests", ThrottlingException.class),
        Arguments.of(422, "Invalid", ServiceException.class),
        Arguments.of(500, "InternalError", ServiceException.class));
  }

  @ParameterizedTest
  @MethodSource("statusErrors")
  void statusErrorsMapToSdkExceptions(int code, String reason, Class<? extends ServiceException> type) throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(statusResponse(code, reason, "admission webhook denied: weights must sum to 100", null, "audit-" + code));

    ServiceException e = assertThrows(ServiceException.class, () -> kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1,
        json("{\"metadata\":{\"name\":\"reviews\",\"namespace\":\"default\"}}"), "ackhybrid-mesh"));

    assertSame(type, e.getClass());
    assertEquals(code, e.statusCode());
    assertEquals(reason, e.errorCode());
    assertEquals("admission webhook denied: weights must sum to 100", e.errorMessage());
    assertEquals(Optional.of("audit-" + code), e.requestId());
    assertEquals("kube.apply VirtualService default/reviews", e.operation());
    assertEquals(Optional.empty(), e.recommend());
    assertEquals("kube.apply VirtualService default/reviews failed: HTTP " + code + " " + reason
        + ": admission webhook denied: weights must sum to 100 (request id audit-" + code + ")", e.getMessage());
  }

  @Test
  void nonJsonErrorBodyStillGivesServiceExceptionWithStatus() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><body>Bad Gateway</body></html>"));

    ServiceException e = assertThrows(ServiceException.class, () -> kube.listAll(ResourceKind.NAMESPACE));

    assertSame(ServiceException.class, e.getClass());
    assertEquals(502, e.statusCode());
    assertEquals("", e.errorCode());
    assertEquals("the error body is not a Kubernetes Status object (text/html: <html><body>Bad Gateway</body></html>)",
        e.errorMessage());
    assertEquals(Optional.empty(), e.requestId());
  }

  @Test
  void jsonErrorBodyThatIsNotAStatusIsSaidSo() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(jsonResponse(503, "{\"error\":\"overloaded\"}").setHeader("Audit-Id", "a-503"));

    ServiceException e = assertThrows(ServiceException.class, () -> kube.get(ResourceKind.NAMESPACE, "default"));

    assertEquals(503, e.statusCode());
    assertTrue(e.errorMessage().startsWith("the error body is not a Kubernetes Status object"), e.errorMessage());
    assertEquals(Optional.of("a-503"), e.requestId());
  }

  @Test
  void successfulResponseThatIsNotJsonIsAServiceException() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.enqueue(new MockResponse().setResponseCode(200).setBody("<html>login</html>"));

    ServiceException e = assertThrows(ServiceException.class, () -> kube.get(ResourceKind.NAMESPACE, "default"));

    assertEquals("the response body is not a JSON object", e.errorMessage());
    assertNotNull(e.getCause());
  }

  @Test
  void connectionFailureIsATransportException() throws Exception {
    startHttps(false);
    KubeClient kube = tokenClient("default");
    server.shutdown();

    TransportException e = assertThrows(TransportException.class,
        () -> kube.delete(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));

    assertEquals("kube.delete VirtualService default/reviews", e.operation());
  }

  // --- lifecycle -----------------------------------------------------------------------------

  @Test
  void sharedOkHttpClientCarriesTheCalls() throws Exception {
    startHttps(false);
    List<String> seen = new ArrayList<>();
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(chain.request().url().encodedPath());
          return chain.proceed(chain.request());
        })
        .build();
    KubeClient kube = KubeClient.builder()
        .kubeconfig(kubeconfig(httpsUrl(), ca.certificatePem(), "token: " + TOKEN, "default"))
        .httpClient(shared)
        .build();
    clients.add(kube);
    server.enqueue(jsonResponse(200, "{}"));

    kube.get(ResourceKind.NAMESPACE, "default");
    kube.close();

    assertEquals(List.of("/api/v1/namespaces/default"), seen);
    assertThrows(IllegalStateException.class, () -> kube.get(ResourceKind.NAMESPACE, "default"));
  }

  @Test
  void builderPicksANamedContext() throws Exception {
    startHttps(false);
    String yaml = """
        clusters: [{name: c, cluster: {server: "%s", certificate-authority-data: %s}}]
        users: [{name: u, user: {token: %s}}]
        contexts:
        - {name: first, context: {cluster: c, user: u}}
        - {name: second, context: {cluster: c, user: u, namespace: team-b}}
        current-context: first
        """.formatted(httpsUrl(), b64(ca.certificatePem()), TOKEN);
    KubeClient kube = KubeClient.builder().kubeconfig(Kubeconfig.parse(yaml)).context("second").build();
    clients.add(kube);
    server.enqueue(jsonResponse(200, "{\"items\":[]}"));

    kube.list(ResourceKind.RESOURCE_POLICY, kube.context().namespace());

    assertEquals("second", kube.context().name());
    assertEquals("/apis/scheduling.alibabacloud.com/v1alpha1/namespaces/team-b/resourcepolicies",
        server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertFalse(kube.toString().contains(TOKEN), kube.toString());
  }

  // --- helpers -------------------------------------------------------------------------------

  private void startHttps(boolean requireClientCertificate) throws IOException {
    HandshakeCertificates handshake = new HandshakeCertificates.Builder()
        .heldCertificate(serverCertificate)
        .addTrustedCertificate(ca.certificate())
        .build();
    server.useHttps(handshake.sslSocketFactory(), false);
    if (requireClientCertificate) {
      server.requireClientAuth();
    }
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  private String httpsUrl() {
    return "https://127.0.0.1:" + server.getPort();
  }

  private KubeClient mtlsClient(HeldCertificate clientCertificate, String keyPem) {
    return client(kubeconfig(httpsUrl(), ca.certificatePem(),
        "client-certificate-data: " + b64(clientCertificate.certificatePem()) + ", client-key-data: " + b64(keyPem),
        "default"));
  }

  private KubeClient tokenClient(String namespace) {
    return client(kubeconfig(httpsUrl(), ca.certificatePem(), "token: " + TOKEN, namespace));
  }

  private KubeClient client(Kubeconfig config) {
    KubeClient kube = KubeClient.create(config);
    clients.add(kube);
    return kube;
  }

  private static Kubeconfig kubeconfig(String server, String caPem, String userFields, String namespace) {
    String ca = caPem == null ? "" : ", certificate-authority-data: " + b64(caPem);
    return Kubeconfig.parse("""
        apiVersion: v1
        kind: Config
        clusters: [{name: mesh, cluster: {server: "%s"%s}}]
        users: [{name: admin, user: {%s}}]
        contexts: [{name: mesh-admin, context: {cluster: mesh, user: admin, namespace: %s}}]
        current-context: mesh-admin
        """.formatted(server, ca, userFields, namespace));
  }

  private static MockResponse jsonResponse(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse statusResponse(int code, String reason, String message, String name, String auditId) {
    String details = name == null ? "{}" : "{\"name\":\"" + name + "\",\"group\":\"networking.istio.io\"}";
    return jsonResponse(code, """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"%s",
         "reason":"%s","details":%s,"code":%d}""".formatted(message, reason, details, code))
        .setHeader("Audit-Id", auditId);
  }

  private static ObjectNode json(String text) throws IOException {
    JsonNode node = Json.mapper().readTree(text);
    return (ObjectNode) node;
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
