package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.benchmarks.baseline.PlainCluster;
import io.github.ackhybrid.benchmarks.baseline.PlainNodePools;
import io.github.ackhybrid.benchmarks.baseline.RawClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.nodepool.NodePoolClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Builds the two sides of every comparison, pointed at the benchmark server, and their calls. */
public final class Clients {
  /** The AccessKey ID both sides sign with; the benchmark server checks no signature. */
  public static final String ACCESS_KEY_ID = "bench-access-key-id";
  private static final String ACCESS_KEY_SECRET = "bench-access-key-secret";

  private Clients() {}

  /**
   * Returns the SDK's settings for the benchmark server, defaults otherwise.
   *
   * @param endpoint the server
   * @param maxConcurrency how many calls may be in flight
   * @return the settings
   */
  public static CloudConfig sdkConfig(URI endpoint, int maxConcurrency) {
    return CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride(endpoint)
        .credentials(CredentialsProvider.of(Credentials.of(ACCESS_KEY_ID, ACCESS_KEY_SECRET)))
        .maxConcurrency(maxConcurrency)
        .build();
  }

  /**
   * Creates the hand-written client.
   *
   * @param endpoint the server
   * @param maxConcurrency how many calls may be in flight
   * @return the client
   */
  public static RawClient baseline(URI endpoint, int maxConcurrency) {
    return new RawClient(endpoint, ACCESS_KEY_ID, ACCESS_KEY_SECRET, maxConcurrency);
  }

  /**
   * Returns {@code DescribeClusterDetail} through the SDK.
   *
   * @param client the SDK client
   * @return the call
   */
  public static Caller sdkClusterDetail(ClusterClient client) {
    return new Caller() {
      @Override
      public Object call() {
        return client.describeCluster(Payloads.CLUSTER_ID);
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.async().describeCluster(Payloads.CLUSTER_ID);
      }
    };
  }

  /**
   * Returns {@code DescribeClusterDetail} through the baseline.
   *
   * @param client the hand-written client
   * @return the call
   */
  public static Caller baselineClusterDetail(RawClient client) {
    return new Caller() {
      @Override
      public PlainCluster call() throws Exception {
        return client.describeCluster(Payloads.CLUSTER_ID);
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.describeClusterAsync(Payloads.CLUSTER_ID);
      }
    };
  }

  /**
   * Returns {@code DescribeClusterNodePools} (the 16 KB answer) through the SDK.
   *
   * @param client the SDK client
   * @return the call
   */
  public static Caller sdkNodePools(NodePoolClient client) {
    return new Caller() {
      @Override
      public Object call() {
        return client.listPools(Payloads.CLUSTER_ID);
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.async().listPools(Payloads.CLUSTER_ID);
      }
    };
  }

  /**
   * Returns {@code DescribeClusterNodePools} through the baseline.
   *
   * @param client the hand-written client
   * @return the call
   */
  public static Caller baselineNodePools(RawClient client) {
    return new Caller() {
      @Override
      public PlainNodePools call() throws Exception {
        return client.describeNodePools(Payloads.CLUSTER_ID);
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.describeNodePoolsAsync(Payloads.CLUSTER_ID);
      }
    };
  }
}
