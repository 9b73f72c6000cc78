package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.benchmarks.baseline.RawClient;
import io.github.ackhybrid.cluster.ClusterClient;
import java.net.URI;

/**
 * The cold-start program: a fresh JVM that makes one {@code DescribeClusterDetail} call, SDK or
 * baseline, prints {@code OK <cluster id>} and ends. The launcher times it from process start to
 * that line, so JVM start, class loading, client creation and the first call are all counted.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs one first call. Options: {@code --side sdk|baseline}, {@code --endpoint URI}.
   *
   * @param args the options
   * @throws Exception if the call fails
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    String id = firstCall(options.value("side", "sdk"), URI.create(options.value("endpoint", "")));
    System.out.println("OK " + id);
  }

  /**
   * Creates the side's client, makes one call and closes the client.
   *
   * @param side {@code sdk} or {@code baseline}
   * @param endpoint the benchmark server
   * @return the cluster id the answer carried
   * @throws Exception if the call fails
   */
  public static String firstCall(String side, URI endpoint) throws Exception {
    if (side.equals("sdk")) {
      try (ClusterClient client = ClusterClient.create(Clients.sdkConfig(endpoint, 64))) {
        return client.describeCluster(Payloads.CLUSTER_ID).id();
      }
    }
    try (RawClient client = Clients.baseline(endpoint, 64)) {
      return client.describeCluster(Payloads.CLUSTER_ID).clusterId;
    }
  }
}
