package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.AgentMode;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.ListClustersRequest;
import io.github.ackhybrid.cluster.model.ApiServerEndpoints;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterSpec;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.cluster.model.Tag;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the client lets through, the simulated service accepts and reports back; what the service
 * would refuse, the client refuses before sending anything.
 */
@SimulatedCloud
class RequestAgreementTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void everyProClusterSettingIsAcceptedAndReportedBack(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = clusters.createProCluster(p -> p.name("pro-full").vpcId("vpc-bp1full").addVSwitchIds("vsw-bp1full")
          .podCidr("10.64.0.0/16").serviceCidr("172.21.0.0/20").securityGroupId("sg-bp1full")
          .enterpriseSecurityGroup(false).endpointPublicAccess(true).snatEntry(false)
          .timezone(ZoneId.of("Europe/Berlin")).resourceGroupId("rg-acfmfull").tag("env", "prod")
          .addAddons(AddonInstallation.flannel(), AddonInstallation.nodeLocalDns())).id();
      Cluster cluster = clusters.waiters().untilRunning(id, WAIT);

      assertEquals(ClusterType.MANAGED_KUBERNETES, cluster.type());
      assertEquals(ClusterSpec.ACK_PRO_SMALL, cluster.spec().orElseThrow());
      assertEquals("10.64.0.0/16", cluster.podCidr().orElseThrow());
      assertEquals("172.21.0.0/20", cluster.serviceCidr().orElseThrow());
      assertEquals("sg-bp1full", cluster.securityGroupId().orElseThrow());
      assertEquals("rg-acfmfull", cluster.resourceGroupId().orElseThrow());
      assertEquals("Europe/Berlin", cluster.timezone().orElseThrow());
      assertEquals(List.of(Tag.of("env", "prod")), userTags(cluster));
      ApiServerEndpoints endpoints = cluster.apiServerEndpoints().orElseThrow();
      assertTrue(endpoints.publicEndpoint().orElseThrow().startsWith("https://"));
      assertTrue(endpoints.intranetEndpoint().orElseThrow().startsWith("https://"));
      assertFalse(cluster.metaData().isEmpty(), "meta_data is read from its JSON text");
    }
  }

  @Test
  void aPrivateOnlyClusterHasNoPublicEndpoint(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = clusters.createProCluster(p -> p.name("pro-private").vpcId("vpc-bp1p").addVSwitchIds("vsw-bp1p")
          .addAddons(AddonInstallation.terwayEniip())).id();
      ApiServerEndpoints endpoints = clusters.waiters().untilRunning(id, WAIT).apiServerEndpoints().orElseThrow();
      assertTrue(endpoints.publicEndpoint().isEmpty(), "an empty api_server_endpoint reads as absent");
      assertTrue(endpoints.intranetEndpoint().isPresent());
    }
  }

  @Test
  void everyRegistrationSettingIsAcceptedAndReportedBack(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = clusters.registerCluster(r -> r.name("idc-full").vpcId("vpc-bp1idc").addVSwitchIds("vsw-bp1idc")
          .podCidr("10.0.0.0/8").serviceCidr("172.16.1.0/20").securityGroupId("sg-bp1idc")
          .endpointPublicAccess(false).resourceGroupId("rg-acfmidc").deletionProtection(true).tag("site", "sh")).id();
      sim.connectAgent(id);
      Cluster cluster = clusters.waiters().untilConnected(id, WAIT);

      assertEquals("vpc-bp1idc", cluster.vpcId().orElseThrow());
      assertEquals("10.0.0.0/8", cluster.podCidr().orElseThrow());
      assertEquals("172.16.1.0/20", cluster.serviceCidr().orElseThrow());
      assertTrue(cluster.deletionProtection());
      assertEquals(List.of(Tag.of("site", "sh")), userTags(cluster));
    }
  }

  @Test
  void everyFilterNarrowsTheList(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String idc = clusters.registerCluster(r -> r.name("filter-idc")).id();
      String pro = clusters.createProCluster(p -> p.name("filter-pro").vpcId("vpc-bp1f").addVSwitchIds("vsw-bp1f")
          .addAddons(AddonInstallation.terwayEniip())).id();

      assertEquals(List.of(pro), ids(clusters, f -> f.clusterType(ClusterType.MANAGED_KUBERNETES)));
      assertEquals(List.of(pro), ids(clusters, f -> f.clusterSpec(ClusterSpec.ACK_PRO_SMALL)));
      assertEquals(List.of(idc), ids(clusters, f -> f.clusterId(idc)));
      assertEquals(List.of(idc), ids(clusters, f -> f.name("filter-idc")));
      assertEquals(2, ids(clusters, f -> f.regionId(CloudSimulator.REGION)).size());
      assertEquals(List.of(), ids(clusters, f -> f.regionId("cn-beijing")));

      sim.resetRequests();
      assertEquals(2, clusters.listClusters(f -> f.pageSize(1)).toList().size());
      assertEquals(2, sim.requests("DescribeClustersV1").size(), "a full last page ends the list without an extra call");
    }
  }

  @Test
  void agentAndKubeconfigOptionsAtTheirLimitsAreAccepted(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String idc = clusters.registerCluster(r -> r.name("idc-limits")).id();
      String restricted = clusters.agentManifest(idc, a -> a.privateNetwork(false).mode(AgentMode.RESTRICTED)).yaml();
      assertTrue(restricted.contains("kind: Deployment"));
      sim.connectAgent(idc);
      clusters.waiters().untilConnected(idc, WAIT);

      assertTrue(clusters.userKubeconfig(idc, k -> k.validity(Duration.ofMinutes(15)).privateNetwork(true))
          .expiration().isPresent());
      assertTrue(clusters.userKubeconfig(idc, k -> k.validity(Duration.ofDays(3))).expiration().isPresent());
      assertThrows(ValidationException.class, () -> clusters.userKubeconfig(idc, k -> k.validity(Duration.ofMinutes(14))));
    }
  }

  @Test
  void aManagedClusterWithoutANetworkPluginIsRefusedBeforeSending(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      assertThrows(ValidationException.class, () -> clusters.createProCluster(p -> p.name("pro-no-plugin")
          .vpcId("vpc-bp1n").addVSwitchIds("vsw-bp1n").addAddons(AddonInstallation.nodeLocalDns())));
      assertThrows(ValidationException.class, () -> clusters.createProCluster(p -> p.name("pro-flannel")
          .vpcId("vpc-bp1n").addVSwitchIds("vsw-bp1n").addAddons(AddonInstallation.flannel())));
      assertTrue(sim.requests().isEmpty());
      assertTrue(sim.clusters().isEmpty());
    }
  }

  private static List<String> ids(ClusterClient clusters,
      Consumer<ListClustersRequest.Builder> filter) {
    return clusters.listClusters(filter).stream().map(Cluster::id).toList();
  }

  /** The cluster's tags but the creation token the SDK adds to every create. */
  private static List<Tag> userTags(Cluster cluster) {
    return cluster.tags().stream().filter(t -> !t.key().equals("ackhybrid.io/create-token")).toList();
  }
}
