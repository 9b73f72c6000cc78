package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertTree;
import static io.github.ackhybrid.nodepool.scheduling.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.nodepool.PreflightCheck;
import io.github.ackhybrid.nodepool.PreflightException;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Outcome;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins every request {@link ElasticCapacity#plan} and its async twin send, in order: the ACK calls
 * (reference ack-cs-api §3.2, §3.7, §4.1-§4.4, elastic-scheduling §4.2) and the Kubernetes calls
 * (elastic-scheduling §2.1), with one MockWebServer standing in for both the CS endpoint and the
 * cluster's API server named by the kubeconfig it returns.
 */
class ElasticCapacityWireTest {
  private static final String CLUSTER = "c82e6987e2961451182edacd74faf1234";
  private static final String HYBRID = "np-idc-0001";
  private static final String BURST = "np-ecs-burst-0001";
  private static final String POLICY_PATH =
      "/apis/scheduling.alibabacloud.com/v1alpha1/namespaces/prod/resourcepolicies/hybrid-first";

  private MockWebServer server;
  private ElasticCapacity elastic;

  @BeforeEach
  void start() throws Exception {
    server = Loopback.start();
    elastic = ElasticCapacity.create(Loopback.cloud(server).build());
  }

  @AfterEach
  void stop() throws Exception {
    elastic.close();
    server.shutdown();
  }

  private static ElasticCapacityPlan plan() {
    return ElasticCapacityPlan.builder()
        .clusterId(CLUSTER)
        .hybridPoolId(HYBRID)
        .burstPool(BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge")
            .maxInstances(20).build())
        .addWorkload(ElasticWorkload.of("prod", Map.of("app", "web")))
        .build();
  }

  private static ElasticCapacityPlan registeredPlan() {
    return plan().toBuilder().hybridPoolId(Optional.empty()).build();
  }

  private ElasticCapacityResult run(boolean async, ElasticCapacityPlan plan) throws Exception {
    return async ? elastic.async().plan(plan).get(30, TimeUnit.SECONDS) : elastic.plan(plan);
  }

  private static MockResponse ok(String body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setHeader("x-acs-request-id", "req-ok").setBody(body);
  }

  private static MockResponse kubeNotFound() {
    return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json").setBody("""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
         "message":"resourcepolicies.scheduling.alibabacloud.com hybrid-first not found","reason":"NotFound",
         "details":{"name":"hybrid-first","group":"scheduling.alibabacloud.com","kind":"resourcepolicies"},"code":404}""");
  }

  private static String cluster(String type, String spec, String state, String version) {
    return "{\"cluster_id\":\"" + CLUSTER + "\",\"name\":\"idc\",\"cluster_type\":\"" + type + "\",\"cluster_spec\":\""
        + spec + "\",\"profile\":\"Default\",\"state\":\"" + state + "\",\"current_version\":\"" + version + "\"}";
  }

  private static String proCluster() {
    return cluster("ManagedKubernetes", "ack.pro.small", "running", "1.33.1-aliyun.1");
  }

  private static String hybridPool() {
    return "{\"nodepool_info\":{\"nodepool_id\":\"" + HYBRID + "\",\"name\":\"idc\",\"type\":\"hybrid\"},"
        + "\"status\":{\"state\":\"active\"}}";
  }

  private static String burstPool(String autoScaling) {
    return "{\"nodepool_info\":{\"nodepool_id\":\"" + BURST + "\",\"name\":\"burst\",\"type\":\"ess\"},"
        + "\"status\":{\"state\":\"active\"},\"scaling_group\":{\"vswitch_ids\":[\"vsw-1\"],"
        + "\"instance_types\":[\"ecs.g7.xlarge\"],\"instance_charge_type\":\"PostPaid\"},"
        + "\"auto_scaling\":" + autoScaling + "}";
  }

  private static String pools(String... pools) {
    return "{\"nodepools\":[" + String.join(",", pools) + "]}";
  }

  private String kubeconfig() {
    return json("{}").put("config", Loopback.kubeconfigYaml(server)).put("expiration", "2026-11-23T15:00:00Z")
        .toString();
  }

  private static ObjectNode storedPolicy(String resourceVersion) {
    ObjectNode object = PriorityScheduling.hybridFirst("hybrid-first", "prod", Map.of("app", "web"), HYBRID, BURST)
        .toResource();
    object.withObject("/metadata").put("resourceVersion", resourceVersion);
    return object;
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the server");
    }
    return request;
  }

  private RecordedRequest expect(String method, String path) throws InterruptedException {
    RecordedRequest request = take();
    assertEquals(method + " " + path, request.getMethod() + " " + request.getPath());
    return request;
  }

  /** The Kubernetes calls of one workload whose policy does not exist yet. */
  private void enqueuePolicyCreation() {
    server.enqueue(ok(kubeconfig()));
    server.enqueue(ok("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"prod\"}}"));
    server.enqueue(kubeNotFound());
    server.enqueue(ok(storedPolicy("7").toString()));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aFirstRunCreatesEverythingAndASecondRunWritesNothing(boolean async) throws Exception {
    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool())));
    server.enqueue(ok("{\"cluster_id\":\"" + CLUSTER + "\",\"task_id\":\"T-as\"}")
        .setHeader("x-acs-request-id", "req-as"));
    server.enqueue(ok("{\"nodepool_id\":\"" + BURST + "\",\"request_id\":\"req-np\",\"task_id\":\"T-np\"}"));
    server.enqueue(ok(burstPool("{\"enable\":true,\"min_instances\":0,\"max_instances\":20}")));
    enqueuePolicyCreation();

    ElasticCapacityResult first = run(async, plan());

    expect("GET", "/clusters/" + CLUSTER);
    expect("GET", "/clusters/" + CLUSTER + "/nodepools");
    RecordedRequest autoscaler = expect("POST", "/cluster/" + CLUSTER + "/autoscale/config/");
    assertTree(json("{\"scaler_type\":\"goatscaler\"}"), json(autoscaler.getBody().readUtf8()));
    RecordedRequest create = expect("POST", "/clusters/" + CLUSTER + "/nodepools");
    assertTree(json("""
        {"nodepool_info":{"name":"burst","type":"ess"},
         "scaling_group":{"vswitch_ids":["vsw-1"],"instance_types":["ecs.g7.xlarge"],"instance_charge_type":"PostPaid"},
         "kubernetes_config":{"labels":[],"taints":[]},
         "auto_scaling":{"enable":true,"min_instances":0,"max_instances":20}}"""), json(create.getBody().readUtf8()));
    expect("GET", "/clusters/" + CLUSTER + "/nodepools/" + BURST);
    expect("GET", "/k8s/" + CLUSTER + "/user_config");
    expect("GET", "/api/v1/namespaces/prod");
    expect("GET", POLICY_PATH);
    RecordedRequest apply = expect("PATCH", POLICY_PATH + "?fieldManager=ackhybrid-sdk&force=true");
    assertEquals("application/apply-patch+yaml", apply.getHeader("Content-Type"));
    assertTree(PriorityScheduling.hybridFirst("hybrid-first", "prod", Map.of("app", "web"), HYBRID, BURST).toResource(),
        json(apply.getBody().readUtf8()));

    assertTrue(first.changed());
    assertFalse(first.registeredCluster());
    assertEquals(BURST, first.burstPoolId());
    assertEquals(List.of(Outcome.UPDATED, Outcome.CREATED, Outcome.CREATED),
        first.actions().stream().map(ElasticAction::outcome).toList());
    ElasticAction pool = first.actions(Target.BURST_POOL).get(0);
    assertEquals("req-np", pool.requestId().orElseThrow());
    assertEquals("T-np", pool.taskId().orElseThrow());
    assertEquals("req-as", first.actions(Target.AUTOSCALER).get(0).requestId().orElseThrow());
    assertEquals("prod/hybrid-first", first.actions(Target.RESOURCE_POLICY).get(0).id());
    assertTrue(first.fallbackPlacement().isEmpty());

    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool(), burstPool("{\"enable\":true,\"min_instances\":0,\"max_instances\":20}"))));
    server.enqueue(ok(kubeconfig()));
    server.enqueue(ok("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"prod\"}}"));
    server.enqueue(ok(storedPolicy("7").toString()));

    ElasticCapacityResult second = run(async, plan());

    List<String> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      RecordedRequest r = take();
      calls.add(r.getMethod() + " " + r.getPath());
    }
    assertEquals(List.of("GET /clusters/" + CLUSTER, "GET /clusters/" + CLUSTER + "/nodepools",
        "GET /k8s/" + CLUSTER + "/user_config", "GET /api/v1/namespaces/prod",
        "GET " + POLICY_PATH), calls);
    assertEquals(14, server.getRequestCount());
    assertFalse(second.changed());
    assertTrue(second.actions().stream().allMatch(a -> a.outcome() == Outcome.UNCHANGED), second.actions().toString());
  }

  @Test
  void anExistingPoolAndPolicyAreCorrectedInPlace() throws Exception {
    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool(), burstPool("{\"enable\":false,\"min_instances\":0,\"max_instances\":0}"))));
    server.enqueue(ok("{}"));
    server.enqueue(ok("{\"nodepool_id\":\"" + BURST + "\",\"request_id\":\"req-mod\",\"task_id\":\"T-mod\"}"));
    server.enqueue(ok(kubeconfig()));
    server.enqueue(ok("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"prod\"}}"));
    ObjectNode stale = storedPolicy("3");
    stale.withObject("/spec").put("ignorePreviousPod", true);
    server.enqueue(ok(stale.toString()));
    server.enqueue(ok(storedPolicy("4").toString()));

    ElasticCapacityResult result = elastic.plan(plan());

    expect("GET", "/clusters/" + CLUSTER);
    expect("GET", "/clusters/" + CLUSTER + "/nodepools");
    expect("POST", "/cluster/" + CLUSTER + "/autoscale/config/");
    RecordedRequest modify = expect("PUT", "/clusters/" + CLUSTER + "/nodepools/" + BURST);
    assertTree(json("{\"enable\":true,\"min_instances\":0,\"max_instances\":20}"),
        json(modify.getBody().readUtf8()).get("auto_scaling"));
    expect("GET", "/k8s/" + CLUSTER + "/user_config");
    expect("GET", "/api/v1/namespaces/prod");
    expect("GET", POLICY_PATH);
    expect("PATCH", POLICY_PATH + "?fieldManager=ackhybrid-sdk&force=true");
    assertEquals(List.of(Outcome.UPDATED, Outcome.UPDATED, Outcome.UPDATED),
        result.actions().stream().map(ElasticAction::outcome).toList());
    ElasticAction pool = result.actions(Target.BURST_POOL).get(0);
    assertEquals("T-mod", pool.taskId().orElseThrow());
    assertTrue(pool.detail().contains("off -> on 0..20"), pool.detail());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aCreateWhoseAnswerIsLostIsLookedUpByNameNotRepeated(boolean async) throws Exception {
    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool())));
    server.enqueue(ok("{}"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(ok(pools(burstPool("{\"enable\":true,\"min_instances\":0,\"max_instances\":20}"))));
    server.enqueue(ok(burstPool("{\"enable\":true,\"min_instances\":0,\"max_instances\":20}")));
    enqueuePolicyCreation();

    ElasticCapacityResult result = run(async, plan());

    expect("GET", "/clusters/" + CLUSTER);
    expect("GET", "/clusters/" + CLUSTER + "/nodepools");
    expect("POST", "/cluster/" + CLUSTER + "/autoscale/config/");
    expect("POST", "/clusters/" + CLUSTER + "/nodepools");
    expect("GET", "/clusters/" + CLUSTER + "/nodepools?NodepoolName=burst");
    expect("GET", "/clusters/" + CLUSTER + "/nodepools/" + BURST);
    ElasticAction pool = result.actions(Target.BURST_POOL).get(0);
    assertEquals(Outcome.CREATED, pool.outcome());
    assertEquals(BURST, pool.id());
    assertTrue(pool.detail().contains("found by name"), pool.detail());
    assertEquals(10, server.getRequestCount());
  }

  @Test
  void aCreateRefusedOutrightIsNotLookedUp() {
    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool())));
    server.enqueue(ok("{}"));
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
        .setBody("{\"code\":\"QuotaExceeded.NodePool\",\"message\":\"too many pools\",\"requestId\":\"req-400\"}"));

    ServiceException e = assertThrows(ServiceException.class, () -> elastic.plan(plan()));

    assertEquals("QuotaExceeded.NodePool", e.errorCode());
    assertEquals(4, server.getRequestCount());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aRegisteredClusterGetsTheBurstPoolAndAFallbackPlacement(boolean async) throws Exception {
    server.enqueue(ok(cluster("ExternalKubernetes", "", "running", "v1.30.2")));
    server.enqueue(ok("{\"addons\":[{\"name\":\"cloud-node-controller\",\"version\":\"v2.9.2\",\"state\":\"active\"}]}"));
    server.enqueue(ok(pools()));
    server.enqueue(ok("{}"));
    server.enqueue(ok("{\"nodepool_id\":\"" + BURST + "\",\"request_id\":\"req-np\",\"task_id\":\"T-np\"}"));
    server.enqueue(ok(burstPool("{\"enable\":true,\"min_instances\":0,\"max_instances\":20}")));
    ElasticCapacityPlan plan = registeredPlan();

    ElasticCapacityResult result = run(async, plan);

    expect("GET", "/clusters/" + CLUSTER);
    expect("GET", "/clusters/" + CLUSTER + "/addon_instances");
    expect("GET", "/clusters/" + CLUSTER + "/nodepools");
    expect("POST", "/cluster/" + CLUSTER + "/autoscale/config/");
    expect("POST", "/clusters/" + CLUSTER + "/nodepools");
    expect("GET", "/clusters/" + CLUSTER + "/nodepools/" + BURST);
    assertEquals(6, server.getRequestCount());
    assertTrue(result.registeredCluster());
    assertEquals(HybridPlacement.preferOnPremisesNodes(), result.fallbackPlacement().orElseThrow());
    ElasticAction placement = result.actions(Target.RESOURCE_POLICY).get(0);
    assertEquals(Outcome.FALLBACK_PLACEMENT, placement.outcome());
    assertTrue(placement.detail().contains("not served on registered clusters"), placement.detail());
  }

  @Test
  void aRegisteredClusterMissingPrerequisitesIsRefusedBeforeAnyWrite() {
    server.enqueue(ok(cluster("ExternalKubernetes", "", "waiting", "1.29.1")));
    server.enqueue(ok("{\"addons\":[]}"));
    ElasticCapacityPlan plan = registeredPlan();

    PreflightException e = assertThrows(PreflightException.class, () -> elastic.plan(plan));

    assertEquals(List.of(PreflightCheck.AGENT_CONNECTED, PreflightCheck.CLOUD_NODE_CONTROLLER,
        PreflightCheck.KUBERNETES_VERSION), e.failures().stream().map(f -> f.check()).toList());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aPlanThatDoesNotFitTheClusterIsRefusedBeforeAnyWrite() throws Exception {
    server.enqueue(ok(cluster("ManagedKubernetes", "ack.standard", "running", "1.33.1")));
    assertEquals("elasticCapacityPlan.clusterId",
        assertThrows(ElasticCapacityException.class, () -> elastic.plan(plan())).field());

    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(burstPool("{\"enable\":true}"))));
    ElasticCapacityException missing = assertThrows(ElasticCapacityException.class, () -> elastic.plan(plan()));
    assertEquals("elasticCapacityPlan.hybridPoolId", missing.field());
    assertTrue(missing.getMessage().contains(BURST + " (burst)"), missing.getMessage());

    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool().replace("\"hybrid\"", "\"ess\""))));
    ExecutionException notHybrid = assertThrows(ExecutionException.class,
        () -> elastic.async().plan(plan()).get(30, TimeUnit.SECONDS));
    assertEquals("elasticCapacityPlan.hybridPoolId",
        assertInstanceOf(ElasticCapacityException.class, Futures.unwrap(notHybrid)).field());

    server.enqueue(ok(proCluster()));
    server.enqueue(ok(pools(hybridPool(), burstPool("{\"enable\":false}").replace("\"ess\"", "\"ess\",\"is_default\":true"))));
    assertEquals("elasticCapacityPlan.burstPool.name",
        assertThrows(ElasticCapacityException.class, () -> elastic.plan(plan())).field());

    assertEquals(7, server.getRequestCount());
    for (int i = 0; i < 7; i++) {
      assertEquals("GET", take().getMethod());
    }
  }
}
