package io.github.ackhybrid.testing.internal;

/**
 * One product area of the simulator (ACK clusters; later node pools, ASM, billing, a Kubernetes
 * API). It registers its operations on the shared {@link Routes} and keeps its own state, which
 * is only touched under the {@link CloudState} lock.
 */
public interface SimService {
  /**
   * Registers this area's operations.
   *
   * @param routes the routing table to add to
   */
  void register(Routes routes);

  /** Forgets every resource this area holds; called under the state lock. */
  void reset();
}
