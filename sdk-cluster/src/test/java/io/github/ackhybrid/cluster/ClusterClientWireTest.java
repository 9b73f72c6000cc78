package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.model.AddonState;
import io.github.ackhybrid.cluster.model.AgentManifest;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.cluster.model.TaskState;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.cluster.model.UserQuota;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins each operation's method, path, query and body, and the binding of its answer. */
class ClusterClientWireTest {
  private final MockCs cs = new MockCs();

  @AfterEach
  void stop() throws Exception {
    cs.close();
  }

  private static void assertQuery(RecordedRequest r, Map<String, String> expected) {
    HttpUrl url = r.getRequestUrl();
    assertEquals(expected.keySet(), url.queryParameterNames(), "query names of " + url);
    expected.forEach((name, value) -> assertEquals(value, url.queryParameter(name), "query " + name));
  }

  private static void assertJsonCall(RecordedRequest r, String action, String method, String path) {
    assertEquals(method, r.getMethod());
    assertEquals(path, r.getRequestUrl().encodedPath());
    assertEquals(action, r.getHeader("x-acs-action"));
    assertEquals("2015-12-15", r.getHeader("x-acs-version"));
  }

  @Test
  void registerClusterSendsOnlyWhatIsSetAndReadsTheReceipt() {
    cs.ok("{\"cluster_id\":\"c-reg\",\"request_id\":\"BODY-REQ\",\"task_id\":\"T-1\",\"unknown\":true}");

    ClusterCreation created = cs.client.registerCluster(r -> r.name("idc-shanghai"));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "CreateCluster", "POST", "/clusters");
    assertEquals("application/json; charset=utf-8", r.getHeader("Content-Type"));
    assertEquals("{\"name\":\"idc-shanghai\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\","
        + "\"tags\":[{\"key\":\"ackhybrid.io/create-token\",\"value\":\"TOKEN\"}]}", MockCs.createBody(r));
    assertEquals("c-reg", created.id());
    assertEquals("T-1", created.taskId().orElseThrow());
    assertEquals("REQ-1", created.responseMetadata().requestId().orElseThrow(), "the header wins over the body");
  }

  @Test
  void registerClusterWritesEveryFieldWithTheWireNames() {
    cs.server.enqueue(new okhttp3.mockwebserver.MockResponse()
        .setBody("{\"cluster_id\":\"c-reg\",\"request_id\":\"BODY-REQ\",\"task_id\":\"\"}"));

    ClusterCreation created = cs.client.registerCluster(RegisterClusterRequest.builder()
        .name("idc-1").regionId("cn-beijing").vpcId("vpc-2ze").addVSwitchIds("vsw-a", "vsw-b")
        .podCidr("10.0.0.0/8").serviceCidr("172.16.1.0/20").securityGroupId("sg-1")
        .enterpriseSecurityGroup(false).endpointPublicAccess(true).resourceGroupId("rg-1")
        .deletionProtection(true).tag("env", "prod").build());

    assertEquals("{\"name\":\"idc-1\",\"region_id\":\"cn-beijing\",\"cluster_type\":\"ExternalKubernetes\","
        + "\"vpcid\":\"vpc-2ze\",\"vswitch_ids\":[\"vsw-a\",\"vsw-b\"],\"container_cidr\":\"10.0.0.0/8\","
        + "\"service_cidr\":\"172.16.1.0/20\",\"security_group_id\":\"sg-1\",\"is_enterprise_security_group\":false,"
        + "\"endpoint_public_access\":true,\"resource_group_id\":\"rg-1\",\"deletion_protection\":true,"
        + "\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"ackhybrid.io/create-token\",\"value\":\"TOKEN\"}]}", MockCs.createBody(cs.take()));
    assertTrue(created.taskId().isEmpty(), "an empty task_id means no task");
    assertEquals("BODY-REQ", created.responseMetadata().requestId().orElseThrow(), "without a header, the body's request_id");
  }

  @Test
  void createProClusterSendsTheProSpecAndAddonConfigAsJsonText() {
    cs.ok("{\"cluster_id\":\"c-pro\",\"request_id\":\"R\",\"task_id\":\"T-pro\"}");

    ClusterCreation created = cs.client.createProCluster(p -> p.name("pro-hybrid-01").hybridReady(true)
        .kubernetesVersion("1.33.1-aliyun.1").vpcId("vpc-bp1").addVSwitchIds("vsw-bp1", "vsw-bp2")
        .serviceCidr("172.21.0.0/20").deletionProtection(true).timezone(ZoneId.of("Asia/Shanghai"))
        .addAddons(AddonInstallation.terwayEniip(),
            AddonInstallation.builder().name("logtail-ds").putConfig("IngressDashboardEnabled", "false").build()));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "CreateCluster", "POST", "/clusters");
    assertEquals("{\"name\":\"pro-hybrid-01\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ManagedKubernetes\","
        + "\"profile\":\"Default\",\"cluster_spec\":\"ack.pro.small\",\"kubernetes_version\":\"1.33.1-aliyun.1\","
        + "\"vpcid\":\"vpc-bp1\",\"vswitch_ids\":[\"vsw-bp1\",\"vsw-bp2\"],\"service_cidr\":\"172.21.0.0/20\","
        + "\"deletion_protection\":true,\"timezone\":\"Asia/Shanghai\",\"addons\":[{\"name\":\"terway-eniip\"},"
        + "{\"name\":\"logtail-ds\",\"config\":\"{\\\"IngressDashboardEnabled\\\":\\\"false\\\"}\"}],"
        + "\"tags\":[{\"key\":\"ackhybrid.io/create-token\",\"value\":\"TOKEN\"}]}", MockCs.createBody(r));
    assertEquals("c-pro", created.id());
    assertEquals("T-pro", created.taskId().orElseThrow());
  }

  @Test
  void createIsNotRetriedAfterA503ButLookedUpByItsToken() {
    cs.error(503, "ServiceUnavailable").ok("{\"clusters\":[{\"cluster_id\":\"c-other\",\"name\":\"idc-1\"}]}");

    OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
        () -> cs.client.registerCluster(r -> r.name("idc-1")));

    assertEquals(503, ((ServiceException) e.getCause()).statusCode());
    assertEquals("CreateCluster", e.operation());
    assertEquals("CreateCluster", cs.take().getHeader("x-acs-action"), "a create that may have acted is sent once");
    RecordedRequest lookup = cs.take();
    assertEquals("DescribeClustersV1", lookup.getHeader("x-acs-action"));
    assertEquals("idc-1", lookup.getRequestUrl().queryParameter("name"));
    assertTrue(e.getMessage().contains("ackhybrid.io/create-token="), "a cluster of the same name without the token is not ours");
  }

  @Test
  void aRetriedDeleteThatFindsTheClusterGoneSucceeds() {
    cs.server.enqueue(new okhttp3.mockwebserver.MockResponse()
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST));
    cs.error(404, "ErrorClusterNotFound");

    ClusterChange change = cs.client.deleteCluster("c-gone");

    assertEquals("c-gone", change.clusterId());
    assertTrue(change.taskId().isEmpty());
    assertEquals(2, cs.server.getRequestCount(), "the first attempt deleted it; its answer was lost");
  }

  @Test
  void aDeleteThatFindsNothingOnItsFirstAttemptFails() {
    cs.error(404, "ErrorClusterNotFound");

    assertThrows(ResourceNotFoundException.class, () -> cs.client.deleteCluster("c-never"));
  }

  @Test
  void describeClusterReadsJsonInsideStringsAndLenientScalars() {
    cs.error(503, "ServiceUnavailable").ok("{\"cluster_id\":\"c82e6987e2961451182edacd74faf****\",\"name\":\"idc-prod\","
        + "\"cluster_type\":\"ExternalKubernetes\",\"region_id\":\"cn-beijing\",\"state\":\"running\",\"size\":\"5\","
        + "\"current_version\":\"1.28.3\",\"vpc_id\":\"vpc-2zecuu62b9zw7a7qn****\","
        + "\"vswitch_ids\":[\"vsw-2zete8s4qocqg0mf6****\"],"
        + "\"master_url\":\"{\\\"api_server_endpoint\\\":\\\"\\\",\\\"intranet_api_server_endpoint\\\":\\\"https://192.168.0.251:6443\\\"}\","
        + "\"meta_data\":\"{\\\"Addons\\\":[{\\\"name\\\":\\\"terway-eniip\\\"}],\\\"ExtraCertSAN\\\":null}\","
        + "\"deletion_protection\":\"true\",\"tags\":[{\"key\":\"env\",\"value\":\"prod\"}],"
        + "\"created\":\"2019-11-25T15:50:20+08:00\",\"updated\":\"2020-01-13T23:01:03+08:00\",\"cluster_spec\":\"\","
        + "\"brand_new_field\":{\"x\":1}}");

    Cluster c = cs.client.describeCluster("c82e6987e2961451182edacd74faf****");

    RecordedRequest first = cs.take();
    assertJsonCall(first, "DescribeClusterDetail", "GET", "/clusters/c82e6987e2961451182edacd74faf%2A%2A%2A%2A");
    assertEquals(2, cs.server.getRequestCount(), "a read is retried after a 503");
    assertEquals(ClusterType.EXTERNAL_KUBERNETES, c.type());
    assertEquals(ClusterState.RUNNING, c.state());
    assertEquals(5, c.size().orElseThrow());
    assertTrue(c.deletionProtection());
    assertTrue(c.spec().isEmpty(), "a blank cluster_spec is absent");
    assertEquals("https://192.168.0.251:6443", c.apiServerEndpoints().orElseThrow().intranetEndpoint().orElseThrow());
    assertTrue(c.apiServerEndpoints().orElseThrow().publicEndpoint().isEmpty());
    assertEquals(List.of(Map.of("name", "terway-eniip")), c.metaData().get("Addons"));
    assertFalse(c.metaData().containsKey("ExtraCertSAN"));
    assertEquals(Instant.parse("2019-11-25T07:50:20Z"), c.created().orElseThrow());
    assertEquals("env", c.tags().get(0).key());
  }

  @Test
  void unknownClusterIsResourceNotFoundWithTheRequestId() {
    cs.error(404, "ErrorClusterNotFound");

    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> cs.client.describeCluster("c-gone"));

    assertEquals("ErrorClusterNotFound", e.errorCode());
    assertEquals("REQ-1", e.requestId().orElseThrow());
    assertEquals("DescribeClusterDetail", e.operation());
  }

  @Test
  void modifyClusterSendsClusterNameNotName() {
    cs.ok("{\"cluster_id\":\"c1\",\"request_id\":\"R\",\"task_id\":\"T-mod\"}");

    ClusterChange change = cs.client.modifyCluster("c1", m -> m.name("renamed").deletionProtection(false));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "ModifyCluster", "PUT", "/api/v2/clusters/c1");
    assertEquals("{\"cluster_name\":\"renamed\",\"deletion_protection\":false}", MockCs.body(r));
    assertEquals("T-mod", change.taskId().orElseThrow());
  }

  @Test
  void deleteClusterPutsRetainedResourcesInTheQueryAsJsonArrayText() {
    cs.server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(202).setHeader("x-acs-request-id", "DEL-REQ"));

    ClusterChange change = cs.client.deleteCluster("c1", d -> d.keepSlb(true).retainAllResources(false)
        .addRetainResources("sg-2ze6ess9kho6fdn9****", "vpc-1"));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "DeleteCluster", "DELETE", "/clusters/c1");
    assertQuery(r, Map.of("keep_slb", "true", "retain_all_resources", "false",
        "retain_resources", "[\"sg-2ze6ess9kho6fdn9****\",\"vpc-1\"]"));
    assertEquals(0, r.getBodySize());
    assertEquals("c1", change.clusterId(), "DeleteCluster may answer without a body");
    assertTrue(change.taskId().isEmpty());
    assertEquals("DEL-REQ", change.responseMetadata().requestId().orElseThrow());
  }

  @Test
  void deleteClusterWithoutOptionsSendsNoQueryAndReadsATaskWhenGiven() {
    cs.ok("{\"cluster_id\":\"c1\",\"request_id\":\"R\",\"task_id\":\"T-del\"}");

    ClusterChange change = cs.client.deleteCluster("c1");

    assertQuery(cs.take(), Map.of());
    assertEquals("T-del", change.taskId().orElseThrow());
  }

  @Test
  void deletionProtectionRefusalIsAConflict() {
    cs.error(400, "ErrorDeletionProtection");

    assertThrows(ConflictException.class, () -> cs.client.deleteCluster("c1"));
  }

  @Test
  void agentManifestUsesPascalCaseQueryNames() {
    cs.ok("{\"config\":\"apiVersion: v1\\nkind: Secret\\ndata:\\n  access-key-secret: c2VjcmV0\\n\"}");

    AgentManifest manifest = cs.client.agentManifest("c106f377e16f34eb1808d6b9362c9",
        a -> a.privateNetwork(true).mode(AgentMode.RESTRICTED));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "DescribeExternalAgent", "GET", "/k8s/c106f377e16f34eb1808d6b9362c9/external/agent/deployment");
    assertQuery(r, Map.of("PrivateIpAddress", "true", "AgentMode", "restricted"));
    assertTrue(manifest.yaml().startsWith("apiVersion: v1\nkind: Secret"));
  }

  @Test
  void agentManifestWithDefaultsSendsNoQuery() {
    cs.ok("{\"config\":\"apiVersion: v1\\n\"}");

    cs.client.agentManifest("c1");

    assertQuery(cs.take(), Map.of());
  }

  @Test
  void userKubeconfigSendsTheValidityInMinutesAndReadsTheExpiry() {
    cs.ok("{\"config\":\"apiVersion: v1\\nkind: Config\\n\",\"expiration\":\"2024-03-10T09:56:17Z\"}");

    UserKubeconfig kubeconfig = cs.client.userKubeconfig("c1", k -> k.privateNetwork(false).validity(Duration.ofHours(1)));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "DescribeClusterUserKubeconfig", "GET", "/k8s/c1/user_config");
    assertQuery(r, Map.of("PrivateIpAddress", "false", "TemporaryDurationMinutes", "60"));
    assertEquals(Instant.parse("2024-03-10T09:56:17Z"), kubeconfig.expiration().orElseThrow());
    assertTrue(kubeconfig.yaml().contains("kind: Config"));
  }

  @Test
  void describeTaskReadsStateErrorAndResults() {
    cs.ok("{\"cluster_id\":\"c78592bfe92244365b3c3ad47f1de****\",\"task_id\":\"T-5faa48fb31b6b8078d000006\","
        + "\"created\":\"2020-11-10T16:02:04+08:00\",\"updated\":\"2020-11-10T16:03:06+08:00\",\"state\":\"failed\","
        + "\"task_type\":\"cluster_scaleout\",\"current_stage\":\"DrainNodes\","
        + "\"error\":{\"code\":400,\"message\":\"InvalidVSwitchId.IpNotEnough\"},"
        + "\"events\":[{\"timestamp\":\"1669706229286\"}],\"task_result\":[{\"data\":\"i-xxx\",\"status\":\"success\"}]}");

    ClusterTask task = cs.client.describeTask("T-5faa48fb31b6b8078d000006");

    RecordedRequest r = cs.take();
    assertJsonCall(r, "DescribeTaskInfo", "GET", "/tasks/T-5faa48fb31b6b8078d000006");
    assertEquals(TaskState.FAILED, task.state());
    assertEquals("400", task.errorCode().orElseThrow(), "a numeric code reads as text");
    assertEquals("InvalidVSwitchId.IpNotEnough", task.errorMessage().orElseThrow());
    assertEquals("cluster_scaleout", task.type().orElseThrow());
    assertEquals("i-xxx", task.results().get(0).data().orElseThrow());
    assertEquals(Instant.parse("2020-11-10T08:03:06Z"), task.updated().orElseThrow());
    assertEquals("REQ-1", task.responseMetadata().requestId().orElseThrow());
  }

  @Test
  void installAddonsSendsAJsonArrayWithConfigAsText() {
    cs.ok("{\"cluster_id\":\"c1\",\"request_id\":\"R\",\"task_id\":\"T-addons\"}");

    ClusterChange change = cs.client.installAddons("c1", List.of(
        AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true),
        AddonInstallation.terwayHybrid(),
        AddonInstallation.builder().name("node-local-dns").version("1.5.0").build()));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "InstallClusterAddons", "POST", "/clusters/c1/components/install");
    assertEquals("[{\"name\":\"terway-hybrid-controlplane\",\"config\":"
        + "\"{\\\"HybridPodCIDR\\\":\\\"10.100.0.0/16\\\",\\\"NodeCIDRMaskSize\\\":24,\\\"EnableSNAT\\\":true}\"},"
        + "{\"name\":\"terway-hybrid\"},{\"name\":\"node-local-dns\",\"version\":\"1.5.0\"}]", MockCs.body(r));
    assertEquals("T-addons", change.taskId().orElseThrow());
  }

  @Test
  void installedAddonsReadsNamesVersionsAndStates() {
    cs.ok("{\"addons\":[{\"name\":\"terway-hybrid\",\"version\":\"v1.0.0\",\"state\":\"active\"},"
        + "{\"name\":\"coredns\",\"version\":\"v1.9.3.10-7dfca203-aliyun\",\"state\":\"reconciling\"}]}");

    List<InstalledAddon> addons = cs.client.installedAddons("c1");

    assertJsonCall(cs.take(), "ListClusterAddonInstances", "GET", "/clusters/c1/addon_instances");
    assertEquals(2, addons.size());
    assertEquals(AddonState.ACTIVE, addons.get(0).state());
    assertEquals(AddonState.UNKNOWN, addons.get(1).state());
    assertEquals("reconciling", addons.get(1).stateAsString());
  }

  @Test
  void kubernetesVersionsSendsTheFiltersAndReadsTheArray() {
    cs.ok("[{\"version\":\"1.33.1-aliyun.1\",\"creatable\":true,\"release_date\":\"2025-06-20T00:00:00Z\","
        + "\"runtimes\":[{\"name\":\"containerd\",\"version\":\"1.6.38\"}],\"capabilities\":{\"AnyAZ\":true},"
        + "\"meta_data\":{\"KubernetesVersion\":\"1.33.1\"},\"upgradable_versions\":[]},"
        + "{\"version\":\"1.32.7-aliyun.1\",\"creatable\":\"true\"}]");

    List<KubernetesVersion> versions = cs.client.kubernetesVersions(v -> v.creatableOnly(true).runtime("containerd"));

    RecordedRequest r = cs.take();
    assertJsonCall(r, "DescribeKubernetesVersionMetadata", "GET", "/api/v1/metadata/versions");
    assertQuery(r, Map.of("ClusterType", "ManagedKubernetes", "Mode", "creatable", "runtime", "containerd",
        "Region", "cn-hangzhou"));
    assertEquals(2, versions.size());
    assertTrue(versions.get(0).isAtLeast(1, 33));
    assertFalse(versions.get(1).isAtLeast(1, 33));
    assertTrue(versions.get(1).creatable());
    assertEquals("containerd", versions.get(0).runtimes().get(0).name());
    assertEquals(true, versions.get(0).capabilities().get("AnyAZ"));
  }

  @Test
  void userQuotaReadsTheLimits() {
    cs.ok("{\"cluster_quota\":50,\"amk_cluster_quota\":\"20\",\"cluster_nodepool_quota\":20,\"node_quota\":100,"
        + "\"quotas\":{\"cluster\":{\"quota\":\"50\",\"operation_code\":\"q_Kubernetes_Cluster\",\"adjustable\":true,"
        + "\"unit\":\"Cluster\"}}}");

    UserQuota quota = cs.client.userQuota();

    RecordedRequest r = cs.take();
    assertJsonCall(r, "DescribeUserQuota", "GET", "/quota");
    assertQuery(r, Map.of());
    assertEquals(50, quota.clusterQuota().orElseThrow());
    assertEquals(20, quota.managedClusterQuota().orElseThrow());
    assertTrue(quota.serverlessClusterQuota().isEmpty());
    assertEquals("q_Kubernetes_Cluster", quota.quotas().get("cluster").operationCode().orElseThrow());
    assertEquals(Set.of("cluster"), quota.quotas().keySet());
  }
}
