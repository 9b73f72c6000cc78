package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.Node;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The paging program: walks a long node list ({@code DescribeClusterNodes}) through the SDK's
 * paginator and shows that memory stays
 * bounded, by measuring the live heap (after a full collection) at points along the walk and
 * comparing it with the live heap of the same list held whole. Run it in a JVM of its own.
 */
public final class PagingRun {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final int CHECKPOINTS = 5;

  private PagingRun() {}

  /**
   * Runs the walk and prints {@code key=value} lines. Options: {@code --endpoint URI},
   * {@code --items N} (default 5000, the server's list size), {@code --page-size N} (default 100).
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    run(URI.create(options.value("endpoint", "")), options.intValue("items", 5000), options.intValue("page-size", 100))
        .forEach((k, v) -> System.out.println(k + "=" + v));
  }

  /**
   * Walks the list once item by item, then once more holding every item.
   *
   * @param endpoint the benchmark server
   * @param expectedItems how long the server's list is
   * @param pageSize items per page
   * @return the figures, in print order
   */
  public static Map<String, String> run(URI endpoint, int expectedItems, int pageSize) {
    Map<String, String> out = new LinkedHashMap<>();
    try (NodePoolClient client = NodePoolClient.create(Clients.sdkConfig(endpoint, 16))) {
      client.listNodes(Payloads.CLUSTER_ID, r -> r.pageSize(pageSize)).first();
      long liveBefore = liveHeap();
      long maxLive = liveBefore;
      int items = 0;
      int every = Math.max(1, expectedItems / CHECKPOINTS);
      long start = System.nanoTime();
      for (Node node : client.listNodes(Payloads.CLUSTER_ID, r -> r.pageSize(pageSize))) {
        items++;
        if (items % every == 0) {
          maxLive = Math.max(maxLive, liveHeap());
        }
        Reference.reachabilityFence(node);
      }
      long walkNanos = System.nanoTime() - start;
      List<Node> all = client.listNodes(Payloads.CLUSTER_ID, r -> r.pageSize(pageSize)).toList();
      long liveHoldingAll = liveHeap();
      Reference.reachabilityFence(all);

      out.put("items", String.valueOf(items));
      out.put("pages", String.valueOf((items + pageSize - 1) / pageSize));
      out.put("walkMillis", String.valueOf(TimeUnit.NANOSECONDS.toMillis(walkNanos)));
      out.put("liveGrowthWalkingBytes", String.valueOf(Math.max(0, maxLive - liveBefore)));
      out.put("liveGrowthHoldingAllBytes", String.valueOf(Math.max(0, liveHoldingAll - liveBefore)));
    }
    return out;
  }

  /** The heap still in use after a full collection: what the program actually holds. */
  private static long liveHeap() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
