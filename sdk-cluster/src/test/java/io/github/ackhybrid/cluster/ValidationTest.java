package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails with a ValidationException naming the field and the rule, and nothing is sent. */
class ValidationTest {
  private final MockCs cs = new MockCs();

  @AfterEach
  void nothingWasSent() throws Exception {
    assertEquals(0, cs.server.getRequestCount(), "validation must fail before the network");
    cs.close();
  }

  private static ValidationException rejects(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }

  private static ValidationException rejectsAsync(String field, CompletableFuture<?> call) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
    ValidationException v = assertInstanceOf(ValidationException.class, e.getCause());
    assertEquals(field, v.field(), v.getMessage());
    return v;
  }

  @Test
  void clusterNamesFollowTheServiceRule() {
    ValidationException empty = rejects("registerCluster.name", () -> cs.client.registerCluster(r -> {}));
    assertEquals("registerCluster.name must be 1-63 characters [A-Za-z0-9-] not starting with '-', was \"\"",
        empty.getMessage());
    rejects("registerCluster.name", () -> cs.client.registerCluster(r -> r.name("-idc")));
    rejects("registerCluster.name", () -> cs.client.registerCluster(r -> r.name("idc_shanghai")));
    rejects("registerCluster.name", () -> cs.client.registerCluster(r -> r.name("x".repeat(64))));
    rejects("modifyCluster.name", () -> cs.client.modifyCluster("c1", m -> m.name("bad name")));
    rejects("createProCluster.name", () -> cs.client.createProCluster(p -> p.vpcId("vpc-1").addVSwitchId("vsw-1")));
  }

  @Test
  void idsMustBeNonBlankWithoutSlashes() {
    rejects("clusterId", () -> cs.client.describeCluster(""));
    rejects("clusterId", () -> cs.client.describeCluster("../quota"));
    rejects("clusterId", () -> cs.client.agentManifest("c 1"));
    rejects("taskId", () -> cs.client.describeTask("T/1"));
    rejects("clusterId", () -> cs.client.installedAddons(null));
    rejects("deleteCluster.retainResources[1]", () -> cs.client.deleteCluster("c1", d -> d.addRetainResources("sg-1", "")));
  }

  @Test
  void proClustersNeedAVpcAndOneToThreeVSwitches() {
    rejects("createProCluster.vpcId", () -> cs.client.createProCluster(p -> p.name("pro").addVSwitchId("vsw-1")));
    rejects("createProCluster.vSwitchIds", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")));
    ValidationException tooMany = rejects("createProCluster.vSwitchIds", () -> cs.client.createProCluster(p -> p.name("pro")
        .vpcId("vpc-1").addVSwitchIds("vsw-1", "vsw-2", "vsw-3", "vsw-4")));
    assertTrue(tooMany.getMessage().contains("1-3"), tooMany.getMessage());
    rejects("createProCluster.vSwitchIds", () -> cs.client.createProCluster(p -> p.name("pro")
        .vpcId("vpc-1").addVSwitchIds("vsw-1", "vsw-1")));
  }

  @Test
  void hybridReadinessNeedsKubernetes133OrLater() {
    ValidationException old = rejects("createProCluster.kubernetesVersion", () -> cs.client.createProCluster(p -> p
        .name("pro").vpcId("vpc-1").addVSwitchId("vsw-1").hybridReady(true).kubernetesVersion("1.32.7-aliyun.1")));
    assertTrue(old.getMessage().contains("1.33"), old.getMessage());
    rejects("createProCluster.kubernetesVersion", () -> cs.client.createProCluster(p -> p
        .name("pro").vpcId("vpc-1").addVSwitchId("vsw-1").kubernetesVersion("latest")));
    CreateProClusterRequest ok = CreateProClusterRequest.builder().name("pro").vpcId("vpc-1").addVSwitchId("vsw-1")
        .hybridReady(true).kubernetesVersion("1.34.0-aliyun.1").addAddons(AddonInstallation.terwayEniip()).build();
    assertEquals("1.34.0-aliyun.1", ok.kubernetesVersion().orElseThrow());
    CreateProClusterRequest oldWithoutHybrid = CreateProClusterRequest.builder().name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").kubernetesVersion("1.9.0").addAddons(AddonInstallation.terwayEniip()).build();
    assertEquals("1.9.0", oldWithoutHybrid.kubernetesVersion().orElseThrow());
  }

  @Test
  void managedClustersNeedANetworkPlugin() {
    ValidationException none = rejects("createProCluster.addons", () -> cs.client.createProCluster(p -> p.name("pro")
        .vpcId("vpc-1").addVSwitchId("vsw-1").addAddons(AddonInstallation.nodeLocalDns())));
    assertTrue(none.getMessage().contains("terway-eniip") && none.getMessage().contains("node-local-dns"),
        none.getMessage());
    rejects("createProCluster.addons", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1")));
    rejects("createProCluster.podCidr", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").addAddons(AddonInstallation.flannel())));
    CreateProClusterRequest flannel = CreateProClusterRequest.builder().name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").podCidr("10.0.0.0/16").addAddons(AddonInstallation.flannel()).build();
    assertEquals("flannel", flannel.addons().get(0).name());
  }

  @Test
  void theHybridPodBlockMustStayClearOfThePodAndServiceBlocks() {
    String field = "createProCluster.addons[1].config.HybridPodCIDR";
    ValidationException pods = rejects(field, () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").podCidr("10.0.0.0/8").addAddons(AddonInstallation.flannel(),
            AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true))));
    assertTrue(pods.getMessage().contains("createProCluster.podCidr"), pods.getMessage());
    rejects(field, () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1").addVSwitchId("vsw-1")
        .serviceCidr("192.168.0.0/16").addAddons(AddonInstallation.terwayEniip(),
            AddonInstallation.terwayHybridControlplane("192.168.128.0/17", 24, true))));
    ValidationException defaults = rejects(field, () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").addAddons(AddonInstallation.terwayEniip(),
            AddonInstallation.terwayHybridControlplane("172.19.0.0/16", 24, true))));
    assertTrue(defaults.getMessage().contains("default Service block"), defaults.getMessage());
  }

  @Test
  void cidrBlocksMustBeValidAndDisjoint() {
    ValidationException syntax = rejects("registerCluster.podCidr",
        () -> cs.client.registerCluster(r -> r.name("idc").podCidr("10.0.0.0/33")));
    assertTrue(syntax.getMessage().contains("IPv4 CIDR"), syntax.getMessage());
    rejects("registerCluster.podCidr", () -> cs.client.registerCluster(r -> r.name("idc").podCidr("10.0.0/8")));
    rejects("registerCluster.serviceCidr", () -> cs.client.registerCluster(r -> r.name("idc").serviceCidr("256.0.0.0/8")));
    rejects("registerCluster.serviceCidr",
        () -> cs.client.registerCluster(r -> r.name("idc").podCidr("10.0.0.0/8").serviceCidr("10.96.0.0/12")));
    rejects("createProCluster.serviceCidr", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").serviceCidr("172.21.0.0/25")));
    rejects("createProCluster.serviceCidr", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").serviceCidr("100.64.0.0/16")));
    rejects("createProCluster.podCidr", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").podCidr("8.8.0.0/16")));
    rejects("createProCluster.serviceCidr", () -> cs.client.createProCluster(p -> p.name("pro").vpcId("vpc-1")
        .addVSwitchId("vsw-1").podCidr("172.16.0.0/12").serviceCidr("172.20.0.0/20")));
  }

  @Test
  void tagsFollowTheCloudRules() {
    rejects("registerCluster.tags[0].key", () -> cs.client.registerCluster(r -> r.name("idc").tag("aliyun-env", "x")));
    rejects("registerCluster.tags[0].key", () -> cs.client.registerCluster(r -> r.name("idc").tag("k".repeat(65), "x")));
    rejects("registerCluster.tags[1].key", () -> cs.client.registerCluster(r -> r.name("idc").tag("env", "a").tag("env", "b")));
    rejects("registerCluster.tags", () -> cs.client.registerCluster(r -> {
      r.name("idc");
      for (int i = 0; i < 21; i++) {
        r.tag("k" + i, "v");
      }
    }));
  }

  @Test
  void addonsNeedANameAndJsonConfig() {
    rejects("addon.name", () -> AddonInstallation.of(" "));
    ValidationException notJson = rejects("addon.config.thread",
        () -> AddonInstallation.builder().name("x").putConfig("thread", Thread.currentThread()).build());
    assertTrue(notJson.getMessage().contains("JSON-serialisable"), notJson.getMessage());
    rejects("addon.config.nested.value", () -> AddonInstallation.builder().name("x")
        .putConfig("nested", Map.of("value", Double.NaN)).build());
    Map<String, Object> loop = new HashMap<>();
    loop.put("self", loop);
    rejects("addon.config.loop" + ".self".repeat(32), () -> AddonInstallation.builder().name("x").putConfig("loop", loop).build());
    rejects("addons", () -> cs.client.installAddons("c1", List.of()));
    rejects("addons[1].name", () -> cs.client.installAddons("c1", List.of(AddonInstallation.terwayHybrid(),
        AddonInstallation.terwayHybrid())));
    rejects("terwayHybridControlplane.hybridPodCidr", () -> AddonInstallation.terwayHybridControlplane("10.100.0.0", 24, true));
    rejects("terwayHybridControlplane.nodeCidrMaskSize", () -> AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 8, true));
  }

  @Test
  void optionsAndFiltersAreChecked() {
    rejects("kubeconfig.validity", () -> cs.client.userKubeconfig("c1", k -> k.validity(Duration.ofMinutes(14))));
    rejects("kubeconfig.validity", () -> cs.client.userKubeconfig("c1", k -> k.validity(Duration.ofMinutes(4321))));
    rejects("kubeconfig.validity", () -> cs.client.userKubeconfig("c1", k -> k.validity(Duration.ofSeconds(1230))));
    rejects("modifyCluster", () -> cs.client.modifyCluster("c1", m -> {}));
    rejects("listClusters.pageSize", () -> cs.client.listClusters(f -> f.pageSize(0)));
    rejects("listClusters.clusterType", () -> cs.client.listClusters(f -> f.clusterType(ClusterType.UNKNOWN)));
    rejects("kubernetesVersions.queryUpgradableVersions",
        () -> cs.client.kubernetesVersions(v -> v.queryUpgradableVersions(true)));
    rejects("registerCluster.regionId", () -> cs.client.registerCluster(r -> r.name("idc").regionId("CN_HANGZHOU")));
  }

  @Test
  void asyncCallsFailTheFutureInsteadOfThrowing() {
    rejectsAsync("registerCluster.name", cs.client.async().registerCluster(r -> r.name("")));
    rejectsAsync("createProCluster.vpcId", cs.client.async().createProCluster(p -> p.name("pro").addVSwitchId("vsw-1")));
    rejectsAsync("clusterId", cs.client.async().describeCluster("a/b"));
    rejectsAsync("taskId", cs.client.async().describeTask(""));
    rejectsAsync("kubeconfig.validity", cs.client.async().userKubeconfig("c1", k -> k.validity(Duration.ofDays(4))));
    rejectsAsync("addons", cs.client.async().installAddons("c1", List.of()));
    rejectsAsync("modifyCluster", cs.client.async().modifyCluster("c1", m -> {}));
    rejectsAsync("listClustersRequest", cs.client.async().listClusters((ListClustersRequest) null).toList());
    rejectsAsync("listClusters.pageSize", cs.client.async().listClusters(f -> f.pageSize(0)).forEach(c -> { }));
    rejectsAsync("filter", cs.client.async().listClusters((java.util.function.Consumer<ListClustersRequest.Builder>) null)
        .toList());
    rejectsAsync("timeout", cs.client.async().waiters().untilRunning("c1", Duration.ZERO));
    assertEquals(0, cs.server.getRequestCount(), "bad input sends nothing");
  }
}
