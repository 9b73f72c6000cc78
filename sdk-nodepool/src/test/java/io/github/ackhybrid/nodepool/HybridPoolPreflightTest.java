package io.github.ackhybrid.nodepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class HybridPoolPreflightTest {
  private static PreflightInput.Builder ready() {
    return PreflightInput.builder()
        .clusterType("ManagedKubernetes").clusterSpec("ack.pro.small").profile("Default")
        .kubernetesVersion("1.33.1-aliyun.1")
        .addInstalledAddons("terway-hybrid-controlplane", "terway-hybrid", "csi-plugin")
        .ecsNodeCount(3L);
  }

  @Test
  void aReadyClusterPasses() {
    PreflightReport report = HybridPoolPreflight.check(ready().build());
    assertTrue(report.passed(), report.toString());
    assertTrue(report.warnings().isEmpty());
    report.throwIfFailed();
  }

  @Test
  void listsEveryReasonABasicOldClusterWithoutTerwayOrEcsNodesFails() {
    PreflightReport report = HybridPoolPreflight.check(PreflightInput.builder()
        .clusterType("ManagedKubernetes").clusterSpec("ack.standard").profile("Default")
        .kubernetesVersion("1.31.1-aliyun.1")
        .addInstalledAddons("flannel")
        .putAddonVersion("flannel", "v0.15.1.22-5a1b-aliyun")
        .ecsNodeCount(0L)
        .build());
    assertEquals(List.of(PreflightCheck.MANAGED_PRO, PreflightCheck.KUBERNETES_VERSION, PreflightCheck.TERWAY_HYBRID,
        PreflightCheck.FLANNEL_VERSION, PreflightCheck.ECS_NODE),
        report.failures().stream().map(PreflightFailure::check).toList());
    String terway = report.failures().get(2).message();
    assertTrue(terway.contains("terway-hybrid-controlplane and terway-hybrid"), terway);
    assertTrue(report.failures().get(0).message().contains("upgraded to Pro"), report.failures().get(0).message());

    HybridPoolPreflightException e = assertThrows(HybridPoolPreflightException.class, report::throwIfFailed);
    assertInstanceOf(ValidationException.class, e);
    assertEquals("cluster", e.field());
    assertEquals(5, e.failures().size());
    for (String part : List.of("1) ", "2) ", "3) ", "4) ", "5) ", "not ACK managed Pro", "1.33", "terway-hybrid",
        "Flannel", "ECS node")) {
      assertTrue(e.getMessage().contains(part), part + " missing from: " + e.getMessage());
    }
  }

  @Test
  void unknownFactsFailWithAReasonThatSaysSo() {
    PreflightReport report = HybridPoolPreflight.check(PreflightInput.builder().build());
    assertEquals(4, report.failures().size());
    assertTrue(report.failures().stream().allMatch(f -> f.message().contains("unknown")
        || f.check() == PreflightCheck.TERWAY_HYBRID), report.failures().toString());
  }

  @Test
  void otherClusterKindsAreNotManagedPro() {
    for (PreflightInput input : List.of(
        ready().clusterType("ExternalKubernetes").clusterSpec("").build(),
        ready().profile("Edge").build(),
        ready().clusterType("Kubernetes").build())) {
      assertTrue(HybridPoolPreflight.check(input).failed(PreflightCheck.MANAGED_PRO), input.toString());
    }
  }

  @Test
  void versionsCompareNumerically() {
    assertTrue(HybridPoolPreflight.check(ready().kubernetesVersion("1.34.0").build()).passed());
    assertTrue(HybridPoolPreflight.check(ready().kubernetesVersion("v1.33").build()).passed());
    assertTrue(HybridPoolPreflight.check(ready().kubernetesVersion("1.4.0").build())
        .failed(PreflightCheck.KUBERNETES_VERSION));
    assertTrue(HybridPoolPreflight.check(ready().kubernetesVersion("latest").build())
        .failed(PreflightCheck.KUBERNETES_VERSION));
  }

  @Test
  void fewEcsNodesAndAnUnknownFlannelVersionOnlyWarn() {
    PreflightReport report = HybridPoolPreflight.check(ready().ecsNodeCount(1L).addInstalledAddons("flannel").build());
    assertTrue(report.passed());
    assertEquals(2, report.warnings().size(), report.warnings().toString());
  }

  @Test
  void aHybridPodCidrThatOverlapsTheClusterRangesFails() {
    PreflightReport report = HybridPoolPreflight.check(ready()
        .hybridPodNetwork(HybridPodNetwork.builder().podCidr("172.16.0.0/12").nodeMaskSize(24).build())
        .serviceCidr("172.19.0.0/20")
        .podCidr("10.0.0.0/16")
        .addNodeCidrs("192.168.0.0/16", "172.31.5.0/24")
        .build());
    assertEquals(2, report.failures().size(), report.failures().toString());
    assertTrue(report.failures().get(0).message().contains("Service CIDR 172.19.0.0/20"));
    assertTrue(report.failures().get(1).message().contains("172.31.5.0/24"));
    assertTrue(HybridPoolPreflight.check(ready()
        .hybridPodNetwork(HybridPodNetwork.builder().podCidr("10.128.0.0/14").build())
        .serviceCidr("172.19.0.0/20").podCidr("10.0.0.0/16").build()).passed());
  }

  @Test
  void hybridPodNetworkRejectsBadBlocks() {
    assertThrows(ValidationException.class, () -> HybridPodNetwork.builder().podCidr("10.0.0.1/16").build());
    assertThrows(ValidationException.class, () -> HybridPodNetwork.builder().podCidr("10.0.0.0/33").build());
    assertThrows(ValidationException.class, () -> HybridPodNetwork.builder().podCidr("10.0.0.0/24").nodeMaskSize(24)
        .build());
  }

  @Test
  void createHybridPoolWithPreflightSendsNothingWhenTheClusterIsNotReady() {
    try (MockCs cs = new MockCs(); NodePoolClient pools = cs.client()) {
      PreflightInput basic = ready().clusterSpec("ack.standard").ecsNodeCount(0L).build();
      HybridPoolPreflightException e = assertThrows(HybridPoolPreflightException.class,
          () -> pools.createHybridPool(MockCs.CLUSTER, basic, p -> p.name("idc")));
      assertEquals(2, e.failures().size());
      CompletionException async = assertThrows(CompletionException.class,
          () -> pools.async().createHybridPool(MockCs.CLUSTER, basic, p -> p.name("idc")).join());
      assertInstanceOf(HybridPoolPreflightException.class, async.getCause());
      assertEquals(0, cs.server.getRequestCount());

      cs.enqueue(200, "{\"nodepool_id\":\"np-ok\"}");
      assertEquals("np-ok", pools.createHybridPool(MockCs.CLUSTER, ready().build(), p -> p.name("idc")).id());
    }
  }
}
