package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How to test your own automation against the simulator: copy this class into your repository,
 * replace {@link Janitor} with your code, and keep the pattern: {@code @SimulatedCloud} gives each
 * test a fresh {@link CloudSimulator}, {@code sim.cloudConfig()} points the SDK at it, and
 * {@code sim.faults()} makes the cloud throttle or fail so the error paths get tested too.
 */
@SimulatedCloud
class SimulatorTestExample {

  /** The automation under test: deletes every cluster whose name starts with {@code tmp-}. */
  static final class Janitor {
    private final ClusterClient clusters;

    Janitor(ClusterClient clusters) {
      this.clusters = clusters;
    }

    List<String> sweep() {
      List<String> doomed = clusters.listClusters().stream()
          .filter(c -> c.name().startsWith("tmp-"))
          .map(Cluster::id)
          .collect(Collectors.toList());
      doomed.forEach(clusters::deleteCluster);
      return doomed;
    }
  }

  @Test
  void deletesOnlyTemporaryClusters(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String keep = clusters.registerCluster(r -> r.name("prod-idc")).id();
      String scratch = clusters.registerCluster(r -> r.name("tmp-ci-1234")).id();

      assertEquals(List.of(scratch), new Janitor(clusters).sweep());
      assertEquals(1, sim.requests("DeleteCluster").size());
      assertEquals(keep, clusters.describeCluster(keep).id());
    }
  }

  @Test
  void survivesThrottlingBecauseTheSdkRetries(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String scratch = clusters.registerCluster(r -> r.name("tmp-ci-5678")).id();
      sim.faults().throttle().forAction("DescribeClustersV1").once();

      assertEquals(List.of(scratch), new Janitor(clusters).sweep());
      assertEquals(1, sim.faults().injected());
    }
  }

  @Test
  void reportsAServerErrorWhenDeletingFails(CloudSimulator sim) {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().retryPolicy(RetryPolicy.none()).build())) {
      clusters.registerCluster(r -> r.name("tmp-ci-9999"));
      sim.faults().serverError().forAction("DeleteCluster").always();

      assertThrows(ServiceException.class, () -> new Janitor(clusters).sweep());
      assertEquals(1, sim.requests("DeleteCluster").size());
    }
  }
}
