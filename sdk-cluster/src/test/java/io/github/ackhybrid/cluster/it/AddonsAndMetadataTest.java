package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.AddonState;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.cluster.model.TaskState;
import io.github.ackhybrid.cluster.model.UserQuota;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Installs the hybrid networking add-ons and reads versions and quotas, against the simulator. */
@SimulatedCloud
class AddonsAndMetadataTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static String runningPro(ClusterClient clusters, String name) {
    ClusterCreation pro = clusters.createProCluster(p -> p.name(name).vpcId("vpc-bp1hybrid")
        .addVSwitchIds("vsw-bp1a").addAddons(AddonInstallation.terwayEniip()));
    clusters.waiters().untilRunning(pro.id(), WAIT);
    return pro.id();
  }

  @Test
  void installsTerwayHybridAndNodeLocalDnsAndListsThem(CloudSimulator sim) throws Exception {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = runningPro(clusters, "pro-addons");
      ClusterChange install = clusters.installAddons(id, List.of(
          AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, false),
          AddonInstallation.terwayHybrid(),
          AddonInstallation.nodeLocalDns()));
      assertEquals(id, install.clusterId());
      assertEquals(TaskState.SUCCESS,
          clusters.waiters().untilTaskComplete(install.taskId().orElseThrow(), WAIT).state());

      Map<String, InstalledAddon> installed = clusters.installedAddons(id).stream()
          .collect(Collectors.toMap(InstalledAddon::name, Function.identity()));
      for (String name : List.of("terway-eniip", AddonInstallation.TERWAY_HYBRID_CONTROLPLANE,
          AddonInstallation.TERWAY_HYBRID, AddonInstallation.NODE_LOCAL_DNS)) {
        assertEquals(AddonState.ACTIVE, installed.get(name).state(), name);
        assertTrue(installed.get(name).version().isPresent(), name);
      }

      // The configuration travels as JSON text holding the documented keys.
      JsonNode sent = new ObjectMapper().readTree(sim.requests("InstallClusterAddons").get(0).body());
      JsonNode config = new ObjectMapper().readTree(sent.get(0).get("config").textValue());
      assertEquals("10.100.0.0/16", config.get("HybridPodCIDR").textValue());
      assertEquals(24, config.get("NodeCIDRMaskSize").intValue());
      assertFalse(config.get("EnableSNAT").booleanValue());
    }
  }

  @Test
  void aHybridPodBlockOverlappingTheClusterIsRefusedByTheService(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = runningPro(clusters, "pro-overlap");
      // The client cannot know the cluster's blocks here; the service checks against them.
      ServiceException refused = assertThrows(ServiceException.class, () -> clusters.installAddons(id,
          List.of(AddonInstallation.terwayHybridControlplane("172.19.0.0/16", 24, true))));
      assertEquals(400, refused.statusCode());
      assertEquals("InvalidParameter", refused.errorCode());
      assertTrue(refused.errorMessage().contains("service_cidr"), refused.errorMessage());
      assertFalse(clusters.installedAddons(id).stream()
          .anyMatch(a -> a.name().equals(AddonInstallation.TERWAY_HYBRID_CONTROLPLANE)));
    }
  }

  @Test
  void installsAddonsAsynchronously(CloudSimulator sim) throws Exception {
    try (ClusterClient sync = ClusterClient.create(sim.cloudConfig().build())) {
      String id = runningPro(sync, "pro-addons-async");
      ClusterAsyncClient clusters = sync.async();
      ClusterChange install = clusters.installAddons(id, List.of(AddonInstallation.nodeLocalDns()))
          .get(30, TimeUnit.SECONDS);
      clusters.waiters().untilTaskComplete(install.taskId().orElseThrow(), WAIT).get(15, TimeUnit.SECONDS);
      List<InstalledAddon> installed = clusters.installedAddons(id).get(30, TimeUnit.SECONDS);
      assertTrue(installed.stream().anyMatch(a -> a.name().equals(AddonInstallation.NODE_LOCAL_DNS)
          && a.state() == AddonState.ACTIVE), installed.toString());
    }
  }

  @Test
  void offersHybridReadyVersionsWithTheirDates(CloudSimulator sim) throws Exception {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      List<KubernetesVersion> creatable = clusters.kubernetesVersions(v -> v.creatableOnly(true));
      assertFalse(creatable.isEmpty());
      assertTrue(creatable.stream().allMatch(KubernetesVersion::creatable));
      KubernetesVersion hybrid = creatable.stream().filter(v -> v.isAtLeast(1, 33)).findFirst().orElseThrow();
      assertTrue(hybrid.releaseDate().isPresent(), "release_date is bound");
      assertTrue(hybrid.expirationDate().orElseThrow().isAfter(hybrid.releaseDate().orElseThrow()));
      assertFalse(hybrid.runtimes().isEmpty());

      List<KubernetesVersion> supported = clusters.async().kubernetesVersions(v -> v.creatableOnly(false))
          .get(30, TimeUnit.SECONDS);
      assertTrue(supported.size() > creatable.size(), "supported versions include ones no longer creatable");
      assertTrue(supported.stream().anyMatch(v -> !v.creatable()));
    }
  }

  @Test
  void readsQuotas(CloudSimulator sim) throws Exception {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      UserQuota quota = clusters.userQuota();
      // The defaults ack-cs-api.md §7.3 documents, which the simulator reports.
      assertEquals(50, quota.clusterQuota().orElseThrow());
      assertEquals(20, quota.managedClusterQuota().orElseThrow());
      assertEquals(20, quota.nodePoolQuotaPerCluster().orElseThrow());
      assertEquals(100, quota.nodeQuotaPerCluster().orElseThrow());
      assertFalse(quota.quotas().isEmpty());
      assertEquals(quota, clusters.async().userQuota().get(30, TimeUnit.SECONDS));
    }
  }
}
