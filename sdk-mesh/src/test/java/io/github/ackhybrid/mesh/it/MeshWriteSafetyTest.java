package io.github.ackhybrid.mesh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.FaultRule;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateServiceMesh whose answer is lost after the simulator created the mesh: the SDK sends it
 * once, finds the mesh by the creation token it tagged it with, and returns it marked reconciled.
 */
@SimulatedCloud
class MeshWriteSafetyTest {

  private static FaultRule lose(CloudSimulator sim, String kind) {
    return kind.equals("drop") ? sim.faults().dropAfterActing() : sim.faults().truncatedBody();
  }

  @ParameterizedTest
  @ValueSource(strings = {"drop", "truncate"})
  void createMeshIsReconciled(String kind, CloudSimulator sim) {
    lose(sim, kind).forAction("CreateServiceMesh").once();
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      CreatedMesh created = mesh.createMesh(c -> c.name("global").vpcId("vpc-bp1ws").vSwitch("vsw-bp1ws")
          .tag("team", "sre"));

      assertReconciledOnce(sim, created);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"drop", "truncate"})
  void createMeshIsReconciledAsynchronously(String kind, CloudSimulator sim) throws Exception {
    lose(sim, kind).forAction("CreateServiceMesh").once();
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      CreatedMesh created = mesh.async().createMesh(c -> c.vpcId("vpc-bp1ws").vSwitch("vsw-bp1ws"))
          .get(10, TimeUnit.SECONDS);

      assertReconciledOnce(sim, created);
    }
  }

  @Test
  void aCreateTheCloudNeverSawIsReportedUnknown(CloudSimulator sim) {
    sim.faults().dropBeforeActing().forAction("CreateServiceMesh").once();
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
          () -> mesh.createMesh(c -> c.name("never").vpcId("vpc-bp1ws").vSwitch("vsw-bp1ws")));

      assertEquals("CreateServiceMesh", e.operation());
      assertTrue(e.getMessage().contains("ackhybrid.io/create-token="), e.getMessage());
      assertEquals(1, sim.requests("CreateServiceMesh").size());
      assertEquals(List.of(), sim.meshes());
    }
  }

  @Test
  void anAnsweredCreateIsNotMarkedReconciled(CloudSimulator sim) {
    try (MeshClient mesh = MeshClient.create(sim.cloudConfig().build())) {
      CreatedMesh created = mesh.createMesh(c -> c.vpcId("vpc-bp1ws").vSwitch("vsw-bp1ws"));

      assertFalse(created.reconciled());
      assertTrue(created.requestId().isPresent());
      assertEquals(0, sim.requests("DescribeServiceMeshes").size(), "no lookup without a lost answer");
    }
  }

  private static void assertReconciledOnce(CloudSimulator sim, CreatedMesh created) {
    List<ObjectNode> meshes = sim.meshes();
    assertEquals(1, meshes.size(), "exactly one mesh");
    assertEquals(1, sim.requests("CreateServiceMesh").size(), "the create was sent once");
    assertEquals(meshes.get(0).path("ServiceMeshInfo").path("ServiceMeshId").asText(), created.id());
    assertTrue(created.reconciled());
  }
}
