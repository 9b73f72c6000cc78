package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.testing.CloudSimulator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HybridCloudTourTest {
  private static final Pattern REQUEST_ID = Pattern.compile("request id [0-9A-F]{8}-");
  private static final String[] NETWORK = {"--vpc", "vpc-bp1tour", "--vswitch", "vsw-bp1tour"};
  private static final Pattern COST_LINES = Pattern.compile("ok in \\d+ ms: (\\d+) bill lines?");

  @Test
  void theWholeJourneyRunsAgainstTheEmbeddedSimulatorAndCleansUp() {
    Program tour = Program.run(HybridCloudTour::run);

    assertEquals(0, tour.status, tour.out);
    assertTrue(tour.out.startsWith("Hybrid cloud tour against the embedded simulator"), tour.out);
    for (String step : List.of("Write the agent manifest", "is running on Kubernetes 1.3",
        "every check passed", "Create the hybrid node pool idc-gpu", "Run the script on 3 simulated servers",
        "idc-gpu-1, idc-gpu-2, idc-gpu-3", "BURST_POOL np", "CREATED", "RESOURCE_POLICY default/",
        "50 replicas: 30 running {idc-gpu=30}, 20 pending", "50 running {idc-gpu=30, burst=20}, 0 pending",
        "20 running {idc-gpu=20}, 0 pending", "2 burst nodes removed", "Delete the burst node pool", "hybrid-mesh is running", "is a running member",
        "route {v1=90, v2=10}", "route {v1=50, v2=50}", "route {v1=0, v2=100}", "VirtualService/reviews v",
        "Fail reviews over from cn-hangzhou to cn-shanghai", "DestinationRule/reviews-failover",
        "locality load balancing on", "DestinationRule/ratings", "Delete the service mesh",
        "Delete the hybrid node pool", "Delete the Pro cluster", "Delete the registered cluster", "Tour complete")) {
      assertTrue(tour.out.contains(step), "missing \"" + step + "\" in\n" + tour.out);
    }
    assertFalse(tour.out.contains("FAILED"), tour.out);
    assertTrue(tour.out.contains("--openapi-token ****"), "the join token is masked\n" + tour.out);
    assertTrue(REQUEST_ID.matcher(tour.out).results().count() >= 5, tour.out);
    Matcher cost = COST_LINES.matcher(tour.out);
    assertTrue(cost.find() && Integer.parseInt(cost.group(1)) > 0, "the day's fee hours are reported\n" + tour.out);
  }

  @Test
  void realModeUsesTheEndpointAndTheCredentialsChainSkipsSimulatorStepsAndCleansUp() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      Program tour = Program.real(sim, HybridCloudTour::run, NETWORK);

      assertEquals(0, tour.status, tour.out);
      assertTrue(tour.out.startsWith("Hybrid cloud tour against cn-hangzhou (real cloud, endpoint "
          + sim.endpoint()), tour.out);
      assertTrue(tour.out.contains("Join your servers ...\n     skipped: pass --servers N"), tour.out);
      assertTrue(tour.out.contains("Show a scale-out and a scale-in ...\n     skipped: deploy pods labelled app=training"),
          tour.out);
      assertEquals(1, sim.requests("CreateAutoscalingConfig").size(), "the elastic capacity plan ran");
      assertFalse(tour.out.contains("simulated"), tour.out);
      assertEquals(1, sim.requests("CreateServiceMesh").size());
      assertEquals(1, sim.requests("DescribeClusterAttachScripts").size());
      assertTrue(sim.clusters().isEmpty(), "every cluster was deleted: " + sim.clusters());
      assertTrue(sim.meshes().isEmpty(), "the mesh was deleted: " + sim.meshes());
    }
  }

  @Test
  void aFailedStepStillDeletesWhatWasCreatedAndExitsOne() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      sim.faults().serverError().forAction("CreateServiceMesh").always();

      Program tour = Program.real(sim, HybridCloudTour::run, NETWORK);

      assertEquals(1, tour.status, tour.out);
      assertTrue(tour.out.contains("Tour failed: CreateServiceMesh may or may not have acted (the service answered"
          + " HTTP 500"), tour.out);
      assertTrue(REQUEST_ID.matcher(tour.out.substring(tour.out.indexOf("Tour failed"))).find(),
          "the failure names the request id for support\n" + tour.out);
      assertTrue(tour.out.contains("Cleaning up after the failure"), tour.out);
      assertTrue(sim.clusters().isEmpty(), "every cluster was deleted: " + sim.clusters());
      assertTrue(tour.out.contains("Tour FAILED in"), tour.out);
    }
  }

  @Test
  void whatCleanupCannotDeleteIsListedAndTheTourExitsOne() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      sim.faults().serverError().forAction("DeleteCluster").always();

      Program tour = Program.real(sim, HybridCloudTour::run, NETWORK);

      assertEquals(1, tour.status, tour.out);
      assertTrue(tour.out.contains("Could not delete 2 resources"), tour.out);
      assertTrue(tour.out.contains("  - Pro cluster c"), tour.out);
      assertTrue(tour.out.contains("  - registered cluster c"), tour.out);
      assertTrue(sim.meshes().isEmpty(), "the rest was still deleted: " + sim.meshes());
      assertEquals(2, sim.clusters().size());
    }
  }

  @Test
  void withoutCredentialsRealModeStopsBeforeAnyCallWithTheChainsExplanation() {
    Program tour = Program.run(HybridCloudTour::run, "--real", "--endpoint", "http://127.0.0.1:9", "--vpc", "vpc-1",
        "--vswitch", "vsw-1");

    assertEquals(2, tour.status, tour.out);
    assertTrue(tour.out.contains("No Alibaba Cloud credentials found"), tour.out);
    assertTrue(tour.out.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), tour.out);
    assertFalse(tour.out.contains("[ 1"), "no step ran\n" + tour.out);
  }

  @Test
  void badArgumentsAreRefusedWithTheUsage() {
    Program unknown = Program.run(HybridCloudTour::run, "--rael");
    Program notANumber = Program.run(HybridCloudTour::run, "--real", "--servers", "three");
    Program noNetwork = Program.run(HybridCloudTour::run, "--real");

    assertEquals(2, unknown.status);
    assertTrue(unknown.out.contains("--rael is not an option of this program"), unknown.out);
    assertTrue(unknown.out.contains("usage: HybridCloudTour"), unknown.out);
    assertEquals(2, notANumber.status);
    assertTrue(notANumber.out.contains("--servers must be a whole number"), notANumber.out);
    assertEquals(2, noNetwork.status);
    assertTrue(noNetwork.out.contains("--vpc and --vswitch are required with --real"), noNetwork.out);
  }
}
