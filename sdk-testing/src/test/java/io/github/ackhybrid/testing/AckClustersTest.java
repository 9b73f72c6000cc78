package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated ACK cluster API, driven over HTTP with V3-signed calls and a stopped clock. */
class AckClustersTest {
  private static CloudSimulator sim;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  static ObjectNode registered(String name) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("name", name);
    body.put("region_id", "cn-hangzhou");
    body.put("cluster_type", "ExternalKubernetes");
    return body;
  }

  static ObjectNode pro(String name) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("name", name);
    body.put("region_id", "cn-hangzhou");
    body.put("cluster_type", "ManagedKubernetes");
    body.put("profile", "Default");
    body.put("cluster_spec", "ack.pro.small");
    body.put("kubernetes_version", "1.33.3-aliyun.1");
    body.put("vpcid", "vpc-bp1example");
    body.putArray("vswitch_ids").add("vsw-bp1a").add("vsw-bp1b");
    body.put("service_cidr", "172.21.0.0/20");
    body.put("container_cidr", "10.0.0.0/16");
    body.put("deletion_protection", true);
    body.putArray("addons").addObject().put("name", "terway-eniip");
    return body;
  }

  private static SignedCall.Reply create(JsonNode body) {
    return SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(body.toString()).call();
  }

  private static String createOk(JsonNode body) {
    SignedCall.Reply reply = create(body);
    assertEquals(200, reply.status(), reply.body());
    return reply.text("cluster_id");
  }

  private static SignedCall.Reply describe(String id) {
    return SignedCall.ack(sim, "DescribeClusterDetail", "GET", "/clusters/" + id).call();
  }

  private static String state(String id) {
    return describe(id).text("state");
  }

  private static SignedCall.Reply task(String taskId) {
    return SignedCall.ack(sim, "DescribeTaskInfo", "GET", "/tasks/" + taskId).call();
  }

  private static SignedCall.Reply agent(String id, String privateIp) {
    return SignedCall.ack(sim, "DescribeExternalAgent", "GET", "/k8s/" + id + "/external/agent/deployment")
        .query("PrivateIpAddress", privateIp).call();
  }

  private static SignedCall.Reply modify(String id, String json) {
    return SignedCall.ack(sim, "ModifyCluster", "PUT", "/api/v2/clusters/" + id).json(json).call();
  }

  private static SignedCall.Reply delete(String id) {
    return SignedCall.ack(sim, "DeleteCluster", "DELETE", "/clusters/" + id).call();
  }

  @Test
  void aRegisteredClusterWaitsForItsAgentThenRuns() {
    SignedCall.Reply created = create(registered("idc-shanghai"));
    String id = created.text("cluster_id");

    assertTrue(id.matches("c[0-9a-f]{32}"), id);
    assertTrue(created.text("task_id").startsWith("T-"));
    assertEquals(created.requestIdHeader(), created.text("request_id"));
    assertEquals("initial", state(id));

    sim.clock().advance(Duration.ofSeconds(30));
    assertEquals("waiting", state(id));
    assertEquals("success", task(created.text("task_id")).text("state"));

    sim.connectAgent(id);
    JsonNode detail = describe(id).json();
    assertEquals("running", detail.path("state").asText());
    assertEquals("ExternalKubernetes", detail.path("cluster_type").asText());
    assertFalse(detail.path("current_version").asText().isEmpty());

    sim.disconnectAgent(id);
    assertEquals("disconnected", state(id));
  }

  @Test
  void anAgentConnectingDuringCreationMakesTheClusterRunningAtOnce() {
    String id = createOk(registered("early"));

    sim.connectAgent(id);
    assertEquals("initial", state(id));
    sim.clock().advance(Duration.ofSeconds(30));

    assertEquals("running", state(id));
  }

  @Test
  void theAgentConnectsByItselfAMinuteAfterTheManifestIsFetched() {
    String id = createOk(registered("auto"));
    sim.clock().advance(Duration.ofMinutes(5));
    assertEquals("waiting", state(id), "nobody has fetched the manifest yet");

    assertEquals(200, agent(id, "false").status());
    sim.clock().advance(Duration.ofSeconds(59));
    assertEquals("waiting", state(id));
    sim.clock().advance(Duration.ofSeconds(1));

    assertEquals("running", state(id));
  }

  @Test
  void manualAgentConnectLeavesClustersWaiting() {
    try (CloudSimulator manual = CloudSimulator.builder().speed(0).manualAgentConnect().start()) {
      String id = SignedCall.ack(manual, "CreateCluster", "POST", "/clusters")
          .json(registered("manual").toString()).call().text("cluster_id");
      SignedCall.ack(manual, "DescribeExternalAgent", "GET", "/k8s/" + id + "/external/agent/deployment").call();
      manual.clock().advance(Duration.ofHours(1));

      assertEquals("waiting", manual.cluster(id).orElseThrow().path("state").asText());
    }
  }

  @Test
  void connectAgentRefusesWhatIsNotAWaitingRegisteredCluster() {
    String managed = createOk(pro("pro-1"));

    assertThrows(IllegalStateException.class, () -> sim.connectAgent(managed));
    assertThrows(IllegalStateException.class, () -> sim.connectAgent("c-unknown"));
    assertThrows(IllegalStateException.class, () -> sim.disconnectAgent(managed));
  }

  @Test
  void aManagedProClusterRunsWhenItsCreationTaskSucceeds() throws Exception {
    SignedCall.Reply created = create(pro("pro-hybrid-01"));
    String id = created.text("cluster_id");
    String taskId = created.text("task_id");

    JsonNode running = task(taskId).json();
    assertEquals("running", running.path("state").asText());
    assertEquals("cluster_create", running.path("task_type").asText());
    assertEquals(id, running.path("cluster_id").asText());
    assertEquals("initial", state(id));

    sim.clock().advance(Duration.ofMinutes(9));
    assertEquals("running", task(taskId).text("state"));
    sim.clock().advance(Duration.ofMinutes(1));

    JsonNode done = task(taskId).json();
    assertEquals("success", done.path("state").asText());
    assertEquals("success", done.path("task_result").get(0).path("status").asText());
    OffsetDateTime.parse(done.path("updated").asText());
    JsonNode detail = describe(id).json();
    assertEquals("running", detail.path("state").asText());
    assertEquals("ack.pro.small", detail.path("cluster_spec").asText());
    assertEquals("Default", detail.path("profile").asText());
    assertEquals("vpc-bp1example", detail.path("vpc_id").asText());
    assertEquals("1.33.3-aliyun.1", detail.path("current_version").asText());
    assertEquals("1.34.1-aliyun.1", detail.path("next_version").asText());
    assertEquals(2, detail.path("vswitch_ids").size());
    assertTrue(detail.path("deletion_protection").asBoolean());
    assertTrue(detail.path("maintenance_window").isObject());
    assertTrue(detail.path("master_url").isTextual());
    JsonNode masterUrl = Json.mapper().readTree(detail.path("master_url").asText());
    assertTrue(masterUrl.path("intranet_api_server_endpoint").asText().startsWith("https://192.168."));
    assertTrue(detail.path("meta_data").isTextual());
    JsonNode meta = Json.mapper().readTree(detail.path("meta_data").asText());
    assertEquals("terway-eniip", meta.path("Addons").get(0).path("name").asText());
    assertFalse(detail.has("request_id"));
  }

  @Test
  void theLatestCreatableVersionIsTheDefault() {
    ObjectNode body = pro("pro-default-version");
    body.remove("kubernetes_version");

    String id = createOk(body);

    assertEquals("1.34.1-aliyun.1", describe(id).text("current_version"));
  }

  @ParameterizedTest
  @CsvSource({
      "name, '', MissingParameter",
      "name, -starts-with-hyphen, InvalidParameter",
      "name, has_underscore, InvalidParameter",
      "name, a234567890123456789012345678901234567890123456789012345678901234, InvalidParameter",
      "cluster_spec, ack.pro.large, InvalidParameter",
      "cluster_type, Serverless, InvalidParameter",
      "cluster_type, Kubernetes, InvalidParameter",
      "profile, Cloud, InvalidParameter",
      "kubernetes_version, 1.31.9-aliyun.1, InvalidParameter",
      "kubernetes_version, 1.99.0-aliyun.1, InvalidParameter",
      "vpcid, '', MissingParameter",
      "vpcid, 10.0.0.0, InvalidParameter",
      "service_cidr, 172.21.0.0/40, InvalidParameter",
      "service_cidr, 10.0.128.0/20, InvalidParameter",
      "region_id, '', MissingParameter",
  })
  void validationAnswers400WithARealLookingCode(String field, String value, String code) {
    ObjectNode body = pro("valid-name");
    if (value.isEmpty()) {
      body.remove(field);
    } else {
      body.put(field, value);
    }

    SignedCall.Reply reply = create(body);

    assertEquals(400, reply.status(), reply.body());
    assertEquals(code, reply.text("code"));
    assertTrue(reply.text("message").contains(field), reply.text("message"));
    assertTrue(sim.clusters().isEmpty());
  }

  @Test
  void aProClusterNeedsVSwitchesAndANetworkPlugin() {
    ObjectNode noSwitches = pro("no-vsw");
    noSwitches.putArray("vswitch_ids");
    ObjectNode noPlugin = pro("no-plugin");
    noPlugin.putArray("addons").addObject().put("name", "csi-plugin");
    ObjectNode flannelWithoutPods = pro("flannel");
    flannelWithoutPods.remove("container_cidr");
    flannelWithoutPods.putArray("addons").addObject().put("name", "flannel");

    for (ObjectNode body : List.of(noSwitches, noPlugin, flannelWithoutPods)) {
      SignedCall.Reply reply = create(body);
      assertEquals(400, reply.status(), body.toString());
      assertEquals("InvalidParameter", reply.text("code"));
    }
    assertTrue(create(noSwitches).text("message").contains("vswitch_ids"));
  }

  @Test
  void addonConfigMustBeJsonText() {
    ObjectNode asObject = pro("config-object");
    ObjectNode addon = asObject.putArray("addons").addObject();
    addon.put("name", "terway-eniip");
    addon.putObject("config").put("IPVlan", "false");
    ObjectNode unknown = pro("unknown-addon");
    unknown.withArray("addons").addObject().put("name", "no-such-addon");

    SignedCall.Reply object = create(asObject);
    SignedCall.Reply missing = create(unknown);

    assertEquals(400, object.status());
    assertTrue(object.text("message").contains("config must be a string"), object.text("message"));
    assertEquals(400, missing.status());
    assertTrue(missing.text("message").contains("no-such-addon"));
  }

  @Test
  void namesAreUniquePerRegion() {
    createOk(registered("twin"));

    SignedCall.Reply duplicate = create(registered("twin"));
    ObjectNode elsewhere = registered("twin");
    elsewhere.put("region_id", "cn-shanghai");

    assertEquals(400, duplicate.status());
    assertEquals("ClusterNameAlreadyExist", duplicate.text("code"));
    assertEquals(200, create(elsewhere).status());
  }

  @Test
  void theManagedClusterQuotaIsEnforced() {
    for (int i = 0; i < 20; i++) {
      createOk(pro("pro-" + i));
    }

    SignedCall.Reply over = create(pro("pro-20"));

    assertEquals(400, over.status());
    assertEquals("QuotaExceeded.Cluster", over.text("code"));
    assertEquals(200, create(registered("still-fine")).status());
  }

  @Test
  void listingFiltersAndPages() {
    List<String> idc = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      idc.add(createOk(registered("idc-" + i)));
    }
    createOk(pro("pro-a"));
    ObjectNode shanghai = registered("idc-sh");
    shanghai.put("region_id", "cn-shanghai");
    createOk(shanghai);

    JsonNode firstPage = list("cluster_type", "ExternalKubernetes", "region_id", "cn-hangzhou",
        "page_size", "2", "page_number", "1");
    JsonNode lastPage = list("cluster_type", "ExternalKubernetes", "region_id", "cn-hangzhou",
        "page_size", "2", "page_number", "3");
    JsonNode pro = list("cluster_spec", "ack.pro.small");
    JsonNode byName = list("name", "idc-s");

    assertEquals(2, firstPage.path("clusters").size());
    assertEquals(1, firstPage.path("page_info").path("page_number").asInt());
    assertEquals(2, firstPage.path("page_info").path("page_size").asInt());
    assertEquals(5, firstPage.path("page_info").path("total_count").asInt());
    assertEquals(idc.get(4), firstPage.path("clusters").get(0).path("cluster_id").asText(), "newest first");
    assertEquals(1, lastPage.path("clusters").size());
    assertEquals(idc.get(0), lastPage.path("clusters").get(0).path("cluster_id").asText());
    assertEquals(1, pro.path("page_info").path("total_count").asInt());
    assertEquals("pro-a", pro.path("clusters").get(0).path("name").asText());
    assertEquals(1, byName.path("page_info").path("total_count").asInt());
    assertEquals(10, list().path("page_info").path("page_size").asInt());
    assertEquals(7, list().path("page_info").path("total_count").asInt());
  }

  @Test
  void listingRejectsBadPaging() {
    SignedCall.Reply reply = SignedCall.ack(sim, "DescribeClustersV1", "GET", "/api/v1/clusters")
        .query("page_size", "500").call();

    assertEquals(400, reply.status());
    assertEquals("InvalidParameter", reply.text("code"));
  }

  private static JsonNode list(String... query) {
    SignedCall call = SignedCall.ack(sim, "DescribeClustersV1", "GET", "/api/v1/clusters");
    for (int i = 0; i < query.length; i += 2) {
      call.query(query[i], query[i + 1]);
    }
    SignedCall.Reply reply = call.call();
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void deletionProtectionRefusesTheDeleteUntilModifyTurnsItOff() {
    String id = createOk(pro("protected"));
    sim.clock().advance(Duration.ofMinutes(10));

    SignedCall.Reply refused = delete(id);
    assertEquals(400, refused.status());
    assertEquals("ErrorDeletionProtection", refused.text("code"));
    assertEquals("running", state(id));

    SignedCall.Reply modified = modify(id, "{\"deletion_protection\":false,\"cluster_name\":\"unprotected\"}");
    assertEquals(200, modified.status(), modified.body());
    assertEquals("updating", state(id));
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode detail = describe(id).json();
    assertEquals("running", detail.path("state").asText());
    assertEquals("unprotected", detail.path("name").asText());
    assertFalse(detail.path("deletion_protection").asBoolean());

    SignedCall.Reply deleted = delete(id);
    assertEquals(200, deleted.status(), deleted.body());
    assertEquals(id, deleted.text("cluster_id"));
    assertEquals("deleting", state(id));
    assertEquals(deleted.text("task_id"), delete(id).text("task_id"), "a repeated delete answers the same task");
    sim.clock().advance(Duration.ofMinutes(5));

    SignedCall.Reply gone = describe(id);
    assertEquals(404, gone.status());
    assertEquals("ErrorClusterNotFound", gone.text("code"));
    assertEquals("success", task(deleted.text("task_id")).text("state"));
    assertEquals(404, delete(id).status());
    assertTrue(sim.cluster(id).isEmpty());
  }

  @Test
  void deleteAcceptsTheRetainOptionsAsTheReferenceEncodesThem() {
    String id = createOk(registered("retained"));

    SignedCall.Reply badJson = SignedCall.ack(sim, "DeleteCluster", "DELETE", "/clusters/" + id)
        .query("retain_resources", "sg-1,sg-2").call();
    SignedCall.Reply badBool = SignedCall.ack(sim, "DeleteCluster", "DELETE", "/clusters/" + id)
        .query("keep_slb", "yes").call();
    SignedCall.Reply ok = SignedCall.ack(sim, "DeleteCluster", "DELETE", "/clusters/" + id)
        .query("keep_slb", "false").query("retain_all_resources", "false")
        .query("retain_resources", "[\"sg-2ze6ess9kho6fdn9\"]").call();

    assertEquals(400, badJson.status());
    assertTrue(badJson.text("message").contains("retain_resources"));
    assertEquals(400, badBool.status());
    assertEquals(200, ok.status(), ok.body());
    sim.clock().advance(Duration.ofMinutes(1));
    assertEquals(404, describe(id).status());
  }

  @Test
  void aFailedCreationTaskLeavesTheClusterFailed() {
    sim.failNextTask("cluster_create", "QuotaExceeded.Cluster", "The ECS quota is used up.");
    SignedCall.Reply created = create(pro("doomed"));
    String second = createOk(pro("fine"));

    sim.clock().advance(Duration.ofMinutes(10));

    JsonNode failed = task(created.text("task_id")).json();
    assertEquals("failed", failed.path("state").asText());
    assertEquals("QuotaExceeded.Cluster", failed.path("error").path("code").asText());
    assertEquals("The ECS quota is used up.", failed.path("error").path("message").asText());
    assertEquals("failed", state(created.text("cluster_id")));
    assertEquals("running", state(second), "only the next task fails");
  }

  @Test
  void aFailedUpdateLeavesTheClusterUpdatingFailed() {
    String id = createOk(pro("update-fails"));
    sim.clock().advance(Duration.ofMinutes(10));
    sim.failNextTask("cluster_update", "InternalError", "update failed");

    modify(id, "{\"cluster_name\":\"renamed\"}");
    sim.clock().advance(Duration.ofMinutes(1));

    assertEquals("updating_failed", state(id));
  }

  @Test
  void modifyValidatesTheNewNameAndLeavesClustersThatAreNotRunningInTheirState() {
    String id = createOk(registered("modify-me"));

    SignedCall.Reply bad = modify(id, "{\"cluster_name\":\"bad name\"}");
    SignedCall.Reply unknown = modify("c-none", "{}");
    SignedCall.Reply renamed = modify(id, "{\"cluster_name\":\"modified\"}");

    assertEquals(400, bad.status());
    assertTrue(bad.text("message").contains("cluster_name"));
    assertEquals(404, unknown.status());
    assertEquals("ErrorClusterNotFound", unknown.text("code"));
    assertEquals(200, renamed.status());
    JsonNode detail = describe(id).json();
    assertEquals("modified", detail.path("name").asText());
    assertEquals("initial", detail.path("state").asText(), "a cluster that is not running is not put into updating");
  }

  @Test
  void unknownTasksAnswerNotFound() {
    SignedCall.Reply reply = task("T-000000000000000000000000");

    assertEquals(404, reply.status());
    assertEquals("ErrorTaskNotFound", reply.text("code"));
  }

  @Test
  void theAgentManifestIsARealisticMultiDocumentYamlWithPerNetworkTokens() {
    String id = createOk(registered("idc-agent"));

    String publicYaml = agent(id, "false").text("config");
    String privateYaml = agent(id, "true").text("config");
    String restricted = SignedCall.ack(sim, "DescribeExternalAgent", "GET", "/k8s/" + id + "/external/agent/deployment")
        .query("AgentMode", "restricted").call().text("config");

    for (String kind : List.of("Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Secret",
        "ConfigMap", "Deployment")) {
      assertTrue(publicYaml.contains("\nkind: " + kind + "\n") || publicYaml.startsWith("apiVersion: v1\nkind: " + kind),
          kind);
    }
    assertTrue(publicYaml.split("\n---\n").length >= 7);
    assertTrue(publicYaml.contains("cluster-id: " + id));
    assertNotEquals(token(publicYaml), token(privateYaml));
    assertEquals(token(publicYaml), token(agent(id, "false").text("config")), "stable per network");
    assertTrue(privateYaml.contains("-vpc."));
    assertTrue(publicYaml.contains("verbs: [\"*\"]"));
    assertFalse(restricted.contains("verbs: [\"*\"]"));
    assertTrue(restricted.contains("agent-mode: restricted"));
  }

  private static String token(String yaml) {
    for (String line : yaml.split("\n")) {
      if (line.trim().startsWith("token: ")) {
        return line.trim().substring("token: ".length());
      }
    }
    throw new AssertionError("no token in the manifest");
  }

  @Test
  void theAgentManifestIsForRegisteredClustersAndValidatesItsQuery() {
    String managed = createOk(pro("no-agent"));
    String external = createOk(registered("agent-query"));

    SignedCall.Reply forManaged = agent(managed, "false");
    SignedCall.Reply badMode = SignedCall.ack(sim, "DescribeExternalAgent", "GET",
        "/k8s/" + external + "/external/agent/deployment").query("AgentMode", "root").call();
    SignedCall.Reply badBool = agent(external, "maybe");

    assertEquals(400, forManaged.status());
    assertEquals(400, badMode.status());
    assertTrue(badMode.text("message").contains("AgentMode"));
    assertEquals(400, badBool.status());
    assertEquals(404, agent("c-none", "false").status());
  }

  @Test
  void theUserKubeconfigCarriesATokenAndItsExpiration() {
    String id = createOk(pro("kubeconfig"));
    SignedCall kubeconfig = SignedCall.ack(sim, "DescribeClusterUserKubeconfig", "GET", "/k8s/" + id + "/user_config")
        .query("PrivateIpAddress", "true").query("TemporaryDurationMinutes", "60");

    SignedCall.Reply tooEarly = kubeconfig.call();
    sim.clock().advance(Duration.ofMinutes(10));
    Instant now = sim.clock().now();
    SignedCall.Reply reply = kubeconfig.call();
    SignedCall.Reply again = kubeconfig.call();

    assertEquals(400, tooEarly.status());
    assertEquals("ErrorClusterState", tooEarly.text("code"));
    assertEquals(200, reply.status(), reply.body());
    String config = reply.text("config");
    assertTrue(config.contains("kind: Config"));
    assertTrue(config.contains("server: https://127.0.0.1:"), config);
    assertTrue(config.contains("token: "));
    assertNotEquals(config, again.text("config"), "every kubeconfig gets a fresh token");
    Instant expiration = Instant.parse(reply.text("expiration"));
    assertTrue(reply.text("expiration").endsWith("Z"));
    long seconds = Duration.between(now, expiration).toSeconds();
    assertTrue(Math.abs(seconds - Duration.ofMinutes(60).toSeconds()) <= 1, "expires in " + seconds + " s");
    SignedCall.Reply outOfRange = SignedCall.ack(sim, "DescribeClusterUserKubeconfig", "GET",
        "/k8s/" + id + "/user_config").query("TemporaryDurationMinutes", "5").call();
    assertEquals(400, outOfRange.status());
  }

  @Test
  void userQuotaReportsTheDocumentedDefaults() {
    JsonNode quota = SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").call().json();

    assertEquals(50, quota.path("cluster_quota").asInt());
    assertEquals(20, quota.path("amk_cluster_quota").asInt());
    assertEquals(20, quota.path("ask_cluster_quota").asInt());
    assertEquals(20, quota.path("cluster_nodepool_quota").asInt());
    assertEquals(100, quota.path("node_quota").asInt());
    assertTrue(quota.path("edge_improved_nodepool_quota").isObject());
    assertTrue(quota.path("quotas").isObject());
  }

  @Test
  void versionMetadataOffersCreatableVersionsWithTheirDates() {
    SignedCall versions = SignedCall.ack(sim, "DescribeKubernetesVersionMetadata", "GET", "/api/v1/metadata/versions")
        .query("Region", "cn-hangzhou").query("ClusterType", "ManagedKubernetes");

    JsonNode creatable = versions.call().json();
    JsonNode supported = versions.query("Mode", "supported").call().json();
    JsonNode one = SignedCall.ack(sim, "DescribeKubernetesVersionMetadata", "GET", "/api/v1/metadata/versions")
        .query("Region", "cn-hangzhou").query("ClusterType", "ManagedKubernetes")
        .query("KubernetesVersion", "1.33.3-aliyun.1").call().json();
    SignedCall.Reply noRegion = SignedCall.ack(sim, "DescribeKubernetesVersionMetadata", "GET",
        "/api/v1/metadata/versions").query("ClusterType", "ManagedKubernetes").call();

    assertTrue(creatable.isArray());
    List<String> names = new ArrayList<>();
    creatable.forEach(v -> names.add(v.path("version").asText()));
    assertTrue(names.contains("1.33.3-aliyun.1"));
    assertTrue(names.contains("1.34.1-aliyun.1"));
    assertFalse(names.contains("1.31.9-aliyun.1"));
    assertEquals(creatable.size() + 1, supported.size());
    JsonNode v133 = one.get(0);
    assertEquals(1, one.size());
    assertTrue(v133.path("creatable").asBoolean());
    Instant.parse(v133.path("release_date").asText());
    Instant.parse(v133.path("expiration_date").asText());
    assertEquals("1.34.1-aliyun.1", v133.path("upgradable_versions").get(0).asText());
    assertEquals(400, noRegion.status());
    assertEquals("MissingParameter", noRegion.text("code"));
  }
}
