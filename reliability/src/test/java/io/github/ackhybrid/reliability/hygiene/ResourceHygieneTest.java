package io.github.ackhybrid.reliability.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.scheduling.SchedulingClient;
import io.github.ackhybrid.reliability.transport.LoopbackFixtures;
import io.github.ackhybrid.testing.CloudSimulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * After {@code close()}, nothing the SDK opened is left: every client type (cluster, node pool,
 * mesh, scheduling, billing, Kubernetes) and a shared transport, each used sync and async, leaves
 * no open connection as the server side counts them (a relay in front of the simulator), its own
 * threads end at once, and every {@code ackhybrid-*} or OkHttp thread it started ends within a
 * bounded wait (the JVM-wide ones, the SDK's scheduler and completion pool and OkHttp's task
 * runner, after a minute of idleness). And 10,000 calls leave the retained heap flat. Prints the
 * figures.
 */
class ResourceHygieneTest {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(20);
  /** OkHttp's task runner and the SDK's shared pools keep an idle thread for 60 s. */
  private static final Duration IDLE_THREAD_WAIT = Duration.ofSeconds(150);
  /** About 460 bytes per call over 9,000 calls: a request, response or exchange kept per call would pass it. */
  private static final long HEAP_GROWTH_BOUND = 4L * 1024 * 1024;

  @Test
  void closedClientsLeaveNoConnectionsAndNoThreads() throws Exception {
    Set<Thread> before = sdkThreads();
    List<AutoCloseable> clients = new ArrayList<>();
    try (CloudSimulator sim = CloudSimulator.builder().requestLogCapacity(100).start();
         ConnectionCountingProxy cloudSide = new ConnectionCountingProxy(sim.port());
         MockWebServer apiServer = LoopbackFixtures.newServer()) {
      apiServer.setDispatcher(LoopbackFixtures.always(new MockResponse()
          .setHeader("Content-Type", "application/json")
          .setBody("{\"apiVersion\":\"networking.istio.io/v1\",\"kind\":\"VirtualService\"}")));
      apiServer.start(InetAddress.getLoopbackAddress(), 0);
      CloudConfig cloud = sim.cloudConfig().endpointOverride("http://127.0.0.1:" + cloudSide.port()).build();

      try (ConnectionCountingProxy kubeSide = new ConnectionCountingProxy(apiServer.getPort())) {
        ClusterClient clusters = add(clients, ClusterClient.create(cloud));
        String clusterId = clusters.registerCluster(r -> r.name("hygiene")).id();
        twice(() -> clusters.describeCluster(clusterId), () -> clusters.async().describeCluster(clusterId));
        NodePoolClient pools = add(clients, NodePoolClient.create(cloud));
        twice(() -> pools.listPools(clusterId), () -> pools.async().listPools(clusterId));
        MeshClient mesh = add(clients, MeshClient.create(cloud));
        twice(mesh::listMeshes, () -> mesh.async().listMeshes());
        BillingClient billing = add(clients, BillingClient.create(cloud));
        twice(billing::queryAccountBalance, () -> billing.async().queryAccountBalance());
        SchedulingClient scheduling = add(clients, SchedulingClient.create(cloud));
        twice(() -> scheduling.configureAutoscaler(clusterId, c -> { }),
            () -> scheduling.async().configureAutoscaler(clusterId, c -> { }));
        HttpTransport shared = HttpTransport.create(cloud);
        ClusterClient sharing = ClusterClient.builder().config(cloud).transport(shared).build();
        NodePoolClient sharingPools = NodePoolClient.builder().config(cloud).transport(shared).build();
        twice(() -> sharing.describeCluster(clusterId), () -> sharingPools.async().listPools(clusterId));
        add(clients, sharing);
        add(clients, sharingPools);
        add(clients, shared);
        KubeClient kube = add(clients,
            KubeClient.create(LoopbackFixtures.kubeconfig("http://127.0.0.1:" + kubeSide.port())));
        kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews");

        int openBefore = cloudSide.openConnections();
        int kubeOpenBefore = kubeSide.openConnections();
        assertTrue(openBefore > 0 && kubeOpenBefore > 0, "the relays see the clients' pooled connections");
        for (AutoCloseable client : clients) {
          client.close();
        }

        awaitTrue(CLOSE_WAIT, () -> cloudSide.openConnections() == 0 && kubeSide.openConnections() == 0,
            () -> "connections still open: cloud " + cloudSide.openConnections()
                + ", kube " + kubeSide.openConnections());
        awaitTrue(CLOSE_WAIT, () -> started(before, "ackhybrid-http", "ackhybrid-kube").isEmpty(),
            () -> "per-client threads still alive: " + started(before, "ackhybrid-http", "ackhybrid-kube"));
        System.out.printf("[hygiene] %d clients closed: connections open before close %d (cloud) + %d (kube),"
            + " %d accepted in all, 0 open after%n", clients.size(), openBefore, kubeOpenBefore,
            cloudSide.acceptedConnections() + kubeSide.acceptedConnections());
      }
    }
    long start = System.nanoTime();
    String lingering = started(before, "ackhybrid-", "OkHttp").toString();
    awaitTrue(IDLE_THREAD_WAIT, () -> started(before, "ackhybrid-", "OkHttp").isEmpty(),
        () -> "SDK or OkHttp threads still alive: " + started(before, "ackhybrid-", "OkHttp"));
    System.out.printf("[hygiene] shared idle threads %s ended %d s after the last close%n",
        lingering, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
  }

  /**
   * Against MockWebServer rather than the simulator: the simulator keeps every signature nonce for
   * its 15-minute replay window (about 230 bytes each), which would be counted here as if the SDK
   * held it. The server's own queue of recorded requests is drained as they arrive.
   */
  @Test
  void tenThousandCallsLeaveRetainedHeapFlat() throws Exception {
    try (MockWebServer server = LoopbackFixtures.newServer()) {
      server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
        @Override
        public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) throws InterruptedException {
          server.takeRequest(0, TimeUnit.NANOSECONDS);
          return new MockResponse().setHeader("Content-Type", "application/json")
              .setHeader("x-acs-request-id", "req-heap")
              .setBody("{\"cluster_id\":\"c-heap\",\"name\":\"heap\",\"state\":\"running\"}");
        }
      });
      server.start(InetAddress.getLoopbackAddress(), 0);
      CloudConfig cloud = CloudConfig.builder().region("cn-hangzhou")
          .endpointOverride("http://127.0.0.1:" + server.getPort())
          .credentials(CredentialsProvider.of(Credentials.of("heap-id", "heap-secret")))
          .build();
      try (ClusterClient clusters = ClusterClient.create(cloud)) {
        long afterThousand = 0;
        for (int call = 1; call <= 10_000; call++) {
          if (call % 2 == 0) {
            clusters.describeCluster("c-heap");
          } else {
            clusters.async().describeCluster("c-heap").get(30, TimeUnit.SECONDS);
          }
          if (call == 1_000) {
            afterThousand = usedHeapAfterGc();
          }
        }
        long afterTenThousand = usedHeapAfterGc();
        long growth = afterTenThousand - afterThousand;
        System.out.printf("[hygiene] retained heap after GC: %,d B at 1,000 calls, %,d B at 10,000 calls,"
            + " growth %,d B (%d B per call; bound %,d B)%n",
            afterThousand, afterTenThousand, growth, growth / 9_000, HEAP_GROWTH_BOUND);
        assertTrue(growth < HEAP_GROWTH_BOUND, "retained heap grew by " + growth + " bytes over 9,000 calls");
      }
    }
  }

  private static <T extends AutoCloseable> T add(List<AutoCloseable> clients, T client) {
    clients.add(client);
    return client;
  }

  /** One blocking and one asynchronous call; a service error still used the connection and the threads. */
  private static void twice(Supplier<?> sync, Supplier<CompletableFuture<?>> async) throws Exception {
    try {
      sync.get();
    } catch (SdkException answered) {
      // Only the resources matter here, not the answer.
    }
    try {
      async.get().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | CompletionException | SdkException answered) {
      // As above.
    }
  }

  private static Set<Thread> sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("ackhybrid-") || t.getName().startsWith("OkHttp"))
        .collect(Collectors.toSet());
  }

  /** Live threads with one of the name prefixes that were not alive when the test began. */
  private static List<String> started(Set<Thread> before, String... prefixes) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> !before.contains(t))
        .map(Thread::getName)
        .filter(name -> java.util.Arrays.stream(prefixes).anyMatch(name::startsWith))
        .sorted()
        .collect(Collectors.toList());
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // Several rounds: one System.gc() may leave objects that only a later cycle frees (finalizable
    // sockets, soft caches being trimmed); the lowest reading is the retained heap.
    for (int round = 0; round < 5; round++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void awaitTrue(Duration limit, BooleanSupplier condition, Supplier<String> failure)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        assertEquals("", failure.get());
      }
      Thread.sleep(100);
    }
  }
}
