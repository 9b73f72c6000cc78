package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cluster's Kubernetes API behind DescribeClusterUserKubeconfig: namespaces and ResourcePolicy objects. */
class ClusterKubeApiTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String RP_PATH = "/apis/scheduling.alibabacloud.com/v1alpha1/namespaces/default/resourcepolicies";

  private static CloudSimulator sim;
  private ElasticCluster cluster;
  private String hybridPool;
  private String burstPool;
  private String kubeconfig;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void cluster() {
    sim.reset();
    cluster = ElasticCluster.pro(sim);
    hybridPool = cluster.hybridPool("idc", 1);
    burstPool = cluster.createPool(ElasticCluster.burstPool("burst", 0, 5));
    kubeconfig = cluster.kubeconfig();
  }

  private static String field(String yaml, String name) {
    Matcher m = Pattern.compile(name + ": (\\S+)").matcher(yaml);
    assertTrue(m.find(), name);
    return m.group(1);
  }

  private record Reply(int status, JsonNode json) {
    String text(String pointer) {
      return json.at(pointer).asText();
    }
  }

  private static Reply send(String yaml, String method, String path, String body) {
    String ca = new String(Base64.getDecoder().decode(field(yaml, "certificate-authority-data")), StandardCharsets.UTF_8);
    HandshakeCertificates tls = new HandshakeCertificates.Builder()
        .addTrustedCertificate(Certificates.decodeCertificatePem(ca)).build();
    OkHttpClient http = new OkHttpClient.Builder().sslSocketFactory(tls.sslSocketFactory(), tls.trustManager()).build();
    Request request = new Request.Builder().url(field(yaml, "server") + path)
        .header("Authorization", "Bearer " + field(yaml, "token"))
        .method(method, body == null ? null : RequestBody.create(body, JSON)).build();
    try (Response response = http.newCall(request).execute()) {
      return new Reply(response.code(), Json.mapper().readTree(response.body().string()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reply send(String method, String path, String body) {
    return send(kubeconfig, method, path, body);
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference's hybrid-first recipe: the IDC pool, then the auto-scaling pool with the wait label. */
  private String policy(String name, String units, String extra) {
    return "{\"apiVersion\":\"scheduling.alibabacloud.com/v1alpha1\",\"kind\":\"ResourcePolicy\","
        + "\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"default\",\"labels\":{\"app\":\"web\"}},"
        + "\"spec\":{\"selector\":{\"app\":\"web\"},\"strategy\":\"prefer\",\"units\":" + units + extra + "}}";
  }

  private String recipe(String name) {
    return policy(name, "[{\"resource\":\"ecs\",\"nodeSelector\":{\"alibabacloud.com/nodepool-id\":\"" + hybridPool
        + "\"}},{\"resource\":\"ecs\",\"nodeSelector\":{\"alibabacloud.com/nodepool-id\":\"" + burstPool + "\"},"
        + "\"podLabels\":{\"k8s.aliyun.com/resource-policy-wait-for-ecs-scaling\":\"true\"}}]",
        ",\"whenTryNextUnits\":{\"policy\":\"TimeoutOrExceedMax\",\"timeout\":\"10m\"}");
  }

  private static void assertInvalid(Reply reply, String field, String reason) {
    assertEquals(422, reply.status(), reply.json().toString());
    assertEquals("Status", reply.text("/kind"));
    assertEquals("Failure", reply.text("/status"));
    assertEquals("Invalid", reply.text("/reason"));
    assertEquals("resourcepolicies", reply.text("/details/kind"));
    assertEquals(field, reply.text("/details/causes/0/field"), reply.json().toString());
    assertEquals(reason, reply.text("/details/causes/0/reason"));
    assertTrue(reply.text("/message").startsWith("ResourcePolicy.scheduling.alibabacloud.com \"web\" is invalid: "
        + field + ": "), reply.text("/message"));
  }

  @Test
  void theUserKubeconfigReachesTheClusterOverTlsWithKubeClient() {
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(kubeconfig))) {
      assertTrue(kube.get(ResourceKind.NAMESPACE, "kube-system").isPresent());
      assertTrue(kube.get(ResourceKind.NAMESPACE, "default").isPresent());
      ObjectNode namespace = tree("{\"metadata\":{\"name\":\"prod\"}}");
      kube.apply(ResourceKind.NAMESPACE, namespace);

      ObjectNode applied = kube.apply(ResourceKind.RESOURCE_POLICY, tree(recipe("web")));

      assertEquals("1", applied.at("/metadata/generation").asText());
      ObjectNode read = kube.get(ResourceKind.RESOURCE_POLICY, "default", "web").orElseThrow();
      assertEquals(burstPool, read.at("/spec/units/1/nodeSelector/alibabacloud.com~1nodepool-id").asText());
      assertEquals(1, kube.list(ResourceKind.RESOURCE_POLICY, "default", "app=web").size());
      assertEquals(0, kube.list(ResourceKind.RESOURCE_POLICY, "default", "app=api").size());
      assertEquals(1, kube.listAll(ResourceKind.RESOURCE_POLICY).size());
      assertEquals(1, sim.resourcePolicies(cluster.id).size());
      assertTrue(kube.delete(ResourceKind.RESOURCE_POLICY, "default", "web"));
      assertFalse(kube.delete(ResourceKind.RESOURCE_POLICY, "default", "web"));
      assertTrue(sim.resourcePolicies(cluster.id).isEmpty());
    }
  }

  @Test
  void applyingTheSamePolicyTwiceChangesNothing() {
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(kubeconfig))) {
      ObjectNode first = kube.apply(ResourceKind.RESOURCE_POLICY, tree(recipe("web")));
      ObjectNode second = kube.apply(ResourceKind.RESOURCE_POLICY, tree(recipe("web")));
      ObjectNode changed = tree(recipe("web"));
      ((ObjectNode) changed.at("/spec/whenTryNextUnits")).put("timeout", "5m");
      ObjectNode third = kube.apply(ResourceKind.RESOURCE_POLICY, changed);

      assertEquals(first.at("/metadata/resourceVersion"), second.at("/metadata/resourceVersion"));
      assertEquals(1, second.at("/metadata/generation").asInt());
      assertFalse(first.at("/metadata/resourceVersion").equals(third.at("/metadata/resourceVersion")));
      assertEquals(2, third.at("/metadata/generation").asInt());
      assertEquals("5m", third.at("/spec/whenTryNextUnits/timeout").asText());
    }
  }

  @Test
  void createTwiceConflictsAndStaleOrMissingObjectsAreRefused() {
    Reply created = send("POST", RP_PATH, recipe("web"));
    Reply again = send("POST", RP_PATH, recipe("web"));
    ObjectNode stale = tree(recipe("web"));
    ((ObjectNode) stale.get("metadata")).put("resourceVersion", "1");

    assertEquals(201, created.status(), created.json().toString());
    assertEquals("ResourcePolicy", created.text("/kind"));
    assertEquals(409, again.status());
    assertEquals("AlreadyExists", again.text("/reason"));
    assertEquals(409, send("PUT", RP_PATH + "/web", stale.toString()).status());
    assertEquals("NotFound", send("GET", RP_PATH + "/absent", null).text("/reason"));
    assertEquals(404, send("DELETE", RP_PATH + "/absent", null).status());
    assertEquals(404, send("POST", RP_PATH.replace("/default/", "/absent/"),
        recipe("web").replace("\"default\"", "\"absent\"")).status());
  }

  @Test
  void theSchedulingGroupIsDiscoverable() {
    Reply discovery = send("GET", "/apis/scheduling.alibabacloud.com/v1alpha1", null);

    assertEquals(200, discovery.status());
    assertEquals("resourcepolicies", discovery.text("/resources/0/name"));
    assertTrue(discovery.json().at("/resources/0/namespaced").asBoolean());
  }

  @Test
  void emptyUnitsAreRequired() {
    assertInvalid(send("POST", RP_PATH, policy("web", "[]", "")), "spec.units", "FieldValueRequired");
  }

  @Test
  void aUnitNeedsAResource() {
    assertInvalid(send("POST", RP_PATH, policy("web", "[{\"nodeSelector\":{\"a\":\"b\"}}]", "")),
        "spec.units[0].resource", "FieldValueRequired");
  }

  @Test
  void anUnknownResourceIsNotSupported() {
    Reply reply = send("POST", RP_PATH, policy("web", "[{\"resource\":\"gpu\"}]", ""));

    assertInvalid(reply, "spec.units[0].resource", "FieldValueNotSupported");
    assertTrue(reply.text("/message").contains("supported values: \"ecs\", \"eci\", \"elastic\", \"acs\""));
  }

  @Test
  void anUnknownTryNextPolicyIsNotSupported() {
    assertInvalid(send("POST", RP_PATH, policy("web", "[{\"resource\":\"eci\"}]",
        ",\"whenTryNextUnits\":{\"policy\":\"Whenever\"}")), "spec.whenTryNextUnits.policy", "FieldValueNotSupported");
  }

  @Test
  void bothSpellingsOfLackResourceAndNoTerminatingAreAccepted() {
    assertEquals(201, send("POST", RP_PATH, policy("web", "[{\"resource\":\"eci\"}]",
        ",\"whenTryNextUnits\":{\"policy\":\"LackResourceAndNoTerminating\"}")).status());
    assertEquals(201, send("POST", RP_PATH, policy("api", "[{\"resource\":\"eci\"}]",
        ",\"whenTryNextUnits\":{\"policy\":\"LackResourceAndNoterminating\"}")).status());
  }

  @Test
  void anUnknownPreemptPolicyIsNotSupported() {
    assertInvalid(send("POST", RP_PATH, policy("web", "[{\"resource\":\"eci\"}]", ",\"preemptPolicy\":\"Never\"")),
        "spec.preemptPolicy", "FieldValueNotSupported");
  }

  @Test
  void maxOnTheAutoScalingPoolsUnitIsForbidden() {
    Reply reply = send("POST", RP_PATH, policy("web", "[{\"resource\":\"ecs\",\"max\":3,\"nodeSelector\":"
        + "{\"alibabacloud.com/nodepool-id\":\"" + burstPool + "\"}}]", ""));

    assertInvalid(reply, "spec.units[0].max", "FieldValueForbidden");
    assertTrue(reply.text("/message").contains(burstPool), reply.text("/message"));
    assertEquals(201, send("POST", RP_PATH, policy("web", "[{\"resource\":\"ecs\",\"max\":3,\"nodeSelector\":"
        + "{\"alibabacloud.com/nodepool-id\":\"" + hybridPool + "\"}}]", "")).status());
  }

  @Test
  void aNodeSelectorNamingAnUnknownPoolIsInvalid() {
    Reply reply = send("POST", RP_PATH, policy("web", "[{\"resource\":\"ecs\",\"nodeSelector\":"
        + "{\"alibabacloud.com/nodepool-id\":\"np-nowhere\"}}]", ""));

    assertInvalid(reply, "spec.units[0].nodeSelector[alibabacloud.com/nodepool-id]", "FieldValueInvalid");
    assertTrue(reply.text("/message").contains("np-nowhere"));
  }

  @Test
  void aTimeoutNeedsTimeoutOrExceedMax() {
    assertInvalid(send("POST", RP_PATH, policy("web", "[{\"resource\":\"eci\"}]",
        ",\"whenTryNextUnits\":{\"policy\":\"ExceedMax\",\"timeout\":\"1m\"}")),
        "spec.whenTryNextUnits.timeout", "FieldValueForbidden");
    assertInvalid(send("POST", RP_PATH, policy("web", "[{\"resource\":\"eci\"}]",
        ",\"whenTryNextUnits\":{\"timeout\":\"1m\"}")), "spec.whenTryNextUnits.timeout", "FieldValueForbidden");
  }

  @Test
  void kubeClientSeesAnInvalidPolicyAsAServiceError() {
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(kubeconfig))) {
      ServiceException e = assertThrows(ServiceException.class,
          () -> kube.apply(ResourceKind.RESOURCE_POLICY, tree(policy("web", "[]", ""))));

      assertEquals(422, e.statusCode());
      assertEquals("Invalid", e.errorCode());
    }
  }

  @Test
  void aRegisteredClusterServesNamespacesButNoResourcePolicies() {
    SignedCall.Reply created = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.registered("idc").toString()).call();
    String registered = created.text("cluster_id");
    sim.connectAgent(registered);
    sim.clock().advance(Duration.ofMinutes(1));
    String yaml = SignedCall.ack(sim, "DescribeClusterUserKubeconfig", "GET", "/k8s/" + registered + "/user_config")
        .call().text("config");

    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(yaml))) {
      assertTrue(kube.get(ResourceKind.NAMESPACE, "kube-system").isPresent());
      assertThrows(ResourceNotFoundException.class, () -> kube.list(ResourceKind.RESOURCE_POLICY, "default"));
    }
    Reply post = send(yaml, "POST", RP_PATH, recipe("web"));
    assertEquals(404, post.status());
    assertEquals("the server could not find the requested resource", post.text("/message"));
    assertEquals(404, send(yaml, "GET", "/apis/scheduling.alibabacloud.com/v1alpha1", null).status());
  }

  @Test
  void aTokenWorksOnlyForItsClusterAndUntilItExpires() {
    String temporary = SignedCall.ack(sim, "DescribeClusterUserKubeconfig", "GET", "/k8s/" + cluster.id + "/user_config")
        .query("TemporaryDurationMinutes", "15").call().text("config");
    ElasticCluster other = ElasticCluster.pro(sim);
    assertEquals(200, send(other.kubeconfig(), "GET", "/api/v1/namespaces", null).status());
    String foreign = kubeconfig.replace(cluster.id, other.id);

    assertEquals(401, send(foreign, "GET", "/api/v1/namespaces", null).status());
    assertEquals(200, send(temporary, "GET", "/api/v1/namespaces", null).status());
    sim.clock().advance(Duration.ofMinutes(16));
    assertEquals(401, send(temporary, "GET", "/api/v1/namespaces", null).status());
    assertEquals(200, send("GET", "/api/v1/namespaces", null).status());
  }
}
