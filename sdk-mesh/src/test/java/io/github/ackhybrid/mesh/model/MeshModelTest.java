package io.github.ackhybrid.mesh.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.mesh.AddClusterRequest;
import org.junit.jupiter.api.Test;

/** Secrets stay out of {@code toString()}, and open enums read unknown values as UNKNOWN. */
class MeshModelTest {
  private static final String KUBECONFIG = "apiVersion: v1\nusers:\n- name: admin\n  user:\n"
      + "    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==\n";

  @Test
  void kubeconfigYamlNeverAppearsInToString() {
    MeshKubeconfig k = MeshKubeconfig.builder().yaml(KUBECONFIG).privateAddress(true).build();
    assertFalse(k.toString().contains("client-key-data"), k.toString());
    assertFalse(k.toString().contains("LS0t"), k.toString());
    assertTrue(k.toString().contains("****"), k.toString());
    assertEquals(KUBECONFIG, k.yaml());
  }

  @Test
  void addClusterRequestHidesTheKubeconfigItCarries() {
    AddClusterRequest r = AddClusterRequest.builder().meshId("m-1").clusterId("c-1").kubeconfig(KUBECONFIG).build();
    assertFalse(r.toString().contains("LS0t"), r.toString());
    assertTrue(r.toString().contains("c-1"), r.toString());
  }

  @Test
  void openEnumsReadUnknownValuesAsUnknown() {
    assertEquals(MeshState.UPGRADING_FAILED, MeshState.fromWire("Upgrading_Failed"));
    assertEquals(MeshState.UNKNOWN, MeshState.fromWire("success"));
    assertEquals(MeshState.UNKNOWN, MeshState.fromWire(null));
    assertTrue(MeshState.CREATING_FAILED.isFailure());
    assertFalse(MeshState.UPDATING.isFailure());
    assertEquals(ClusterType.EXTERNAL_KUBERNETES, ClusterType.fromWire("ExternalKubernetes"));
    assertEquals(ClusterType.UNKNOWN, ClusterType.fromWire("Edge"));
    assertEquals(MemberClusterState.UNKNOWN, MemberClusterState.fromWire("paused"));
    assertEquals(IngressRoutingStrategy.RULE_BASED, IngressRoutingStrategy.fromWire("rule-based"));
    assertEquals(IngressRoutingStrategy.RULE_BASED, IngressRoutingStrategy.fromWire("rule_based"));
    assertEquals(ClusterEligibility.UNKNOWN, ClusterEligibility.fromFlag(7));
    assertEquals(LaneMatch.Mode.UNKNOWN, LaneMatch.builder().modeAsString("glob").content("x").build().mode());
    assertEquals(MeshEdition.DEFAULT, MeshEdition.fromWire("default"));
  }

  @Test
  void candidateEligibilityComesFromTheForbiddenFlag() {
    CandidateCluster none = CandidateCluster.builder().id("c").build();
    assertEquals(ClusterEligibility.UNKNOWN, none.eligibility());
    assertFalse(none.canBeAdded());
    CandidateCluster ok = none.toBuilder().forbiddenFlag(0).build();
    assertTrue(ok.canBeAdded());
    assertEquals(ClusterEligibility.ISTIO_SYSTEM_EXISTS, none.toBuilder().forbiddenFlag(4).build().eligibility());
  }
}
