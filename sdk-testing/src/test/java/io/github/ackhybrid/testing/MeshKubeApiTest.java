package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeshKubeApiTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType MERGE_PATCH = MediaType.get("application/merge-patch+json");
  private static final String HOST = "reviews.default.svc.cluster.local";
  private static final String VS_PATH = "/apis/networking.istio.io/v1beta1/namespaces/default/virtualservices";
  private static final String DR_PATH = "/apis/networking.istio.io/v1beta1/namespaces/default/destinationrules";

  private static CloudSimulator sim;
  private String meshId;
  private String kubeconfig;
  private String server;
  private OkHttpClient http;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void mesh() {
    sim.reset();
    AsmMeshesTest.sim = sim;
    meshId = AsmMeshesTest.runningMesh("kube-" + System.nanoTime());
    kubeconfig = kubeconfig(meshId);
    server = field(kubeconfig, "server");
    http = client(kubeconfig);
  }

  private static String kubeconfig(String meshId) {
    SignedCall.Reply reply = AsmMeshesTest.asm("DescribeServiceMeshKubeconfig").query("ServiceMeshId", meshId).call();
    assertEquals(200, reply.status(), reply.body());
    return reply.text("Kubeconfig");
  }

  private static String field(String yaml, String name) {
    Matcher m = Pattern.compile(name + ": (\\S+)").matcher(yaml);
    assertTrue(m.find(), name);
    return m.group(1);
  }

  private static String decoded(String yaml, String name) {
    return new String(Base64.getDecoder().decode(field(yaml, name)), StandardCharsets.UTF_8);
  }

  private static OkHttpClient client(String yaml) {
    HeldCertificate client = HeldCertificate.decode(decoded(yaml, "client-certificate-data")
        + decoded(yaml, "client-key-data"));
    HandshakeCertificates tls = new HandshakeCertificates.Builder()
        .addTrustedCertificate(Certificates.decodeCertificatePem(decoded(yaml, "certificate-authority-data")))
        .heldCertificate(client)
        .build();
    return new OkHttpClient.Builder().sslSocketFactory(tls.sslSocketFactory(), tls.trustManager()).build();
  }

  private record Reply(int status, JsonNode json) {
    String text(String pointer) {
      return json.at(pointer).asText();
    }
  }

  private Reply send(String method, String path, String body, MediaType type) {
    return send(http, method, path, body, type);
  }

  private Reply send(OkHttpClient client, String method, String path, String body, MediaType type) {
    Request request = new Request.Builder().url(server + path)
        .method(method, body == null ? null : RequestBody.create(body, type)).build();
    try (Response response = client.newCall(request).execute()) {
      return new Reply(response.code(), Json.mapper().readTree(response.body().string()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String virtualService(String name, int v1, int v2) {
    return "{\"apiVersion\":\"networking.istio.io/v1beta1\",\"kind\":\"VirtualService\","
        + "\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"default\",\"labels\":{\"app\":\"reviews\"}},"
        + "\"spec\":{\"hosts\":[\"" + HOST + "\"],\"http\":[{\"name\":\"weighted\",\"route\":["
        + "{\"destination\":{\"host\":\"" + HOST + "\",\"subset\":\"v1\"},\"weight\":" + v1 + "},"
        + "{\"destination\":{\"host\":\"" + HOST + "\",\"subset\":\"v2\"},\"weight\":" + v2 + "}]}]}}";
  }

  private static String destinationRule(String name, String trafficPolicy) {
    return "{\"apiVersion\":\"networking.istio.io/v1beta1\",\"kind\":\"DestinationRule\","
        + "\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"default\"},"
        + "\"spec\":{\"host\":\"" + HOST + "\",\"subsets\":[{\"name\":\"v1\",\"labels\":{\"version\":\"v1\"}},"
        + "{\"name\":\"v2\",\"labels\":{\"version\":\"v2\"}}]" + trafficPolicy + "}}";
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertStatus(Reply reply, int code, String reason, String name, String kind) {
    assertEquals(code, reply.status(), reply.json().toString());
    assertEquals("Status", reply.text("/kind"));
    assertEquals("v1", reply.text("/apiVersion"));
    assertEquals("Failure", reply.text("/status"));
    assertEquals(reason, reply.text("/reason"));
    assertEquals(code, reply.json().path("code").asInt());
    assertEquals(name, reply.text("/details/name"));
    assertEquals(kind, reply.text("/details/kind"));
  }

  @Test
  void theIssuedKubeconfigWorksWithKubeClient() {
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(kubeconfig))) {
      assertTrue(kube.get(ResourceKind.NAMESPACE, "istio-system").isPresent());

      ObjectNode applied = kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, tree(virtualService("reviews", 90, 10)));
      assertEquals("1", applied.at("/metadata/generation").asText());

      ObjectNode read = kube.get(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "default", "reviews").orElseThrow();
      assertEquals(90, read.at("/spec/http/0/route/0/weight").asInt());
      assertEquals(1, kube.list(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "default", "app=reviews").size());
      assertEquals(0, kube.list(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "default", "app in (ratings)").size());
      assertEquals(1, kube.listAll(ResourceKind.VIRTUAL_SERVICE_V1, "app").size());

      assertTrue(kube.delete(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "default", "reviews"));
      assertTrue(kube.get(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "default", "reviews").isEmpty());
      assertEquals(false, kube.delete(ResourceKind.VIRTUAL_SERVICE_V1BETA1, "default", "reviews"));
    }
  }

  @Test
  void serverSideApplyUpdatesTheSpecAndMergesLabels() {
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(kubeconfig))) {
      ObjectNode first = kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, tree(virtualService("reviews", 90, 10)));
      ObjectNode shifted = tree(virtualService("reviews", 50, 50));
      ((ObjectNode) shifted.get("metadata")).putObject("labels").put("stage", "half");

      ObjectNode second = kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, shifted, "progressive");

      assertEquals(50, second.at("/spec/http/0/route/0/weight").asInt());
      assertEquals("reviews", second.at("/metadata/labels/app").asText());
      assertEquals("half", second.at("/metadata/labels/stage").asText());
      assertEquals(2, second.at("/metadata/generation").asInt());
      assertEquals(first.at("/metadata/uid"), second.at("/metadata/uid"));
      assertNotEquals(first.at("/metadata/resourceVersion"), second.at("/metadata/resourceVersion"));
      assertEquals("progressive", second.at("/metadata/managedFields/0/manager").asText());
    }
  }

  @Test
  void theSameObjectIsServedInV1beta1AndV1() {
    assertEquals(201, send("POST", VS_PATH, virtualService("reviews", 90, 10), JSON).status());

    Reply v1 = send("GET", "/apis/networking.istio.io/v1/namespaces/default/virtualservices/reviews", null, null);

    assertEquals(200, v1.status());
    assertEquals("networking.istio.io/v1", v1.text("/apiVersion"));
    assertEquals("VirtualService", v1.text("/kind"));
    assertEquals(10, v1.json().at("/spec/http/0/route/1/weight").asInt());
    Reply list = send("GET", VS_PATH, null, null);
    assertEquals("VirtualServiceList", list.text("/kind"));
    assertEquals("reviews", list.text("/items/0/metadata/name"));
  }

  @Test
  void namespacesAreCreatedReadAndListed() {
    Reply created = send("POST", "/api/v1/namespaces", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\","
        + "\"metadata\":{\"name\":\"shop\",\"labels\":{\"istio-injection\":\"enabled\"}}}", JSON);

    assertEquals(201, created.status(), created.json().toString());
    assertEquals("Active", created.text("/status/phase"));
    assertEquals("enabled", send("GET", "/api/v1/namespaces/shop", null, null).text("/metadata/labels/istio-injection"));
    Reply list = send("GET", "/api/v1/namespaces?labelSelector=istio-injection%3Denabled", null, null);
    assertEquals("NamespaceList", list.text("/kind"));
    assertEquals(1, list.json().path("items").size());
    assertStatus(send("POST", "/api/v1/namespaces", "{\"metadata\":{\"name\":\"shop\"}}", JSON),
        409, "AlreadyExists", "shop", "namespaces");
    assertStatus(send("GET", "/api/v1/namespaces/absent", null, null), 404, "NotFound", "absent", "namespaces");
  }

  @Test
  void anObjectInAMissingNamespaceIsRefused() {
    Reply reply = send("POST", "/apis/networking.istio.io/v1beta1/namespaces/shop/virtualservices",
        virtualService("reviews", 90, 10).replace("\"namespace\":\"default\"", "\"namespace\":\"shop\""), JSON);

    assertStatus(reply, 404, "NotFound", "shop", "namespaces");
    assertEquals("namespaces \"shop\" not found", reply.text("/message"));
  }

  @Test
  void createTwiceIsAlreadyExistsAndAMissingObjectIsNotFound() {
    assertEquals(201, send("POST", VS_PATH, virtualService("reviews", 90, 10), JSON).status());

    Reply again = send("POST", VS_PATH, virtualService("reviews", 90, 10), JSON);

    assertStatus(again, 409, "AlreadyExists", "reviews", "virtualservices");
    assertEquals("networking.istio.io", again.text("/details/group"));
    assertEquals("virtualservices.networking.istio.io \"reviews\" already exists", again.text("/message"));
    assertStatus(send("GET", VS_PATH + "/ratings", null, null), 404, "NotFound", "ratings", "virtualservices");
    assertStatus(send("DELETE", VS_PATH + "/ratings", null, null), 404, "NotFound", "ratings", "virtualservices");
  }

  @Test
  void replaceNeedsTheCurrentResourceVersion() {
    Reply created = send("POST", VS_PATH, virtualService("reviews", 90, 10), JSON);
    String version = created.text("/metadata/resourceVersion");
    ObjectNode update = tree(virtualService("reviews", 50, 50));
    ((ObjectNode) update.get("metadata")).put("resourceVersion", version);

    Reply replaced = send("PUT", VS_PATH + "/reviews", update.toString(), JSON);
    Reply stale = send("PUT", VS_PATH + "/reviews", update.toString(), JSON);
    Reply missing = send("PUT", VS_PATH + "/reviews", virtualService("reviews", 0, 100), JSON);

    assertEquals(200, replaced.status(), replaced.json().toString());
    assertEquals(50, replaced.json().at("/spec/http/0/route/0/weight").asInt());
    assertNotEquals(version, replaced.text("/metadata/resourceVersion"));
    assertStatus(stale, 409, "Conflict", "reviews", "virtualservices");
    assertTrue(stale.text("/message").contains("the object has been modified"));
    assertStatus(missing, 422, "Invalid", "reviews", "virtualservices");
  }

  @Test
  void mergePatchReplacesTheRouteListAndChecksTheResourceVersion() {
    send("POST", VS_PATH, virtualService("reviews", 90, 10), JSON);
    String patch = "{\"spec\":{\"http\":[{\"name\":\"weighted\",\"route\":["
        + "{\"destination\":{\"host\":\"" + HOST + "\",\"subset\":\"v2\"},\"weight\":100}]}]}}";

    Reply patched = send("PATCH", VS_PATH + "/reviews", patch, MERGE_PATCH);
    Reply stale = send("PATCH", VS_PATH + "/reviews", "{\"metadata\":{\"resourceVersion\":\"1\"}}", MERGE_PATCH);

    assertEquals(200, patched.status(), patched.json().toString());
    assertEquals(1, patched.json().at("/spec/http/0/route").size());
    assertEquals("v2", patched.text("/spec/http/0/route/0/destination/subset"));
    assertEquals(List.of(HOST).toString(), "[" + patched.text("/spec/hosts/0") + "]");
    assertStatus(stale, 409, "Conflict", "reviews", "virtualservices");
  }

  @Test
  void weightsThatDoNotSumTo100AreInvalid() {
    Reply reply = send("POST", VS_PATH, virtualService("reviews", 90, 20), JSON);

    assertStatus(reply, 422, "Invalid", "reviews", "virtualservices");
    assertEquals("admission webhook \"validation.istio.io\" denied the request: configuration is invalid: "
        + "total destination weight 110 != 100", reply.text("/message"));
    assertTrue(sim.istioResources(meshId).isEmpty());
  }

  @Test
  void aDestinationNamingAnUnknownSubsetIsInvalid() {
    assertEquals(201, send("POST", DR_PATH, destinationRule("reviews", ""), JSON).status());

    Reply reply = send("POST", VS_PATH, virtualService("reviews", 90, 10).replace("\"v2\"}", "\"v3\"}"), JSON);

    assertStatus(reply, 422, "Invalid", "reviews", "virtualservices");
    assertTrue(reply.text("/message").endsWith(
        "referenced host+subset in destinationrule not found: \"" + HOST + "+v3\""), reply.text("/message"));
  }

  @Test
  void failoverWithoutOutlierDetectionIsInvalid() {
    String locality = "\"loadBalancer\":{\"localityLbSetting\":{\"enabled\":true,"
        + "\"failover\":[{\"from\":\"cn-hangzhou\",\"to\":\"cn-shanghai\"}]}}";
    String failover = ",\"trafficPolicy\":{" + locality + "}";

    Reply reply = send("POST", DR_PATH, destinationRule("reviews", failover), JSON);

    assertStatus(reply, 422, "Invalid", "reviews", "destinationrules");
    assertTrue(reply.text("/message").endsWith("outlier detection policy must be provided for failover"));
    String withOutlier = ",\"trafficPolicy\":{" + locality + ",\"outlierDetection\":{\"consecutive5xxErrors\":1}}";
    assertEquals(201, send("POST", DR_PATH, destinationRule("reviews", withOutlier), JSON).status());
    assertEquals("DestinationRule", sim.istioResources(meshId).get(0).path("kind").asText());
  }

  @Test
  void distributeWithFailoverIsInvalid() {
    String both = ",\"trafficPolicy\":{\"outlierDetection\":{\"consecutive5xxErrors\":1},\"loadBalancer\":"
        + "{\"localityLbSetting\":{\"failover\":[{\"from\":\"cn-hangzhou\",\"to\":\"cn-shanghai\"}],"
        + "\"distribute\":[{\"from\":\"cn-hangzhou/*\",\"to\":{\"cn-hangzhou/*\":80,\"cn-shanghai/*\":20}}]}}}";

    Reply reply = send("POST", DR_PATH, destinationRule("reviews", both), JSON);

    assertStatus(reply, 422, "Invalid", "reviews", "destinationrules");
    assertTrue(reply.text("/message").endsWith("can not simultaneously specify 'distribute' and 'failover'"));
  }

  @Test
  void kubeClientSeesAnInvalidApplyAsAServiceError() {
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(kubeconfig))) {
      ServiceException e = assertThrows(ServiceException.class,
          () -> kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, tree(virtualService("reviews", 90, 20))));

      assertEquals(422, e.statusCode());
      assertEquals("Invalid", e.errorCode());
    }
  }

  @Test
  void requestsNeedTheClientCertificateIssuedForTheMesh() {
    String otherMesh = AsmMeshesTest.runningMesh("other-" + System.nanoTime());
    OkHttpClient other = client(kubeconfig(otherMesh));
    HandshakeCertificates trustOnly = new HandshakeCertificates.Builder()
        .addTrustedCertificate(Certificates.decodeCertificatePem(decoded(kubeconfig, "certificate-authority-data")))
        .build();
    OkHttpClient anonymous = new OkHttpClient.Builder()
        .sslSocketFactory(trustOnly.sslSocketFactory(), trustOnly.trustManager()).build();

    Reply noCertificate = send(anonymous, "GET", "/api/v1/namespaces", null, null);
    Reply wrongMesh = send(other, "GET", "/api/v1/namespaces", null, null);

    assertEquals(401, noCertificate.status());
    assertEquals("Unauthorized", noCertificate.text("/reason"));
    assertEquals(403, wrongMesh.status());
    assertEquals("Forbidden", wrongMesh.text("/reason"));
  }

  @Test
  void aDeletedMeshTakesItsApiServerWithIt() {
    SignedCall.Reply deleted = AsmMeshesTest.asm("DeleteServiceMesh").query("ServiceMeshId", meshId).call();
    assertEquals(200, deleted.status(), deleted.body());
    sim.clock().advance(java.time.Duration.ofMinutes(2));

    Reply reply = send("GET", "/api/v1/namespaces", null, null);

    assertEquals(404, reply.status());
    assertEquals("NotFound", reply.text("/reason"));
  }
}
