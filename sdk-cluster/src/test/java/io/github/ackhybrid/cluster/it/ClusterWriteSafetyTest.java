package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.FaultRule;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CreateCluster whose answer is lost after the simulator created the cluster: the SDK sends it
 * once, finds the cluster by its name and creation token, and returns it marked reconciled; when
 * the simulator did not act, the caller gets an {@link OutcomeUnknownException} and no cluster.
 */
@SimulatedCloud
class ClusterWriteSafetyTest {

  /** The faults that lose the answer after the cloud acted. */
  enum LostAnswer {
    DROP_AFTER_ACTING, TRUNCATED_BODY;

    FaultRule on(CloudSimulator sim) {
      return this == DROP_AFTER_ACTING ? sim.faults().dropAfterActing() : sim.faults().truncatedBody();
    }
  }

  @ParameterizedTest
  @EnumSource(LostAnswer.class)
  void registerClusterIsReconciled(LostAnswer fault, CloudSimulator sim) {
    fault.on(sim).forAction("CreateCluster").once();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation creation = clusters.registerCluster(r -> r.name("idc-lost").tag("env", "prod"));

      assertReconciledOnce(sim, creation, "idc-lost");
    }
  }

  @ParameterizedTest
  @EnumSource(LostAnswer.class)
  void proClusterIsReconciledAsynchronously(LostAnswer fault, CloudSimulator sim) throws Exception {
    fault.on(sim).forAction("CreateCluster").once();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation creation = clusters.async().createProCluster(p -> p.name("pro-lost").vpcId("vpc-bp1ws")
          .addVSwitchIds("vsw-bp1ws").addAddons(AddonInstallation.terwayEniip())).get(10, TimeUnit.SECONDS);

      assertReconciledOnce(sim, creation, "pro-lost");
    }
  }

  @Test
  void aCreateTheCloudNeverSawIsReportedUnknownAndNotRepeated(CloudSimulator sim) {
    sim.faults().dropBeforeActing().forAction("CreateCluster").once();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class,
          () -> clusters.registerCluster(r -> r.name("idc-never")));

      assertEquals("CreateCluster", e.operation());
      assertInstanceOf(TransportException.class, e.getCause());
      assertTrue(e.getMessage().contains("listClusters"), e.getMessage());
      assertEquals(1, sim.requests("CreateCluster").size(), "sent once");
      assertEquals(List.of(), sim.clusters());
    }
  }

  @ParameterizedTest
  @EnumSource(LostAnswer.class)
  void aFailedLookupIsReportedUnknownAsynchronously(LostAnswer fault, CloudSimulator sim) {
    fault.on(sim).forAction("CreateCluster").once();
    sim.faults().throttle().forAction("DescribeClustersV1").always();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ExecutionException failed = assertThrows(ExecutionException.class,
          () -> clusters.async().registerCluster(r -> r.name("idc-unseen")).get(30, TimeUnit.SECONDS));

      OutcomeUnknownException e = assertInstanceOf(OutcomeUnknownException.class, failed.getCause());
      assertEquals(1, e.getSuppressed().length, "the lookup's own failure travels along");
      assertEquals(1, sim.clusters().size(), "one cluster, never two");
      assertEquals(1, sim.requests("CreateCluster").size());
    }
  }

  private static void assertReconciledOnce(CloudSimulator sim, ClusterCreation creation, String name) {
    List<ObjectNode> all = sim.clusters();
    assertEquals(1, all.size(), "exactly one cluster");
    assertEquals(1, sim.requests("CreateCluster").size(), "the create was sent once");
    assertEquals(name, all.get(0).path("name").asText());
    assertEquals(all.get(0).path("cluster_id").asText(), creation.id());
    assertTrue(creation.responseMetadata().reconciled());
    assertEquals("CreateCluster", creation.responseMetadata().operation());
    assertTrue(creation.taskId().isEmpty(), "the lost answer's task id is unknown; wait on the cluster's state");
  }
}
