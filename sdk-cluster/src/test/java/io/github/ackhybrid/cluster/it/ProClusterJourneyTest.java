package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.CreateProClusterRequest;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterSpec;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.TaskState;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Creates ACK managed Pro clusters ready for hybrid node pools and takes them down again, against the simulator. */
@SimulatedCloud
class ProClusterJourneyTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String VERSION = "1.33.3-aliyun.1";

  private static CreateProClusterRequest hybridPro(String name) {
    return CreateProClusterRequest.builder()
        .name(name)
        .hybridReady(true)
        .kubernetesVersion(VERSION)
        .vpcId("vpc-bp1hybrid")
        .addVSwitchIds("vsw-bp1a", "vsw-bp1b")
        .serviceCidr("172.21.0.0/20")
        .deletionProtection(true)
        .addAddons(AddonInstallation.terwayEniip(),
            AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true),
            AddonInstallation.terwayHybrid())
        .build();
  }

  @Test
  void createsWaitsIssuesKubeconfigAndDeletesOnceUnprotected(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation pro = clusters.createProCluster(hybridPro("pro-hybrid-01"));
      ClusterTask task = clusters.waiters().untilTaskComplete(pro.taskId().orElseThrow(), WAIT);
      assertEquals(TaskState.SUCCESS, task.state());
      assertEquals(pro.id(), task.clusterId().orElseThrow());

      Cluster running = clusters.waiters().untilRunning(pro.id(), WAIT);
      assertEquals(ClusterState.RUNNING, running.state());
      assertEquals(ClusterSpec.ACK_PRO_SMALL, running.spec().orElseThrow());
      assertEquals(VERSION, running.currentVersion().orElseThrow());
      assertEquals("vpc-bp1hybrid", running.vpcId().orElseThrow());
      assertEquals(List.of("vsw-bp1a", "vsw-bp1b"), running.vSwitchIds());
      assertTrue(running.deletionProtection());
      assertTrue(running.apiServerEndpoints().isPresent(), "master_url is read as typed endpoints");

      Instant before = sim.clock().now().truncatedTo(ChronoUnit.SECONDS);
      UserKubeconfig kubeconfig = clusters.userKubeconfig(pro.id(), k -> k.validity(Duration.ofHours(1)));
      Instant after = sim.clock().now();
      assertTrue(kubeconfig.yaml().contains("kind: Config"));
      Instant expiration = kubeconfig.expiration().orElseThrow();
      assertFalse(expiration.isBefore(before.plus(Duration.ofHours(1))), "an hour from issue: " + expiration);
      assertFalse(expiration.isAfter(after.plus(Duration.ofHours(1))), "an hour from issue: " + expiration);
      assertFalse(kubeconfig.toString().contains("client-key-data"));

      ConflictException refused = assertThrows(ConflictException.class, () -> clusters.deleteCluster(pro.id()));
      assertTrue(refused.requestId().isPresent(), "the refusal carries the request id");
      assertEquals(ClusterState.RUNNING, clusters.describeCluster(pro.id()).state());

      ClusterTask unprotect = clusters.waiters().untilTaskComplete(
          clusters.modifyCluster(pro.id(), m -> m.deletionProtection(false)).taskId().orElseThrow(), WAIT);
      assertEquals(TaskState.SUCCESS, unprotect.state());
      assertFalse(clusters.describeCluster(pro.id()).deletionProtection());

      clusters.deleteCluster(pro.id());
      clusters.waiters().untilDeleted(pro.id(), WAIT);
      assertTrue(sim.cluster(pro.id()).isEmpty());
    }
  }

  @Test
  void createsWaitsIssuesKubeconfigAndDeletesOnceUnprotectedAsynchronously(CloudSimulator sim) throws Exception {
    try (ClusterClient sync = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterAsyncClient clusters = sync.async();
      ClusterCreation pro = clusters.createProCluster(hybridPro("pro-hybrid-02")).get(30, TimeUnit.SECONDS);
      ClusterTask task = clusters.waiters().untilTaskComplete(pro.taskId().orElseThrow(), WAIT).get(15, TimeUnit.SECONDS);
      assertEquals(TaskState.SUCCESS, task.state());
      assertEquals(ClusterState.RUNNING, clusters.waiters().untilRunning(pro.id(), WAIT).get(15, TimeUnit.SECONDS).state());
      assertTrue(clusters.userKubeconfig(pro.id()).get(30, TimeUnit.SECONDS).expiration().isPresent());

      ExecutionException refused = assertThrows(ExecutionException.class,
          () -> clusters.deleteCluster(pro.id()).get(30, TimeUnit.SECONDS));
      ConflictException conflict = assertInstanceOf(ConflictException.class, refused.getCause());
      assertTrue(conflict.requestId().isPresent());

      String modifyTask = clusters.modifyCluster(pro.id(), m -> m.deletionProtection(false))
          .get(30, TimeUnit.SECONDS).taskId().orElseThrow();
      clusters.waiters().untilTaskComplete(modifyTask, WAIT).get(15, TimeUnit.SECONDS);
      clusters.deleteCluster(pro.id()).get(30, TimeUnit.SECONDS);
      clusters.waiters().untilDeleted(pro.id(), WAIT).get(15, TimeUnit.SECONDS);
      assertTrue(sim.cluster(pro.id()).isEmpty());
    }
  }

  @Test
  void failedCreationTaskSurfacesAsWaiterException(CloudSimulator sim) {
    sim.failNextTask("cluster_create", "QuotaExceeded.Cluster", "The cluster quota is exhausted.");
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation pro = clusters.createProCluster(hybridPro("pro-doomed"));
      WaiterException failed = assertThrows(WaiterException.class,
          () -> clusters.waiters().untilTaskComplete(pro.taskId().orElseThrow(), WAIT));
      assertEquals(WaiterException.Reason.FAILURE_STATE, failed.reason());
      assertTrue(failed.getMessage().contains("QuotaExceeded.Cluster"), failed.getMessage());
      assertTrue(failed.getMessage().contains("The cluster quota is exhausted."), failed.getMessage());
      ClusterTask last = assertInstanceOf(ClusterTask.class, failed.lastState().orElseThrow());
      assertEquals(TaskState.FAILED, last.state());
      assertEquals("QuotaExceeded.Cluster", last.errorCode().orElseThrow());
      assertEquals(ClusterState.FAILED, clusters.describeCluster(pro.id()).state());
    }
  }

  @Test
  void failedCreationTaskSurfacesAsWaiterExceptionAsynchronously(CloudSimulator sim) throws Exception {
    sim.failNextTask("cluster_create", "InvalidVSwitchId.IpNotEnough", "The vSwitch has no free addresses.");
    try (ClusterClient sync = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterAsyncClient clusters = sync.async();
      ClusterCreation pro = clusters.createProCluster(hybridPro("pro-doomed-async")).get(30, TimeUnit.SECONDS);
      ExecutionException failed = assertThrows(ExecutionException.class,
          () -> clusters.waiters().untilTaskComplete(pro.taskId().orElseThrow(), WAIT).get(15, TimeUnit.SECONDS));
      WaiterException waiter = assertInstanceOf(WaiterException.class, failed.getCause());
      assertTrue(waiter.getMessage().contains("InvalidVSwitchId.IpNotEnough"), waiter.getMessage());
      ClusterTask last = assertInstanceOf(ClusterTask.class, waiter.lastState().orElseThrow());
      assertEquals("The vSwitch has no free addresses.", last.errorMessage().orElseThrow());
    }
  }
}
