package io.github.ackhybrid.reliability.chaos;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The SDK clients a journey uses, as a user builds them.
 *
 * @param clusters the cluster client
 * @param pools the node pool client
 * @param mesh the mesh client
 */
record ChaosClients(ClusterClient clusters, NodePoolClient pools, MeshClient mesh) implements AutoCloseable {

  /** Waits for an asynchronous call and throws its failure as the SDK exception it is. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof SdkException) {
        throw (SdkException) e.getCause();
      }
      throw e;
    }
  }

  @Override
  public void close() {
    mesh.close();
    pools.close();
    clusters.close();
  }
}
