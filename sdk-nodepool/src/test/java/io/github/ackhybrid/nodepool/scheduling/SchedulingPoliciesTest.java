package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kubernetes requests of {@link SchedulingPolicies}, against MockWebServer standing in for the API server. */
class SchedulingPoliciesTest {
  private static final String COLLECTION = "/apis/scheduling.alibabacloud.com/v1alpha1/namespaces/prod/resourcepolicies";

  private MockWebServer server;
  private Kubeconfig kubeconfig;
  private final SchedulingPolicies policies = SchedulingPolicies.create();

  @BeforeEach
  void start() throws Exception {
    server = Loopback.start();
    kubeconfig = Kubeconfig.parse(Loopback.kubeconfigYaml(server));
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static PriorityScheduling recipe() {
    return PriorityScheduling.hybridFirst("web", "prod", Map.of("app", "web"), "np-idc-0001", "np-ecs-burst-0001");
  }

  private static ObjectNode stored(PriorityScheduling policy, String resourceVersion) {
    ObjectNode object = policy.toResource();
    object.withObject("/metadata").put("resourceVersion", resourceVersion).put("uid", "uid-" + resourceVersion);
    return object;
  }

  private static MockResponse response(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("Audit-Id", "audit-1").setBody(body);
  }

  private static MockResponse notFound(String name) {
    return response(404, """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
         "message":"resourcepolicies.scheduling.alibabacloud.com \\"%s\\" not found","reason":"NotFound",
         "details":{"name":"%s","group":"scheduling.alibabacloud.com","kind":"resourcepolicies"},"code":404}"""
        .formatted(name, name));
  }

  @Test
  void applySendsTheRenderedPolicyByServerSideApply() throws Exception {
    server.enqueue(response(200, stored(recipe(), "7").toString()));

    StoredResourcePolicy result = policies.apply(kubeconfig, recipe());

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("PATCH", request.getMethod());
    assertEquals(COLLECTION + "/web?fieldManager=ackhybrid-sdk&force=true", request.getPath());
    assertEquals("application/apply-patch+yaml", request.getHeader("Content-Type"));
    assertTree(recipe().toResource(), Trees.json(request.getBody().readUtf8()));
    assertEquals("web", result.name());
    assertEquals("prod", result.namespace());
    assertEquals(Optional.of("7"), result.resourceVersion());
    assertEquals(Optional.of("uid-7"), result.uid());
    assertTrue(result.managedBySdk());
    assertEquals(recipe().toResource(), result.policy().orElseThrow().toResource());
    assertEquals("StoredResourcePolicy{prod/web, resourceVersion=7, managedBySdk=true}", result.toString());
  }

  @Test
  void anInvalidPolicyIsRefusedBeforeAnythingIsSent() {
    PriorityScheduling noUnits = PriorityScheduling.create("web", "prod").addSelectorLabel("app", "web");

    assertEquals("priorityScheduling.units",
        assertThrows(ValidationException.class, () -> policies.apply(kubeconfig, noUnits)).field());
    assertEquals("policy", assertThrows(ValidationException.class, () -> policies.apply(kubeconfig, null)).field());
    assertEquals("namespace", assertThrows(ValidationException.class, () -> policies.list(kubeconfig, "Prod")).field());
    assertEquals("name", assertThrows(ValidationException.class, () -> policies.remove(kubeconfig, "prod", "a/b")).field());
    assertEquals("name", assertThrows(ValidationException.class, () -> policies.get(kubeconfig, "prod", "")).field());
    assertEquals("kubeconfig",
        assertThrows(ValidationException.class, () -> policies.list((Kubeconfig) null, "prod")).field());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listReturnsEveryPolicyOfTheNamespaceAndReadsThoseItCan() throws Exception {
    ObjectNode foreign = Trees.json("""
        {"apiVersion":"scheduling.alibabacloud.com/v1alpha1","kind":"ResourcePolicy",
         "metadata":{"name":"spark","namespace":"prod","resourceVersion":"3"},
         "spec":{"selector":{"app":"spark"},"strategy":"prefer",
           "units":[{"resource":"ecs","maxResources":{"cpu":"16"},"nodeSelector":{"pool":"a"}},{"resource":"eci"}]}}""");
    ObjectNode list = Trees.json("{\"apiVersion\":\"scheduling.alibabacloud.com/v1alpha1\",\"kind\":\"ResourcePolicyList\"}");
    list.putArray("items").add(stored(recipe(), "7")).add(foreign);
    server.enqueue(response(200, list.toString()));

    List<StoredResourcePolicy> found = policies.list(kubeconfig, "prod");

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("GET", request.getMethod());
    assertEquals(COLLECTION, request.getPath());
    assertEquals(2, found.size());
    assertTrue(found.get(0).managedBySdk());
    assertEquals(recipe().toResource(), found.get(0).policy().orElseThrow().toResource());
    assertFalse(found.get(1).managedBySdk());
    assertEquals(Optional.empty(), found.get(1).policy());
    assertEquals(foreign, found.get(1).toJson());
  }

  @Test
  void getReadsOnePolicyOrNothing() throws Exception {
    server.enqueue(response(200, stored(recipe(), "9").toString()));
    server.enqueue(notFound("api"));

    Optional<StoredResourcePolicy> web = policies.get(kubeconfig, "prod", "web");
    Optional<StoredResourcePolicy> api = policies.get(kubeconfig, "prod", "api");

    assertEquals(COLLECTION + "/web", server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertEquals(COLLECTION + "/api", server.takeRequest(30, TimeUnit.SECONDS).getPath());
    assertEquals(Optional.of("9"), web.orElseThrow().resourceVersion());
    assertEquals(Optional.empty(), api);
  }

  @Test
  void removeDeletesByNameAndToleratesAMissingPolicy() throws Exception {
    server.enqueue(response(200, "{\"kind\":\"Status\",\"status\":\"Success\"}"));
    server.enqueue(notFound("web"));

    assertTrue(policies.remove(kubeconfig, "prod", "web"));
    assertFalse(policies.remove(kubeconfig, "prod", "web"));

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("DELETE", request.getMethod());
    assertEquals(COLLECTION + "/web", request.getPath());
  }

  @Test
  void aClusterThatDoesNotServeResourcePolicySaysWhatToCheck() {
    server.enqueue(response(404, """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
         "message":"the server could not find the requested resource","reason":"NotFound","code":404}"""));

    ResourceNotFoundException e =
        assertThrows(ResourceNotFoundException.class, () -> policies.apply(kubeconfig, recipe()));

    assertEquals("NotFound", e.errorCode());
    assertEquals(Optional.of("audit-1"), e.requestId());
    assertTrue(e.getMessage().contains("the server could not find the requested resource (ResourcePolicy is served "
        + "by the scheduler of ACK managed Pro clusters as scheduling.alibabacloud.com/v1alpha1"), e.getMessage());
  }

  @Test
  void aRefusalByTheApiServerArrivesAsAServiceException() {
    server.enqueue(response(422, """
        {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
         "message":"ResourcePolicy.scheduling.alibabacloud.com \\"web\\" is invalid: spec.units[0].max: Invalid value"}"""));

    ServiceException e = assertThrows(ServiceException.class, () -> policies.apply(kubeconfig, recipe()));

    assertEquals(422, e.statusCode());
    assertEquals("Invalid", e.errorCode());
  }

  @Test
  void anOpenClientIsReusedAndLeftOpen() throws Exception {
    server.enqueue(response(200, stored(recipe(), "1").toString()));
    server.enqueue(response(200, "{\"items\":[]}"));
    server.enqueue(response(200, "{}"));

    try (KubeClient kube = KubeClient.create(kubeconfig)) {
      policies.apply(kube, recipe());
      assertEquals(List.of(), policies.list(kube, "prod"));
      assertTrue(policies.remove(kube, "prod", "web"));
    }

    assertEquals("PATCH", server.takeRequest(30, TimeUnit.SECONDS).getMethod());
    assertEquals("GET", server.takeRequest(30, TimeUnit.SECONDS).getMethod());
    assertEquals("DELETE", server.takeRequest(30, TimeUnit.SECONDS).getMethod());
  }

  @Test
  void theClientOffersTheSameOperations() throws Exception {
    server.enqueue(response(200, stored(recipe(), "2").toString()));

    try (SchedulingClient client = SchedulingClient.create(CloudConfig.builder()
        .region("cn-hangzhou")
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret")))
        .build())) {
      assertEquals(Optional.of("2"), client.policies().apply(kubeconfig, recipe()).resourceVersion());
    }
    assertEquals(COLLECTION + "/web?fieldManager=ackhybrid-sdk&force=true", server.takeRequest(30, TimeUnit.SECONDS).getPath());
  }
}
