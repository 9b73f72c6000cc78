package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacity;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The clients an elastic capacity journey uses against one simulator, and a bounded wait for what they observe. */
final class ElasticClients implements AutoCloseable {
  /** How long, in real time, a condition may take on a loaded machine. */
  private static final Duration POLL_LIMIT = Duration.ofSeconds(60);

  final ClusterClient clusters;
  final NodePoolClient pools;
  final ElasticCapacity elastic;

  private ElasticClients(CloudConfig config) {
    clusters = ClusterClient.create(config);
    pools = NodePoolClient.create(config);
    elastic = ElasticCapacity.create(config);
  }

  /** Resets the simulator and opens fresh clients on it. */
  static ElasticClients open(CloudSimulator sim) {
    sim.reset();
    return new ElasticClients(sim.cloudConfig().build());
  }

  /** Polls until {@code done} holds, failing with {@code state}'s last value after a generous real-time limit. */
  static void await(BooleanSupplier done, Supplier<String> state) {
    long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
    while (!done.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, () -> "not reached in time: " + state.get());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    elastic.close();
    pools.close();
    clusters.close();
  }
}
