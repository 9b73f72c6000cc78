package io.github.ackhybrid.nodepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisteredBurstPreflightTest {
  private static PreflightInput.Builder ready() {
    return PreflightInput.builder()
        .clusterType("ExternalKubernetes").clusterState("running").kubernetesVersion("v1.30.2")
        .addInstalledAddons("cloud-node-controller")
        .agentPrivateNetwork(true);
  }

  private static List<PreflightCheck> failed(PreflightInput input) {
    return RegisteredBurstPreflight.check(input).failures().stream().map(PreflightFailure::check).toList();
  }

  @Test
  void aReadyRegisteredClusterPasses() {
    PreflightReport report = RegisteredBurstPreflight.check(ready().build());

    assertTrue(report.passed(), report.toString());
    assertEquals(List.of(), report.warnings());
    assertEquals(RegisteredBurstPreflight.PURPOSE, report.purpose());
    report.throwIfFailed();
  }

  @Test
  void listsEveryMissingPrerequisiteWithItsFix() {
    PreflightInput input = PreflightInput.builder().clusterType("ExternalKubernetes").clusterState("waiting")
        .kubernetesVersion("1.29.3").agentPrivateNetwork(false).build();

    PreflightReport report = RegisteredBurstPreflight.check(input);

    assertEquals(List.of(PreflightCheck.AGENT_CONNECTED, PreflightCheck.PRIVATE_NETWORK_AGENT,
        PreflightCheck.CLOUD_NODE_CONTROLLER, PreflightCheck.KUBERNETES_VERSION),
        report.failures().stream().map(PreflightFailure::check).toList());
    PreflightException e = assertThrows(PreflightException.class, report::throwIfFailed);
    assertFalse(e instanceof HybridPoolPreflightException);
    assertEquals("cluster", e.field());
    assertTrue(e.getMessage().startsWith("cluster is not ready for cloud burst node pools on a registered cluster"
        + " (4 problems): 1) "), e.getMessage());
    assertTrue(e.getMessage().contains("agentManifest(clusterId, a -> a.privateNetwork(true))"), e.getMessage());
    assertTrue(e.getMessage().contains("addNodeScriptPath"), e.getMessage());
  }

  @Test
  void onlyKubeadmVersionsTheNodeScriptsSupportPass() {
    for (String ok : List.of("1.26.3", "v1.28.0", "1.30.1-aliyun.1", "1.31.0", "1.34.2", "2.0.0")) {
      assertEquals(List.of(), failed(ready().kubernetesVersion(ok).build()), ok);
    }
    for (String bad : List.of("1.25.9", "1.27.4", "1.29.1", "not-a-version")) {
      assertEquals(List.of(PreflightCheck.KUBERNETES_VERSION), failed(ready().kubernetesVersion(bad).build()), bad);
    }
    PreflightReport custom = RegisteredBurstPreflight.check(ready().kubernetesVersion("1.27.4").customNodeScript(true)
        .build());
    assertTrue(custom.passed());
    assertTrue(custom.warnings().get(0).contains("custom node script"), custom.warnings().toString());
  }

  @Test
  void aManagedClusterOrAnUnknownAgentModeIsReported() {
    assertEquals(List.of(PreflightCheck.REGISTERED_CLUSTER), failed(ready().clusterType("ManagedKubernetes").build()));
    PreflightReport unknownMode = RegisteredBurstPreflight.check(ready().agentPrivateNetwork(Optional.empty())
        .build());
    assertTrue(unknownMode.passed());
    assertTrue(unknownMode.warnings().get(0).contains("private-network mode"), unknownMode.warnings().toString());
    assertEquals(List.of(PreflightCheck.AGENT_CONNECTED), failed(ready().clusterState("disconnected").build()));
  }

  @Test
  void factsComeFromTheClusterAndItsActiveAddons() {
    Cluster cluster = Cluster.builder().id("c1").typeAsString("ExternalKubernetes").stateAsString("running")
        .currentVersion("1.30.1").build();
    List<InstalledAddon> addons = List.of(
        InstalledAddon.builder().name("cloud-node-controller").version("v2.9.2").stateAsString("active").build(),
        InstalledAddon.builder().name("logtail-ds").stateAsString("failed").build());

    PreflightInput facts = RegisteredBurstPreflight.facts(cluster, addons);

    assertEquals(Set.of("cloud-node-controller"), facts.installedAddons());
    assertEquals("v2.9.2", facts.addonVersions().get("cloud-node-controller"));
    assertTrue(RegisteredBurstPreflight.check(facts).passed());
  }
}
