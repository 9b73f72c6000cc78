package io.github.ackhybrid.reliability.chaos;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.ListClustersRequest;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.core.ResponseMetadata;
import java.time.Duration;
import java.util.Optional;

/**
 * Journey (a): register a data-centre cluster ({@code CreateCluster}, ExternalKubernetes), fetch
 * its agent manifest, connect the agent, wait for {@code running}, delete it. Odd seeds register
 * through the asynchronous client.
 */
final class RegisterClusterJourney implements Journey {
  static final Duration WAIT = Duration.ofSeconds(60);

  @Override
  public String name() {
    return "register-cluster";
  }

  @Override
  public void run(ChaosRun run, ChaosClients clients) {
    String name = "idc-" + run.seed();
    String id = register(run, clients.clusters(), name, run.seed() % 2 == 1);
    run.step("agentManifest", () -> clients.clusters().agentManifest(id));
    run.sim().connectAgent(id);
    run.step("untilConnected", () -> clients.clusters().waiters().untilConnected(id, WAIT));
    Invariants.oneClusterNamed(run, name);

    deleteCluster(run, clients.clusters(), id);
    Invariants.noClusters(run);
  }

  /** Registers a cluster once, whatever the faults; returns its id. */
  static String register(ChaosRun run, ClusterClient clusters, String name, boolean async) {
    ClusterCreation created = run.once("registerCluster",
        () -> async ? ChaosClients.await(clusters.async().registerCluster(r -> r.name(name)))
            : clusters.registerCluster(r -> r.name(name)),
        () -> clusterNamed(clusters, name));
    if (created.responseMetadata().reconciled()) {
      run.reconciled();
    }
    return created.id();
  }

  /** Finds a cluster by its exact name, as a user checks after an unknown outcome. */
  static Optional<ClusterCreation> clusterNamed(ClusterClient clusters, String name) {
    return clusters.listClusters(ListClustersRequest.builder().name(name).build()).stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .map(c -> ClusterCreation.builder().id(c.id())
            .responseMetadata(ResponseMetadata.empty("DescribeClustersV1")).build());
  }

  /** Deletes a cluster and waits until it is gone; deletes are retried by the SDK itself. */
  static void deleteCluster(ChaosRun run, ClusterClient clusters, String id) {
    run.step("deleteCluster", () -> clusters.deleteCluster(id));
    run.step("untilClusterDeleted", () -> clusters.waiters().untilDeleted(id, WAIT));
  }
}
