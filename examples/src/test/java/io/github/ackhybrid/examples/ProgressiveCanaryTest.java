package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs ProgressiveCanary against a mesh of the test's simulator and reads the weights its control plane stores. */
@SimulatedCloud
class ProgressiveCanaryTest {
  private String meshId;

  @BeforeEach
  void mesh(CloudSimulator sim) {
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      meshId = mesh.createMesh(c -> c.name("canary-test").vpcId("vpc-bp1test").vSwitch("vsw-bp1test")
          .apiServerPublicEip(true)).id();
      mesh.waiters().untilRunning(meshId, Duration.ofSeconds(30));
    }
  }

  @Test
  void aHealthyCanaryIsAppliedStepByStepUntilV2HasAllTraffic(CloudSimulator sim) {
    Program canary = Program.real(sim, ProgressiveCanary::run, "--mesh", meshId, "--step", "30");

    assertEquals(0, canary.status, canary.out);
    assertTrue(canary.out.contains("applied {v1=60, v2=40}"), canary.out);
    assertTrue(canary.out.contains("canary PROMOTED"), canary.out);
    assertEquals(Map.of("v1", 0, "v2", 100), storedWeights(sim));
  }

  @Test
  void aFailingCanaryIsRolledBackToV1InTheMesh(CloudSimulator sim) {
    Program canary = Program.real(sim, ProgressiveCanary::run, "--mesh", meshId, "--failing");

    assertEquals(2, canary.status, canary.out);
    assertTrue(canary.out.contains("applied {v1=70, v2=30}, error rate 0.200"), canary.out);
    assertTrue(canary.out.contains("rolled back to {v1=100, v2=0}"), canary.out);
    assertEquals(Map.of("v1", 100, "v2", 0), storedWeights(sim));
  }

  @Test
  void realModeWithoutAMeshIsRefusedBeforeAnyCall(CloudSimulator sim) {
    Program canary = Program.real(sim, ProgressiveCanary::run);

    assertEquals(1, canary.status, canary.out);
    assertTrue(canary.out.contains("--mesh is required with --real"), canary.out);
    assertTrue(sim.requests("DescribeServiceMeshKubeconfig").isEmpty(), "no policy was applied");
  }

  /** The subset weights of the last (default) route of VirtualService reviews, as the control plane stores it. */
  private Map<String, Integer> storedWeights(CloudSimulator sim) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (ObjectNode resource : sim.istioResources(meshId)) {
      if ("VirtualService".equals(resource.path("kind").asText())
          && "reviews".equals(resource.path("metadata").path("name").asText())) {
        JsonNode routes = resource.path("spec").path("http");
        for (JsonNode route : routes.path(routes.size() - 1).path("route")) {
          weights.put(route.path("destination").path("subset").asText(), route.path("weight").asInt());
        }
      }
    }
    return weights;
  }
}
