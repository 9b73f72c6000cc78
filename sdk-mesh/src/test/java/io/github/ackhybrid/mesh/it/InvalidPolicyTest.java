package io.github.ackhybrid.mesh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.Failover;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.OutlierDetection;
import io.github.ackhybrid.mesh.TrafficPolicy;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Invalid policies: the SDK refuses them before sending anything, and the simulated control plane
 * refuses the same resources, written by hand and sent raw, as Istio's validation would.
 */
@SimulatedCloud
class InvalidPolicyTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void theSdkRefusesInvalidPoliciesWithoutSendingAnything(CloudSimulator sim) throws Exception {
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      String meshId = runningMesh(mesh);
      sim.resetRequests();

      ValidationException overweight = assertThrows(ValidationException.class, () -> mesh.applyPolicy(meshId,
          CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 20)));
      assertTrue(overweight.getMessage().contains("100"), overweight.getMessage());

      ValidationException noOutlierDetection = assertThrows(ValidationException.class, () -> mesh.applyPolicy(meshId,
          Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai")
              .outlierDetection((OutlierDetection) null)));
      assertTrue(noOutlierDetection.getMessage().contains("outlierDetection"), noOutlierDetection.getMessage());

      TrafficPolicy noSubsets = CanaryRelease.forService("reviews", "default");
      ValidationException empty = assertThrows(ValidationException.class, () -> mesh.applyPolicy(meshId, noSubsets));
      assertTrue(empty.getMessage().startsWith("canaryRelease."), empty.getMessage());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> mesh.async().applyPolicy(meshId, noSubsets).get(30, TimeUnit.SECONDS));
      assertInstanceOf(ValidationException.class, async.getCause());

      assertEquals(List.of(), sim.requests());
      assertEquals(List.of(), sim.istioResources(meshId));
    }
  }

  @Test
  void theSimulatedControlPlaneRefusesTheSameResourcesSentRaw(CloudSimulator sim) {
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      String meshId = runningMesh(mesh);
      try (KubeClient kube = KubeClient.create(Kubeconfig.parse(mesh.kubeconfig(meshId).yaml()))) {
        ObjectNode namespace = Json.mapper().createObjectNode().put("apiVersion", "v1").put("kind", "Namespace");
        namespace.putObject("metadata").put("name", "default");
        kube.apply(ResourceKind.NAMESPACE, namespace);

        CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
        ObjectNode emptySubsets = canary.render().get(0).toJson();
        ((ObjectNode) emptySubsets.get("spec")).putArray("subsets");
        kube.apply(ResourceKind.DESTINATION_RULE_V1BETA1, emptySubsets);
        ObjectNode virtualService = canary.render().get(1).toJson();
        ServiceException unknownSubsets = assertThrows(ServiceException.class,
            () -> kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, virtualService));
        assertInvalid(unknownSubsets, "referenced host+subset in destinationrule not found");

        kube.apply(ResourceKind.DESTINATION_RULE_V1BETA1, canary.render().get(0).toJson());
        ObjectNode overweight = virtualService.deepCopy();
        ((ObjectNode) overweight.at("/spec/http/0/route/1")).put("weight", 20);
        ServiceException weights = assertThrows(ServiceException.class,
            () -> kube.apply(ResourceKind.VIRTUAL_SERVICE_V1BETA1, overweight));
        assertInvalid(weights, "total destination weight 110 != 100");

        ObjectNode failover = Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai")
            .render().get(0).toJson();
        ((ObjectNode) failover.at("/spec/trafficPolicy")).remove("outlierDetection");
        ServiceException noOutlierDetection = assertThrows(ServiceException.class,
            () -> kube.apply(ResourceKind.DESTINATION_RULE_V1BETA1, failover));
        assertInvalid(noOutlierDetection, "outlier detection policy must be provided for failover");
      }
      assertEquals(List.of("DestinationRule"),
          sim.istioResources(meshId).stream().map(r -> r.path("kind").asText()).toList());
    }
  }

  private static String runningMesh(MeshClient mesh) {
    String meshId = mesh.createMesh(c -> c.name("checks").vpcId("vpc-bp1mesh").vSwitch("vsw-bp1mesh")
        .apiServerPublicEip(true)).id();
    mesh.waiters().untilRunning(meshId, WAIT);
    return meshId;
  }

  private static void assertInvalid(ServiceException e, String istioMessage) {
    assertEquals(422, e.statusCode(), e.getMessage());
    assertEquals("Invalid", e.errorCode(), e.getMessage());
    assertTrue(e.errorMessage().contains(istioMessage), e.errorMessage());
  }
}
