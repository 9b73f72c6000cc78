package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.AgentManifest;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.SimulatedCloud;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers clusters outside Alibaba Cloud, connects their agents, pages through them and deletes them, against the simulator. */
@SimulatedCloud
class RegisteredClusterJourneyTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int CLUSTERS = 7;
  private static final int PAGE_SIZE = 3;

  @Test
  void registersConnectsListsAndDeletes(CloudSimulator sim, @TempDir Path dir) throws IOException {
    try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterCreation idc = clusters.registerCluster(r -> r.name("idc-shanghai").tag("site", "shanghai"));
      assertTrue(idc.responseMetadata().requestId().isPresent());

      AgentManifest manifest = clusters.agentManifest(idc.id(), a -> a.privateNetwork(true));
      Path file = manifest.writeTo(dir.resolve("agent.yaml"));
      assertManifestFile(file, manifest);

      // The simulator connects the agent on its own once its manifest has been fetched.
      Cluster connected = clusters.waiters().untilConnected(idc.id(), WAIT);
      assertEquals(ClusterState.RUNNING, connected.state());
      assertEquals(ClusterType.EXTERNAL_KUBERNETES, connected.type());
      assertEquals("idc-shanghai", connected.name());

      List<String> registered = new ArrayList<>(List.of(idc.id()));
      for (int i = 1; i < CLUSTERS; i++) {
        registered.add(clusters.registerCluster(r -> r.name("idc-" + registered.size())).id());
      }
      clusters.registerCluster(r -> r.name("edge-other"));

      List<Page<Cluster>> pages = new ArrayList<>();
      clusters.listClusters(f -> f.name("idc-").clusterType(ClusterType.EXTERNAL_KUBERNETES).pageSize(PAGE_SIZE))
          .pages().forEach(pages::add);
      assertEquals(3, pages.size(), "7 matches in pages of 3");
      List<String> listed = pages.stream().flatMap(p -> p.items().stream()).map(Cluster::id).toList();
      assertEquals(CLUSTERS, listed.size());
      assertTrue(listed.containsAll(registered));
      assertEquals(3, sim.requests("DescribeClustersV1").size());

      clusters.deleteCluster(idc.id());
      clusters.waiters().untilDeleted(idc.id(), WAIT);
      assertTrue(sim.cluster(idc.id()).isEmpty());
      assertFalse(clusters.listClusters(f -> f.name("idc-")).stream().anyMatch(c -> c.id().equals(idc.id())));
    }
  }

  @Test
  void registersConnectsListsAndDeletesAsynchronously(CloudSimulator sim, @TempDir Path dir) throws Exception {
    try (ClusterClient sync = ClusterClient.create(sim.cloudConfig().build())) {
      ClusterAsyncClient clusters = sync.async();
      ClusterCreation idc = clusters.registerCluster(r -> r.name("idc-beijing")).get(30, TimeUnit.SECONDS);

      AgentManifest manifest = clusters.agentManifest(idc.id()).get(30, TimeUnit.SECONDS);
      assertManifestFile(manifest.writeTo(dir.resolve("nested/agent.yaml")), manifest);
      sim.connectAgent(idc.id());
      Cluster connected = clusters.waiters().untilConnected(idc.id(), WAIT).get(15, TimeUnit.SECONDS);
      assertEquals(ClusterState.RUNNING, connected.state());

      for (int i = 1; i < CLUSTERS; i++) {
        clusters.registerCluster(r -> r.name("idc-beijing-" + System.nanoTime())).get(30, TimeUnit.SECONDS);
      }
      List<Integer> pageSizes = new ArrayList<>();
      List<Cluster> listed = new ArrayList<>();
      clusters.listClusters(f -> f.name("idc-beijing").pageSize(PAGE_SIZE))
          .forEachPage(p -> {
            pageSizes.add(p.items().size());
            listed.addAll(p.items());
            return true;
          })
          .get(30, TimeUnit.SECONDS);
      assertEquals(List.of(3, 3, 1), pageSizes);
      assertTrue(listed.stream().anyMatch(c -> c.id().equals(idc.id())));

      clusters.deleteCluster(idc.id()).get(30, TimeUnit.SECONDS);
      clusters.waiters().untilDeleted(idc.id(), WAIT).get(15, TimeUnit.SECONDS);
      assertTrue(sim.cluster(idc.id()).isEmpty());
    }
  }

  private static void assertManifestFile(Path file, AgentManifest manifest) throws IOException {
    String yaml = Files.readString(file);
    assertEquals(manifest.yaml(), yaml);
    assertTrue(yaml.contains("kind: Deployment"), "the manifest deploys the agent");
    assertFalse(manifest.toString().contains(yaml.substring(0, Math.min(40, yaml.length()))),
        "the manifest's text stays out of toString");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }
}
