package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the Kubernetes side of applying policies (asm-mesh-api.md §6): the ASM calls that find the
 * mesh's version and kubeconfig, then each request to the control plane's API server, in order,
 * with the server-side apply parameters and the rendered resources as bodies.
 */
class MeshPolicyWireTest {
  private static final String MESH_ID = MeshClientWireTest.MESH_ID;
  private static final String DR_V1BETA1 = "/apis/networking.istio.io/v1beta1/namespaces/default/destinationrules/";
  private static final String VS_V1BETA1 = "/apis/networking.istio.io/v1beta1/namespaces/default/virtualservices/";
  private static final String APPLY = "?fieldManager=ackhybrid-sdk&force=true";
  private static final CanaryRelease CANARY =
      CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);

  private AsmServer asm;
  private KubeApiServer kube;
  private MeshClient mesh;

  @BeforeEach
  void start() throws Exception {
    asm = new AsmServer();
    kube = new KubeApiServer();
    mesh = asm.client();
    meshAt("v1.20.1.29-g5b3a2c1-aliyun", KubeApiServer.TOKEN);
  }

  @AfterEach
  void stop() throws Exception {
    mesh.close();
    kube.close();
    asm.close();
  }

  private void meshAt(String istioVersion, String token) {
    meshAt(istioVersion, token, "2099-01-01 00:00:00");
  }

  private void meshAt(String istioVersion, String token, String kubeconfigExpiry) {
    ObjectNode detail = Json.mapper().createObjectNode();
    detail.put("RequestId", "detail-1").putObject("ServiceMesh").putObject("ServiceMeshInfo")
        .put("ServiceMeshId", MESH_ID).put("State", "running").put("Version", istioVersion);
    ObjectNode kubeconfig = Json.mapper().createObjectNode().put("RequestId", "kubeconfig-1")
        .put("Kubeconfig", kube.kubeconfig(token)).put("ExpireTime", kubeconfigExpiry);
    asm.byAction(Map.of("DescribeServiceMeshDetail", detail.toString(),
        "DescribeServiceMeshKubeconfig", kubeconfig.toString()));
  }

  @Test
  void canaryCreatesTheNamespaceThenAppliesDestinationRuleThenVirtualService() throws Exception {
    kube.notFound("default", "namespaces").answer(201, "{\"metadata\":{\"name\":\"default\"}}")
        .stored("reviews-canary", "101").stored("reviews", "102");

    AppliedPolicy applied = mesh.applyPolicy(MESH_ID, CANARY);

    AsmServer.Sent detail = asm.take();
    assertEquals("DescribeServiceMeshDetail", detail.action());
    assertEquals(MESH_ID, detail.form.get("ServiceMeshId"));
    AsmServer.Sent kubeconfig = asm.take();
    assertEquals("DescribeServiceMeshKubeconfig", kubeconfig.action());
    assertEquals(MESH_ID, kubeconfig.query.get("ServiceMeshId"));

    RecordedRequest namespaceGet = kube.take();
    assertEquals("GET", namespaceGet.getMethod());
    assertEquals("/api/v1/namespaces/default", namespaceGet.getPath());
    assertEquals("Bearer " + KubeApiServer.TOKEN, namespaceGet.getHeader("Authorization"));

    RecordedRequest namespaceApply = kube.take();
    assertEquals("PATCH", namespaceApply.getMethod());
    assertEquals("/api/v1/namespaces/default" + APPLY, namespaceApply.getPath());
    assertEquals("application/apply-patch+yaml", namespaceApply.getHeader("Content-Type"));
    assertEquals(Json.mapper().readTree("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"default\"}}"),
        KubeApiServer.body(namespaceApply));

    List<IstioResource> rendered = CANARY.render(IstioApiVersion.V1BETA1);
    RecordedRequest rule = kube.take();
    assertEquals("PATCH", rule.getMethod());
    assertEquals(DR_V1BETA1 + "reviews-canary" + APPLY, rule.getPath());
    assertEquals("application/apply-patch+yaml", rule.getHeader("Content-Type"));
    assertEquals(rendered.get(0).toJson(), KubeApiServer.body(rule));

    RecordedRequest service = kube.take();
    assertEquals("PATCH", service.getMethod());
    assertEquals(VS_V1BETA1 + "reviews" + APPLY, service.getPath());
    assertEquals("application/apply-patch+yaml", service.getHeader("Content-Type"));
    assertEquals(rendered.get(1).toJson(), KubeApiServer.body(service));
    assertEquals(4, kube.requestCount());

    assertEquals(MESH_ID, applied.meshId());
    assertEquals(CANARY, applied.policy());
    assertEquals(IstioApiVersion.V1BETA1, applied.istioApiVersion());
    assertTrue(applied.namespaceCreated());
    assertEquals(List.of(
        AppliedResource.builder().apiVersion("networking.istio.io/v1beta1").kind("DestinationRule")
            .namespace("default").name("reviews-canary").resourceVersion("101").build(),
        AppliedResource.builder().apiVersion("networking.istio.io/v1beta1").kind("VirtualService")
            .namespace("default").name("reviews").resourceVersion("102").build()), applied.resources());
  }

  @Test
  void theKubeconfigIsFetchedOncePerMeshAndAnExistingNamespaceIsLeftAlone() throws Exception {
    kube.answer(200, "{\"metadata\":{\"name\":\"default\"}}").stored("reviews-canary", "1").stored("reviews", "2");
    kube.answer(200, "{\"metadata\":{\"name\":\"default\"}}").stored("reviews-canary", "3").stored("reviews", "4");

    mesh.applyPolicy(MESH_ID, CANARY);
    AppliedPolicy second = mesh.applyPolicy(MESH_ID, CANARY.shift("v2", 40));

    assertEquals(2, asm.requestCount());
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      RecordedRequest r = kube.take();
      paths.add(r.getMethod() + " " + r.getPath());
    }
    assertEquals(List.of(
        "GET /api/v1/namespaces/default",
        "PATCH " + DR_V1BETA1 + "reviews-canary" + APPLY,
        "PATCH " + VS_V1BETA1 + "reviews" + APPLY,
        "GET /api/v1/namespaces/default",
        "PATCH " + DR_V1BETA1 + "reviews-canary" + APPLY,
        "PATCH " + VS_V1BETA1 + "reviews" + APPLY), paths);
    assertEquals(false, second.namespaceCreated());
    assertEquals(Optional.of("4"), second.resources().get(1).resourceVersion());
  }

  @Test
  void anExpiredKubeconfigIsFetchedAgainForTheNextCall() throws Exception {
    meshAt("v1.20.1.29-g5b3a2c1-aliyun", KubeApiServer.TOKEN, "2020-01-01 00:00:00");
    kube.answer(200, "{}").stored("reviews-canary", "1").stored("reviews", "2");
    kube.answer(200, "{}").stored("reviews-canary", "3").stored("reviews", "4");

    mesh.applyPolicy(MESH_ID, CANARY);
    mesh.applyPolicy(MESH_ID, CANARY);

    List<String> actions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      actions.add(asm.take().action());
    }
    assertEquals(List.of("DescribeServiceMeshDetail", "DescribeServiceMeshKubeconfig",
        "DescribeServiceMeshDetail", "DescribeServiceMeshKubeconfig"), actions);
  }

  @Test
  void aMeshOnIstio122OrLaterGetsNetworkingV1() throws Exception {
    meshAt("v1.22.6.66-g1c3f1c0-aliyun", KubeApiServer.TOKEN);
    kube.answer(200, "{}").stored("reviews-canary", "1").stored("reviews", "2");

    AppliedPolicy applied = mesh.applyPolicy(MESH_ID, CANARY);

    kube.take();
    RecordedRequest rule = kube.take();
    assertEquals("/apis/networking.istio.io/v1/namespaces/default/destinationrules/reviews-canary" + APPLY, rule.getPath());
    JsonNode body = KubeApiServer.body(rule);
    assertEquals("networking.istio.io/v1", body.path("apiVersion").asText());
    assertEquals(CANARY.render(IstioApiVersion.V1).get(0).toJson(), body);
    RecordedRequest service = kube.take();
    assertEquals("/apis/networking.istio.io/v1/namespaces/default/virtualservices/reviews" + APPLY, service.getPath());
    assertEquals(IstioApiVersion.V1, applied.istioApiVersion());
  }

  @Test
  void removeDeletesTheVirtualServiceFirstAndCountsMissingAsRemoved() throws Exception {
    kube.notFound("reviews", "virtualservices").answer(200, "{\"kind\":\"Status\",\"status\":\"Success\"}");

    List<IstioResource> removed = mesh.removePolicy(MESH_ID, CANARY);

    RecordedRequest first = kube.take();
    assertEquals("DELETE " + VS_V1BETA1 + "reviews", first.getMethod() + " " + first.getPath());
    RecordedRequest second = kube.take();
    assertEquals("DELETE " + DR_V1BETA1 + "reviews-canary", second.getMethod() + " " + second.getPath());
    assertEquals(List.of(CANARY.render().get(0)), removed);
  }

  @Test
  void listSelectsTheSdksResourcesByLabel() throws Exception {
    ObjectNode rule = CANARY.render().get(0).toJson();
    ((ObjectNode) rule.get("metadata")).put("resourceVersion", "7");
    kube.answer(200, "{\"kind\":\"DestinationRuleList\",\"items\":[" + rule + "]}")
        .answer(200, "{\"kind\":\"VirtualServiceList\",\"items\":[]}");

    List<IstioResource> found = mesh.listPolicies(MESH_ID, "default");

    RecordedRequest rules = kube.take();
    assertEquals("GET", rules.getMethod());
    assertEquals("/apis/networking.istio.io/v1beta1/namespaces/default/destinationrules", rules.getRequestUrl().encodedPath());
    assertEquals("app.kubernetes.io/managed-by=ackhybrid-sdk", rules.getRequestUrl().queryParameter("labelSelector"));
    RecordedRequest services = kube.take();
    assertEquals("/apis/networking.istio.io/v1beta1/namespaces/default/virtualservices", services.getRequestUrl().encodedPath());
    assertEquals("app.kubernetes.io/managed-by=ackhybrid-sdk", services.getRequestUrl().queryParameter("labelSelector"));
    assertEquals(List.of(CANARY.render().get(0)), found);
  }

  @Test
  void anInvalidPolicySendsNothingAtAll() throws Exception {
    CanaryRelease overweight = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 20);

    ValidationException sync = assertThrows(ValidationException.class, () -> mesh.applyPolicy(MESH_ID, overweight));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> mesh.async().applyPolicy(MESH_ID, overweight).get(30, TimeUnit.SECONDS));
    assertThrows(ValidationException.class, () -> mesh.applyPolicy(MESH_ID, null));
    assertThrows(ValidationException.class, () -> mesh.applyPolicy(" ", CANARY));
    assertThrows(ValidationException.class, () -> mesh.listPolicies(MESH_ID, "Not_A_Namespace"));

    assertTrue(sync.getMessage().contains("100"), sync.getMessage());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, asm.requestCount());
    assertEquals(0, kube.requestCount());
  }

  @Test
  void istioRejectionIsATypedErrorNamingThePolicyAndTheResource() throws Exception {
    String message = "admission webhook \"validation.istio.io\" denied the request: "
        + "configuration is invalid: total destination weight 110 != 100";
    kube.answer(200, "{}").stored("reviews-canary", "1")
        .status(422, "Invalid", message, "reviews", "VirtualService");

    ServiceException e = assertThrows(ServiceException.class, () -> mesh.applyPolicy(MESH_ID, CANARY));

    assertEquals(422, e.statusCode());
    assertEquals("Invalid", e.errorCode());
    assertEquals(message, e.errorMessage());
    assertEquals("mesh.applyPolicy canaryRelease default/reviews in mesh " + MESH_ID
        + ": kube.apply VirtualService default/reviews", e.operation());
    assertEquals(Optional.of("audit-2"), e.requestId());
    assertTrue(e.getMessage().contains("total destination weight 110 != 100"), e.getMessage());
  }

  @Test
  void refusedCredentialsAreReplacedOnceWithAFreshKubeconfig() throws Exception {
    kube.status(401, "Unauthorized", "Unauthorized", "", "")
        .answer(200, "{}").stored("reviews-canary", "1").stored("reviews", "2");

    mesh.applyPolicy(MESH_ID, CANARY);

    assertEquals(4, asm.requestCount());
    assertEquals(4, kube.requestCount());

    kube.status(401, "Unauthorized", "Unauthorized", "", "").status(403, "Forbidden", "forbidden", "", "");
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> mesh.applyPolicy(MESH_ID, CANARY));
    assertEquals("Forbidden", e.errorCode());
    assertTrue(e.operation().startsWith("mesh.applyPolicy canaryRelease default/reviews"), e.operation());
    assertEquals(6, asm.requestCount());
    assertFalse(e.getMessage().contains(KubeApiServer.TOKEN));
  }

  @Test
  void anUnknownMeshFailsBeforeAnyKubernetesRequest() throws Exception {
    asm.byAction(Map.of());

    assertThrows(ResourceNotFoundException.class, () -> mesh.applyPolicy(MESH_ID, CANARY));
    assertEquals(0, kube.requestCount());
  }

  @Test
  void failoverLooksForAConflictingNearestAccessRuleBeforeApplying() throws Exception {
    ObjectNode nearest = NearestAccess.forService("reviews", "default").render().get(0).toJson();
    Failover failover = Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai");
    kube.answer(200, "{}").answer(200, "{\"items\":[" + nearest + "]}").stored("reviews-failover", "9");

    AppliedPolicy applied = mesh.applyPolicy(MESH_ID, failover);

    assertEquals("/api/v1/namespaces/default", kube.take().getPath());
    RecordedRequest list = kube.take();
    assertEquals("GET", list.getMethod());
    assertEquals("/apis/networking.istio.io/v1beta1/namespaces/default/destinationrules", list.getRequestUrl().encodedPath());
    assertEquals("app.kubernetes.io/managed-by=ackhybrid-sdk", list.getRequestUrl().queryParameter("labelSelector"));
    RecordedRequest rule = kube.take();
    assertEquals(DR_V1BETA1 + "reviews-failover" + APPLY, rule.getPath());
    assertEquals(failover.render().get(0).toJson(), KubeApiServer.body(rule));
    assertEquals(1, applied.resources().size());
  }

  @Test
  void asyncRunsKubernetesCallsOnTheClientsKubeThreadsAndCompletesOffThem() throws Exception {
    CountDownLatch virtualServiceArrived = new CountDownLatch(1);
    CountDownLatch releaseVirtualService = new CountDownLatch(1);
    List<RecordedRequest> seen = new CopyOnWriteArrayList<>();
    kube.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        seen.add(request);
        if (request.getPath().startsWith(VS_V1BETA1)) {
          virtualServiceArrived.countDown();
          releaseVirtualService.await(30, TimeUnit.SECONDS);
        }
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody("{\"metadata\":{\"resourceVersion\":\"5\"}}");
      }
    });

    CompletableFuture<AppliedPolicy> future = mesh.async().applyPolicy(MESH_ID, CANARY);
    // Attached at once: the last apply cannot be answered before the release below, so the
    // continuation runs on whichever thread completes the future.
    assertFalse(future.isDone());
    CompletableFuture<String> completedOn = future.thenApply(applied -> Thread.currentThread().getName());
    assertTrue(virtualServiceArrived.await(30, TimeUnit.SECONDS));
    // The last apply is now waiting for its answer, so the thread that sent it is inside OkHttp.
    Thread sender = threadInside("ackhybrid-kube-", "okhttp3.");
    assertFalse(future.isDone());
    releaseVirtualService.countDown();

    // Wait on the continuation, not on the future: a thread blocked in future.get() helps run the
    // future's continuations when it wakes, so it could run this one itself and mask the executor.
    String completionThread = completedOn.get(30, TimeUnit.SECONDS);
    assertTrue(completionThread.startsWith("ackhybrid-completion-"), completionThread);
    AppliedPolicy applied = future.get(30, TimeUnit.SECONDS);
    assertTrue(sender.isDaemon());
    assertEquals(2, applied.resources().size());
    List<String> paths = seen.stream().map(RecordedRequest::getPath).toList();
    assertEquals(List.of("/api/v1/namespaces/default", DR_V1BETA1 + "reviews-canary" + APPLY,
        VS_V1BETA1 + "reviews" + APPLY), paths);
    for (int i = 0; i < 2; i++) {
      assertEquals(CANARY.render().get(i).toJson(), KubeApiServer.body(seen.get(i + 1)));
    }
  }

  @Test
  void asyncRemoveAndListMatchTheBlockingCalls() throws Exception {
    kube.answer(200, "{}").answer(200, "{}")
        .answer(200, "{\"items\":[]}").answer(200, "{\"items\":[]}");

    List<IstioResource> removed = mesh.async().removePolicy(MESH_ID, CANARY).get(30, TimeUnit.SECONDS);
    List<IstioResource> listed = mesh.async().listPolicies(MESH_ID, "default").get(30, TimeUnit.SECONDS);

    assertEquals(List.of(CANARY.render().get(1), CANARY.render().get(0)), removed);
    assertEquals(List.of(), listed);
    assertEquals("DELETE", kube.take().getMethod());
    assertEquals("DELETE", kube.take().getMethod());
    assertEquals("GET", kube.take().getMethod());
    assertEquals("GET", kube.take().getMethod());
    assertEquals(2, asm.requestCount());
  }

  @Test
  void asyncReportsIstiosRejectionAsTheTypedException() throws Exception {
    kube.answer(200, "{}").status(422, "Invalid", "denied", "reviews-canary", "DestinationRule");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> mesh.async().applyPolicy(MESH_ID, CANARY).get(30, TimeUnit.SECONDS));

    ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
    assertEquals("Invalid", cause.errorCode());
    assertTrue(cause.operation().endsWith("kube.apply DestinationRule default/reviews-canary"), cause.operation());
  }

  /** Finds the live thread whose name has the prefix and whose stack is inside the package. */
  private static Thread threadInside(String namePrefix, String packagePrefix) {
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      if (e.getKey().getName().startsWith(namePrefix)) {
        for (StackTraceElement frame : e.getValue()) {
          if (frame.getClassName().startsWith(packagePrefix)) {
            return e.getKey();
          }
        }
      }
    }
    throw new AssertionError("no " + namePrefix + "* thread is inside " + packagePrefix);
  }
}
