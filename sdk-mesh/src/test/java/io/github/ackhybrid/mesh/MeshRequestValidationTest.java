package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.model.IngressMatch;
import io.github.ackhybrid.mesh.model.IngressRoutingStrategy;
import io.github.ackhybrid.mesh.model.LaneMatch;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.MeshEdition;
import io.github.ackhybrid.mesh.model.WeightedIngressRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails with the field and the rule, and nothing reaches the network. */
class MeshRequestValidationTest {
  private static final LaneService SVC = LaneService.of("sh01", "c1", "default", "mocka");

  private AsmServer server;
  private MeshClient mesh;

  @BeforeEach
  void start() throws Exception {
    server = new AsmServer();
    mesh = server.client();
  }

  @AfterEach
  void stop() throws Exception {
    assertEquals(0, server.requestCount(), "a rejected request must not be sent");
    mesh.close();
    server.close();
  }

  private static ValidationException rejects(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }

  @Test
  void meshNameFollowsTheNameRule() {
    ValidationException e = rejects("mesh.name", () -> mesh.createMesh(c -> c.name("").vpcId("vpc-1").vSwitch("vsw-1")));
    assertTrue(e.getMessage().contains("was \"\""), e.getMessage());
    rejects("mesh.name", () -> mesh.createMesh(c -> c.name("-mesh").vpcId("vpc-1").vSwitch("vsw-1")));
    rejects("mesh.name", () -> mesh.createMesh(c -> c.name("a".repeat(64)).vpcId("vpc-1").vSwitch("vsw-1")));
    rejects("mesh.name", () -> mesh.createMesh(c -> c.name("mesh one").vpcId("vpc-1").vSwitch("vsw-1")));
    CreateMeshRequest ok = CreateMeshRequest.builder().name("网格_global-1").vpcId("vpc-1").vSwitch("vsw-1").build();
    assertEquals("网格_global-1", ok.name().orElseThrow());
  }

  @Test
  void createMeshNeedsAVpcAndOneToTenDistinctVSwitches() {
    rejects("mesh.vpcId", () -> mesh.createMesh(c -> c.vSwitch("vsw-1")));
    rejects("mesh.vSwitchIds", () -> mesh.createMesh(c -> c.vpcId("vpc-1")));
    rejects("mesh.vSwitchIds", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1").vSwitch("vsw-1")));
    rejects("mesh.vSwitchIds[0]", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch(" ")));
    rejects("mesh.vSwitchIds", () -> mesh.createMesh(c -> {
      c.vpcId("vpc-1");
      for (int i = 0; i < 11; i++) {
        c.vSwitch("vsw-" + i);
      }
    }));
  }

  @Test
  void createMeshChecksItsOptions() {
    rejects("mesh.region", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1").region("Hangzhou")));
    rejects("mesh.edition", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1").edition(MeshEdition.UNKNOWN)));
    rejects("mesh.clusterDomain", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1").clusterDomain("Cluster.Local")));
    rejects("mesh.traceSampling", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1")
        .traceSampling(new BigDecimal("100.5"))));
    rejects("mesh.localityLbConfig", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1")
        .localityLoadBalancing(false).localityLbConfig(LocalityLbConfig.builder().failover("cn-a", "cn-b").build())));
    rejects("mesh.tags.key", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1").tag("aliyun:owner", "x")));
  }

  @Test
  void ipRangesMustBeCidrBlocks() {
    ValidationException e = rejects("mesh.includeIpRanges[1]", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1")
        .addIncludeIpRange("10.0.0.0/8").addIncludeIpRange("10.0.0.0/33")));
    assertTrue(e.getMessage().contains("CIDR"), e.getMessage());
    rejects("mesh.excludeIpRanges[0]", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1")
        .addExcludeIpRange("256.1.1.1/32")));
    rejects("mesh.includeIpRanges[0]", () -> mesh.createMesh(c -> c.vpcId("vpc-1").vSwitch("vsw-1")
        .addIncludeIpRange("*").addIncludeIpRange("10.0.0.0/8")));
    CreateMeshRequest all = CreateMeshRequest.builder().vpcId("vpc-1").vSwitch("vsw-1").addIncludeIpRange("*")
        .addExcludeIpRange("fd00::/8").build();
    assertEquals("*", all.includeIpRanges().get(0));
  }

  @Test
  void idsMustBeNonBlank() {
    rejects("meshId", () -> mesh.describeMesh(null));
    rejects("meshId", () -> mesh.describeMesh("  "));
    rejects("meshId", () -> mesh.deleteMesh(""));
    rejects("clusterId", () -> mesh.addCluster("m-1", ""));
    rejects("clusterId", () -> mesh.removeCluster("m-1", "c 1"));
    rejects("meshId", () -> mesh.listMemberClusters("\n"));
    rejects("meshId", () -> mesh.kubeconfig(""));
    rejects("meshId", () -> mesh.kubeconfig(k -> k.privateIpAddress(true)));
    rejects("meshId", () -> mesh.listCandidateClusters(" "));
    rejects("deleteMesh.retainResourceIds", () -> mesh.deleteMesh(d -> d.meshId("m-1")
        .addRetainResourceId("lb-1").addRetainResourceId("lb-1")));
    rejects("request", () -> mesh.createMesh((CreateMeshRequest) null));
  }

  @Test
  void pageSizeIsBounded() {
    rejects("listCandidateClusters.pageSize", () -> mesh.listCandidateClusters(
        ListCandidateClustersRequest.builder().meshId("m-1").pageSize(0).build()));
    rejects("listCandidateClusters.pageSize", () -> mesh.listCandidateClusters(
        ListCandidateClustersRequest.builder().pageSize(101).build()));
  }

  @Test
  void aFeatureUpdateMustChangeSomething() {
    rejects("meshFeature", () -> mesh.updateMeshFeature(f -> f.meshId("m-1")));
    rejects("meshFeature.localityLbConfig", () -> mesh.updateMeshFeature(f -> f.meshId("m-1").localityLoadBalancing(false)
        .localityLbConfig(LocalityLbConfig.builder().failover("cn-a", "cn-b").build())));
  }

  @Test
  void addClusterKubeconfigMustHoldSomething() {
    ValidationException e = rejects("addCluster.kubeconfig",
        () -> mesh.addCluster(a -> a.meshId("m-1").clusterId("c-1").kubeconfig("  \n ")));
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void laneGroupsCheckNamesServicesAndPermissiveHeaders() {
    rejects("swimLaneGroup.name", () -> mesh.createSwimLaneGroup(g -> g.meshId("m-1").groupName("Test")
        .ingressGatewayName("gw").addService(SVC)));
    rejects("swimLaneGroup.services", () -> mesh.createSwimLaneGroup(g -> g.meshId("m-1").groupName("test")
        .ingressGatewayName("gw")));
    rejects("swimLaneGroup.services[0].clusterName", () -> mesh.createSwimLaneGroup(g -> g.meshId("m-1")
        .groupName("test").ingressGatewayName("gw").addService(LaneService.of("sh/01", "c1", "default", "a"))));
    rejects("swimLaneGroup.services", () -> mesh.createSwimLaneGroup(g -> g.meshId("m-1").groupName("test")
        .ingressGatewayName("gw").addService(SVC).addService(SVC)));
    rejects("swimLaneGroup.routeHeader", () -> mesh.createSwimLaneGroup(g -> g.meshId("m-1").groupName("test")
        .ingressGatewayName("gw").addService(SVC).permissive(true).traceHeader("my-request-id")));
    rejects("swimLaneGroup.traceHeader", () -> mesh.createSwimLaneGroup(g -> g.meshId("m-1").groupName("test")
        .ingressGatewayName("gw").addService(SVC).permissive(true).routeHeader("x-asm-prefer-tag")));
  }

  @Test
  void laneGroupUpdatesCheckTheRoutingStrategyAndRule() {
    WeightedIngressRule rule = WeightedIngressRule.builder().addDomain("*")
        .addCondition(IngressMatch.builder().uri(LaneMatch.exact("/mock")).build()).build();
    rejects("swimLaneGroup.weightedIngressRule", () -> mesh.updateSwimLaneGroup(g -> g.meshId("m-1").groupName("test")
        .routingStrategy(IngressRoutingStrategy.RULE_BASED).weightedIngressRule(rule)));
    rejects("swimLaneGroup.routingStrategy", () -> mesh.updateSwimLaneGroup(g -> g.meshId("m-1").groupName("test")
        .routingStrategy(IngressRoutingStrategy.UNKNOWN)));
    rejects("swimLaneGroup.weightedIngressRule.domains", () -> mesh.updateSwimLaneGroup(g -> g.meshId("m-1")
        .groupName("test").routingStrategy(IngressRoutingStrategy.WEIGHTED)
        .weightedIngressRule(WeightedIngressRule.builder().build())));
    rejects("swimLaneGroup.weightedIngressRule.conditions[0]", () -> mesh.updateSwimLaneGroup(g -> g.meshId("m-1")
        .groupName("test").routingStrategy(IngressRoutingStrategy.WEIGHTED)
        .weightedIngressRule(WeightedIngressRule.builder().addDomain("*").addCondition(IngressMatch.builder().build()).build())));
    rejects("swimLaneGroup.weightedIngressRule.conditions[0].uri", () -> mesh.updateSwimLaneGroup(g -> g.meshId("m-1")
        .groupName("test").routingStrategy(IngressRoutingStrategy.WEIGHTED)
        .weightedIngressRule(WeightedIngressRule.builder().addDomain("*").addCondition(IngressMatch.builder()
            .uri(LaneMatch.builder().modeAsString("glob").content("/m*").build()).build()).build())));
    rejects("swimLaneGroup", () -> mesh.updateSwimLaneGroup(g -> g.meshId("m-1").groupName("test")));
  }

  @Test
  void lanesCheckTheirLabelSelector() {
    rejects("swimLane.labelSelectorValue", () -> mesh.createSwimLane(l -> l.meshId("m-1").groupName("test")
        .laneName("s1").labelSelectorValue("v 1").addService(SVC)));
    rejects("swimLane.labelSelectorValue", () -> mesh.createSwimLane(l -> l.meshId("m-1").groupName("test")
        .laneName("s1").addService(SVC)));
    rejects("swimLane.labelSelectorValue", () -> mesh.createSwimLane(l -> l.meshId("m-1").groupName("test")
        .laneName("s1").labelSelectorValue("").addService(SVC)));
    rejects("swimLane.labelSelectorKey", () -> mesh.updateSwimLane(l -> l.meshId("m-1").groupName("test")
        .laneName("s1").labelSelectorKey("-bad").labelSelectorValue("v1").addService(SVC)));
    rejects("swimLane.name", () -> mesh.deleteSwimLane("m-1", "test", "S1"));
    rejects("swimLane.groupName", () -> mesh.listSwimLanes("m-1", ""));
    SwimLaneRequest custom = SwimLaneRequest.builder().meshId("m-1").groupName("test").laneName("s1")
        .labelSelectorKey("app.kubernetes.io/version").labelSelectorValue("v1").addService(SVC).build();
    assertEquals("app.kubernetes.io/version", custom.labelSelectorKey());
  }

  @Test
  void clientBuilderNeedsAConfig() {
    rejects("meshClient.config", () -> MeshClient.builder().build());
    rejects("meshClient.config", () -> MeshClient.create(null));
  }
}
