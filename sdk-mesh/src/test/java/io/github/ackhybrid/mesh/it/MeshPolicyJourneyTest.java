package io.github.ackhybrid.mesh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.mesh.AppliedPolicy;
import io.github.ackhybrid.mesh.AppliedResource;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.Failover;
import io.github.ackhybrid.mesh.IstioApiVersion;
import io.github.ackhybrid.mesh.IstioResource;
import io.github.ackhybrid.mesh.MeshAsyncClient;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.NearestAccess;
import io.github.ackhybrid.mesh.TrafficPolicy;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The mesh journey of issue 6 against the simulator, blocking and non-blocking: a mesh over an ACK
 * cluster and a registered cluster, a canary stepped from 90/10 to 0/100, cross-region failover
 * with outlier detection, nearest access mesh-wide and per service, then the cluster and the mesh
 * removed. Each step is checked in what the simulated control plane stores.
 */
@SimulatedCloud
class MeshPolicyJourneyTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final long FUTURE_SECONDS = 30;

  @Test
  void meshJourneyBlocking(CloudSimulator sim) {
    CloudConfig config = sim.cloudConfig().build();
    try (ClusterClient clusters = ClusterClient.create(config); MeshClient mesh = MeshClient.create(config)) {
      String ack = ackCluster(clusters, "pro-hangzhou");
      String idc = registeredCluster(sim, clusters, "idc-shanghai");

      String meshId = mesh.createMesh(c -> c.name("global").vpcId("vpc-bp1mesh").vSwitch("vsw-bp1mesh")
          .apiServerPublicEip(true)).id();
      mesh.waiters().untilRunning(meshId, WAIT);
      for (String cluster : List.of(ack, idc)) {
        mesh.addCluster(meshId, cluster);
        mesh.waiters().untilRunning(meshId, WAIT);
        mesh.waiters().untilClusterRunning(meshId, cluster, WAIT);
      }
      assertEquals(List.of(ack, idc).stream().sorted().toList(),
          mesh.listMemberClusters(meshId).stream().map(MeshMemberCluster::id).sorted().toList());

      CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
      AppliedPolicy first = mesh.applyPolicy(meshId, canary);
      assertEquals(List.of("DestinationRule/reviews-canary", "VirtualService/reviews"), names(first));
      assertTrue(first.resources().stream().allMatch(r -> r.resourceVersion().isPresent()));
      assertStoredWeights(sim, meshId, 90, 10);

      CanaryRelease half = canary.shift("v2", 40);
      AppliedPolicy second = mesh.applyPolicy(meshId, half);
      assertStoredWeights(sim, meshId, 50, 50);
      assertFalse(second.resources().get(1).resourceVersion().equals(first.resources().get(1).resourceVersion()));
      mesh.applyPolicy(meshId, half.shift("v2", 50));
      assertStoredWeights(sim, meshId, 0, 100);

      Failover failover = Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai");
      mesh.applyPolicy(meshId, failover);
      JsonNode failoverRule = stored(sim, meshId, "DestinationRule", "reviews-failover").path("spec");
      JsonNode locality = failoverRule.path("trafficPolicy").path("loadBalancer").path("localityLbSetting");
      assertEquals("cn-hangzhou", locality.path("failover").path(0).path("from").asText());
      assertEquals("cn-shanghai", locality.path("failover").path(0).path("to").asText());
      assertTrue(failoverRule.path("trafficPolicy").path("outlierDetection").isObject());

      mesh.updateMeshFeature(f -> f.meshId(meshId).localityLoadBalancing(true));
      ServiceMesh nearestEverywhere = mesh.waiters().untilRunning(meshId, WAIT);
      assertTrue(nearestEverywhere.localityLoadBalancing());
      mesh.applyPolicy(meshId, NearestAccess.forService("ratings", "default"));

      List<IstioResource> managed = mesh.listPolicies(meshId, "default");
      assertEquals(List.of("DestinationRule/ratings", "DestinationRule/reviews-canary",
              "DestinationRule/reviews-failover", "VirtualService/reviews"),
          managed.stream().map(r -> r.kind() + "/" + r.name()).sorted().toList());
      assertTrue(managed.stream().allMatch(r -> TrafficPolicy.MANAGED_BY.equals(r.labels().get(TrafficPolicy.MANAGED_BY_LABEL))));

      assertEquals(2, mesh.removePolicy(meshId, canary).size());
      assertEquals(List.of(), mesh.removePolicy(meshId, canary));
      assertTrue(stored(sim, meshId, "VirtualService", "reviews").isMissingNode());

      mesh.removeCluster(meshId, idc);
      mesh.waiters().untilRunning(meshId, WAIT);
      assertEquals(List.of(ack), mesh.listMemberClusters(meshId).stream().map(MeshMemberCluster::id).toList());

      mesh.deleteMesh(d -> d.meshId(meshId).force(true));
      mesh.waiters().untilDeleted(meshId, WAIT);
      assertEquals(Optional.empty(), sim.mesh(meshId));
    }
  }

  @Test
  void meshJourneyAsync(CloudSimulator sim) throws Exception {
    CloudConfig config = sim.cloudConfig().build();
    try (ClusterClient clusters = ClusterClient.create(config); MeshClient blocking = MeshClient.create(config)) {
      MeshAsyncClient mesh = blocking.async();
      String ack = ackCluster(clusters, "pro-hangzhou-async");
      String idc = registeredCluster(sim, clusters, "idc-shanghai-async");

      String meshId = await(mesh.createMesh(c -> c.name("global-async").vpcId("vpc-bp1mesh").vSwitch("vsw-bp1mesh")
          .apiServerPublicEip(true))).id();
      await(mesh.waiters().untilRunning(meshId, WAIT));
      for (String cluster : List.of(ack, idc)) {
        await(mesh.addCluster(meshId, cluster));
        await(mesh.waiters().untilRunning(meshId, WAIT));
        await(mesh.waiters().untilClusterRunning(meshId, cluster, WAIT));
      }

      CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
      AppliedPolicy applied = await(mesh.applyPolicy(meshId, canary));
      assertEquals(IstioApiVersion.forMeshVersion(sim.mesh(meshId).orElseThrow()
          .path("ServiceMeshInfo").path("Version").asText()), applied.istioApiVersion());
      assertStoredWeights(sim, meshId, 90, 10);
      await(mesh.applyPolicy(meshId, canary.shift("v2", 40)));
      assertStoredWeights(sim, meshId, 50, 50);
      await(mesh.applyPolicy(meshId, canary.shift("v2", 90)));
      assertStoredWeights(sim, meshId, 0, 100);

      await(mesh.applyPolicy(meshId, Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai")
          .outlierDetection(5, Duration.ofSeconds(30), Duration.ofMinutes(1), 50)));
      JsonNode outlier = stored(sim, meshId, "DestinationRule", "reviews-failover")
          .path("spec").path("trafficPolicy").path("outlierDetection");
      assertEquals(5, outlier.path("consecutive5xxErrors").asInt());

      await(mesh.updateMeshFeature(f -> f.meshId(meshId).localityLoadBalancing(true)));
      assertTrue(await(mesh.waiters().untilRunning(meshId, WAIT)).localityLoadBalancing());
      await(mesh.applyPolicy(meshId, NearestAccess.forService("ratings", "default")));
      assertEquals(4, await(mesh.listPolicies(meshId, "default")).size());

      assertEquals(2, await(mesh.removePolicy(meshId, canary)).size());
      await(mesh.removeCluster(meshId, idc));
      await(mesh.waiters().untilRunning(meshId, WAIT));
      await(mesh.deleteMesh(d -> d.meshId(meshId).force(true)));
      await(mesh.waiters().untilDeleted(meshId, WAIT));
      assertEquals(Optional.empty(), sim.mesh(meshId));
    }
  }

  static String ackCluster(ClusterClient clusters, String name) {
    String id = clusters.createProCluster(p -> p.name(name).vpcId("vpc-bp1mesh").addVSwitchIds("vsw-bp1mesh")
        .addAddons(AddonInstallation.terwayEniip())).id();
    clusters.waiters().untilRunning(id, WAIT);
    return id;
  }

  static String registeredCluster(CloudSimulator sim, ClusterClient clusters, String name) {
    String id = clusters.registerCluster(r -> r.name(name)).id();
    sim.connectAgent(id);
    clusters.waiters().untilConnected(id, WAIT);
    return id;
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(FUTURE_SECONDS, TimeUnit.SECONDS);
  }

  private static List<String> names(AppliedPolicy applied) {
    return applied.resources().stream().map(r -> r.kind() + "/" + r.name()).toList();
  }

  /** The stored object of a kind and name in namespace default, or a missing node. */
  static JsonNode stored(CloudSimulator sim, String meshId, String kind, String name) {
    for (ObjectNode object : sim.istioResources(meshId)) {
      JsonNode metadata = object.path("metadata");
      if (kind.equals(object.path("kind").asText()) && name.equals(metadata.path("name").asText())
          && "default".equals(metadata.path("namespace").asText())) {
        return object;
      }
    }
    return MissingNode.getInstance();
  }

  private static void assertStoredWeights(CloudSimulator sim, String meshId, int v1, int v2) {
    JsonNode routes = stored(sim, meshId, "VirtualService", "reviews").path("spec").path("http");
    JsonNode weighted = routes.path(routes.size() - 1).path("route");
    assertEquals("v1", weighted.path(0).path("destination").path("subset").asText(), weighted.toString());
    assertEquals(v1, weighted.path(0).path("weight").asInt(), weighted.toString());
    assertEquals("v2", weighted.path(1).path("destination").path("subset").asText(), weighted.toString());
    assertEquals(v2, weighted.path(1).path("weight").asInt(), weighted.toString());
  }
}
