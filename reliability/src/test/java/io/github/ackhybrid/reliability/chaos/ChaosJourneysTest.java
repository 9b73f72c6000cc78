package io.github.ackhybrid.reliability.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.FaultKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main journeys run many times against the simulator on its fast clock, with seeded random
 * faults on every cloud API call: throttling, 500 and 503, answers held past the read timeout,
 * connections dropped before and after the simulator acted, malformed and truncated bodies. After
 * each run the simulator's state must hold the invariants (no duplicate cluster, pool, mesh or
 * policy; nothing left after the cleanup, which runs with the faults still on), and every failure
 * the journey saw must be typed, with its operation and, where the service answered, a request id.
 *
 * <p>{@code -Dchaos.runs=N} sets the runs in all (default 200), shared 45/35/20 between the
 * registration, the hybrid pool and the mesh journeys: the mesh journey costs the most, as each
 * run opens a TLS connection to a new control plane. {@code -Dchaos.seed=S} sets the first seed; a
 * violation names the seed that reproduces it. The figures are printed as one block at the end.
 * The mesh's Kubernetes API (where policies are applied) is a separate server the fault rules do
 * not reach.
 */
class ChaosJourneysTest {
  private static final int RUNS = Integer.getInteger("chaos.runs", 200);
  private static final long FIRST_SEED = Long.getLong("chaos.seed", 20_261_123L);
  private static final double FAULT_SHARE = 0.12;
  // Held answers cost wall time, so they are rarer than the other faults.
  private static final double HOLD_SHARE = 0.004;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(150);
  private static final Duration HOLD = Duration.ofMillis(250);
  private static final List<FaultKind> INSTANT = List.of(FaultKind.THROTTLE, FaultKind.SERVER_ERROR,
      FaultKind.SERVICE_UNAVAILABLE, FaultKind.DROP_BEFORE_ACTING, FaultKind.DROP_AFTER_ACTING,
      FaultKind.MALFORMED_BODY, FaultKind.TRUNCATED_BODY);

  private static final ChaosFigures FIGURES = new ChaosFigures();
  private static long startNanos;
  private static CloudSimulator sim;
  private static ChaosClients clients;

  @BeforeAll
  static void start() {
    startNanos = System.nanoTime();
    sim = CloudSimulator.builder().requestLogCapacity(1_000_000).start();
    // What a user with a short read timeout and a quick backoff builds; the rest are the defaults.
    CloudConfig config = sim.cloudConfig()
        .readTimeout(READ_TIMEOUT)
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(40)).build())
        .build();
    clients = new ChaosClients(ClusterClient.create(config), NodePoolClient.create(config), MeshClient.create(config));
  }

  @AfterAll
  static void stop() {
    clients.close();
    sim.close();
    System.out.println(FIGURES.report((System.nanoTime() - startNanos) / 1_000_000));
  }

  @Test
  void registerCluster() {
    assertNoViolations(runMany(new RegisterClusterJourney(), 0, RUNS * 45 / 100));
  }

  @Test
  void proClusterHybridPoolAndServers() {
    assertNoViolations(runMany(new HybridPoolJourney(), 1_000_000, RUNS * 35 / 100));
  }

  @Test
  void meshAndCanary() {
    assertNoViolations(runMany(new MeshCanaryJourney(), 2_000_000, RUNS - RUNS * 45 / 100 - RUNS * 35 / 100));
  }

  private static List<String> runMany(Journey journey, long seedOffset, int runs) {
    int before = FIGURES.violations().size();
    for (int i = 0; i < runs; i++) {
      long seed = FIRST_SEED + seedOffset + i;
      sim.reset();
      sim.faults().clear(seed);
      sim.faults().random(HOLD, INSTANT.toArray(FaultKind[]::new)).share(FAULT_SHARE);
      sim.faults().delay(HOLD).share(HOLD_SHARE);
      ChaosRun run = new ChaosRun(sim, seed);
      long runStart = System.nanoTime();
      try {
        journey.run(run, clients);
      } catch (SdkException | IllegalStateException | IllegalArgumentException e) {
        run.violation(journey.name() + " could not finish: " + e);
      }
      long faults = sim.faults().injected();
      sim.faults().clear(seed);
      FIGURES.add(journey.name(), run, sim.requests().size(), faults, (System.nanoTime() - runStart) / 1_000_000);
    }
    return FIGURES.violations().subList(before, FIGURES.violations().size());
  }

  private static void assertNoViolations(List<String> violations) {
    assertEquals(List.of(), violations.stream().limit(10).toList(), violations.size() + " invariant violations");
  }
}
