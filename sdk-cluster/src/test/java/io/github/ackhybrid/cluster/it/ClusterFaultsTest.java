package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.FaultKind;
import io.github.ackhybrid.testing.RecordedCall;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the cluster client lives through throttling, server errors, dropped connections and bad keys, against the simulator. */
@SimulatedCloud
class ClusterFaultsTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static String runningRegistered(CloudSimulator sim, ClusterClient clusters) {
    String id = clusters.registerCluster(r -> r.name("idc-faults")).id();
    sim.connectAgent(id);
    clusters.waiters().untilConnected(id, WAIT);
    sim.resetRequests();
    return id;
  }

  @Test
  void throttledDescribeIsRetriedAndSucceeds(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = runningRegistered(sim, clusters);
      sim.faults().throttle().forAction("DescribeClusterDetail").times(2);

      Cluster cluster = clusters.describeCluster(id);

      assertEquals(ClusterState.RUNNING, cluster.state());
      List<RecordedCall> calls = sim.requests("DescribeClusterDetail");
      assertEquals(3, calls.size());
      assertEquals(List.of(400, 400, 200), calls.stream().map(RecordedCall::status).toList());
      assertEquals(2, sim.faults().injected(FaultKind.THROTTLE));
    }
  }

  @Test
  void throttledDescribeIsRetriedAndSucceedsAsynchronously(CloudSimulator sim) throws Exception {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = runningRegistered(sim, clusters);
      sim.faults().throttle().forAction("DescribeClusterDetail").times(2);

      assertEquals(id, clusters.async().describeCluster(id).get(30, TimeUnit.SECONDS).id());
      assertEquals(3, sim.requests("DescribeClusterDetail").size());
    }
  }

  @Test
  void unavailableCreateIsNotRetried(CloudSimulator sim) {
    sim.faults().serviceUnavailable().forAction("CreateCluster").once();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      OutcomeUnknownException unknown = assertThrows(OutcomeUnknownException.class,
          () -> clusters.registerCluster(r -> r.name("idc-unavailable")));

      ServiceException failed = assertInstanceOf(ServiceException.class, unknown.getCause());
      assertEquals(503, failed.statusCode());
      assertTrue(unknown.requestId().isPresent());
      assertEquals(1, sim.requests("CreateCluster").size(), "a create is never retried blind");
      // The simulated 503 refuses before acting, so a retry would have created the cluster.
      assertEquals(List.of(), sim.clusters(), "nothing was created and nothing was retried");
    }
  }

  @Test
  void connectionDroppedAfterCreatingIsReconciledWithoutADuplicate(CloudSimulator sim) {
    sim.faults().dropAfterActing().forAction("CreateCluster").once();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation creation = clusters.registerCluster(r -> r.name("idc-dropped"));

      assertEquals(1, sim.requests("CreateCluster").size());
      List<ObjectNode> created = sim.clusters();
      assertEquals(1, created.size(), "the cloud acted once and the client did not retry");
      assertEquals("idc-dropped", created.get(0).path("name").asText());
      assertEquals(created.get(0).path("cluster_id").asText(), creation.id());
      assertTrue(creation.responseMetadata().reconciled());
    }
  }

  @Test
  void connectionDroppedAfterCreatingIsReconciledAsynchronously(CloudSimulator sim) throws Exception {
    sim.faults().dropAfterActing().forAction("CreateCluster").once();
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation creation = clusters.async().registerCluster(r -> r.name("idc-dropped-async"))
          .get(10, TimeUnit.SECONDS);

      assertEquals(1, sim.clusters().size());
      assertEquals(sim.clusters().get(0).path("cluster_id").asText(), creation.id());
      assertTrue(creation.responseMetadata().reconciled());
    }
  }

  @Test
  void droppedConnectionOnAReadIsRetried(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = runningRegistered(sim, clusters);
      sim.faults().dropBeforeActing().forAction("DescribeClusterDetail").once();

      assertEquals(id, clusters.describeCluster(id).id());
      assertEquals(2, sim.requests("DescribeClusterDetail").size());
      assertEquals(1, sim.faults().injected(FaultKind.DROP_BEFORE_ACTING));
    }
  }

  @Test
  void badSignatureGivesAuthenticationExceptionWithRequestId(CloudSimulator sim) {
    CloudConfig wrongSecret = sim.cloudConfig()
        .credentials(CredentialsProvider.of(Credentials.of(CloudSimulator.DEFAULT_ACCESS_KEY_ID, "not-the-secret")))
        .build();
    try (ClusterClient clusters = ClusterClient.create(wrongSecret)) {
      AuthenticationException refused = assertThrows(AuthenticationException.class,
          () -> clusters.listClusters().toList());

      assertEquals("SignatureDoesNotMatch", refused.errorCode());
      assertEquals(400, refused.statusCode());
      String requestId = refused.requestId().orElseThrow();
      assertEquals(requestId, sim.requests().get(0).requestId());
      assertEquals(1, sim.requests().size(), "a refused signature is not retried");
      assertFalse(refused.getMessage().contains("not-the-secret"));
    }
  }

  @Test
  void badSignatureGivesAuthenticationExceptionAsynchronously(CloudSimulator sim) {
    CloudConfig wrongSecret = sim.cloudConfig()
        .credentials(CredentialsProvider.of(Credentials.of(CloudSimulator.DEFAULT_ACCESS_KEY_ID, "not-the-secret")))
        .build();
    try (ClusterClient clusters = ClusterClient.create(wrongSecret)) {
      ExecutionException failed = assertThrows(ExecutionException.class,
          () -> clusters.async().userQuota().get(30, TimeUnit.SECONDS));
      AuthenticationException refused = assertInstanceOf(AuthenticationException.class, failed.getCause());
      assertTrue(refused.requestId().isPresent());
    }
  }
}
