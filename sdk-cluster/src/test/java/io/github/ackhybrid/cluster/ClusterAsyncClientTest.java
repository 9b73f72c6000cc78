package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.internal.OkHttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The non-blocking twin sends the same requests, completes off the I/O threads and cancels. */
class ClusterAsyncClientTest {
  private final MockCs cs = new MockCs();

  @AfterEach
  void stop() throws Exception {
    cs.close();
  }

  @Test
  void registerSendsTheSameRequestAsTheBlockingClient() throws Exception {
    cs.ok("{\"cluster_id\":\"c-reg\",\"task_id\":\"T-1\"}");

    ClusterCreation created = cs.client.async().registerCluster(r -> r.name("idc-shanghai").tag("env", "prod"))
        .get(30, TimeUnit.SECONDS);

    RecordedRequest r = cs.take();
    assertEquals("POST", r.getMethod());
    assertEquals("CreateCluster", r.getHeader("x-acs-action"));
    assertEquals("{\"name\":\"idc-shanghai\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\","
        + "\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"ackhybrid.io/create-token\",\"value\":\"TOKEN\"}]}", MockCs.createBody(r));
    assertEquals("c-reg", created.id());
  }

  @Test
  void resultsCompleteOnTheCompletionThreads() throws Exception {
    // Held until the continuation is attached: attached to a future that has already completed, it
    // would run on this thread and prove nothing.
    CountDownLatch release = new CountDownLatch(1);
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        release.await(30, TimeUnit.SECONDS);
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody("{\"cluster_id\":\"c1\",\"state\":\"running\"}");
      }
    });

    CompletableFuture<Cluster> call = cs.client.async().describeCluster("c1");
    CompletableFuture<String> completedOn = call.thenApply(c -> Thread.currentThread().getName());
    assertFalse(call.isDone());
    release.countDown();

    // Waits on the continuation, not on the call: a thread woken in call.get() may run the call's
    // continuations itself.
    String thread = completedOn.get(30, TimeUnit.SECONDS);
    assertTrue(thread.startsWith("ackhybrid-completion-"), "completed on " + thread);
    assertEquals(ClusterState.RUNNING, call.get(30, TimeUnit.SECONDS).state());
  }

  @Test
  void serviceErrorsFailTheFutureWithTheTypedException() {
    cs.error(404, "ErrorClusterNotFound");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> cs.client.async().describeCluster("c-gone").get(30, TimeUnit.SECONDS));

    assertEquals("ErrorClusterNotFound", assertInstanceOf(ResourceNotFoundException.class, e.getCause()).errorCode());
  }

  @Test
  void deleteAndInstallAddonsMirrorTheBlockingWire() throws Exception {
    cs.ok("{\"cluster_id\":\"c1\",\"task_id\":\"T-del\"}");
    cs.ok("{\"task_id\":\"T-add\"}");

    ClusterChange deleted = cs.client.async().deleteCluster("c1", d -> d.retainAllResources(true)).get(30, TimeUnit.SECONDS);
    ClusterChange installed = cs.client.async().installAddons("c1", List.of(AddonInstallation.nodeLocalDns()))
        .get(30, TimeUnit.SECONDS);

    RecordedRequest delete = cs.take();
    assertEquals("DELETE", delete.getMethod());
    assertEquals(Map.of("retain_all_resources", "true").keySet(), delete.getRequestUrl().queryParameterNames());
    assertEquals("T-del", deleted.taskId().orElseThrow());
    assertEquals("[{\"name\":\"node-local-dns\"}]", MockCs.body(cs.take()));
    assertEquals("c1", installed.clusterId(), "the requested cluster when the answer names none");
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    cs.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (OkHttpTransport transport = new OkHttpTransport(cs.config());
        ClusterClient client = ClusterClient.builder().config(cs.config()).transport(transport).build()) {
      CompletableFuture<?> call = client.async().describeCluster("c1");
      cs.take();
      assertEquals(1, transport.client().dispatcher().runningCallsCount());

      assertTrue(call.cancel(true));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (transport.client().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(0, transport.client().dispatcher().runningCallsCount(), "the HTTP exchange was cancelled too");
      assertEquals(1, cs.server.getRequestCount(), "and not retried");
    }
  }

  @Test
  void aSharedTransportOutlivesTheClient() throws Exception {
    try (HttpTransport shared = HttpTransport.create(cs.config())) {
      ClusterClient first = ClusterClient.builder().config(cs.config()).transport(shared).build();
      first.close();
      cs.ok("{\"cluster_id\":\"c1\",\"state\":\"running\"}");
      try (ClusterClient second = ClusterClient.builder().config(cs.config()).transport(shared).build()) {
        assertEquals("c1", second.describeCluster("c1").id());
      }
    }
  }

  @Test
  void asyncWaitersAndClientShareOnePipeline() throws Exception {
    cs.ok("{\"cluster_id\":\"c1\",\"state\":\"initial\"}");
    cs.ok("{\"cluster_id\":\"c1\",\"state\":\"running\"}");

    ClusterAsyncClient async = cs.client.async();
    assertEquals(ClusterState.RUNNING, async.waiters().untilRunning("c1", Duration.ofSeconds(30)).get(30, TimeUnit.SECONDS).state());
    assertNotEquals(async.toString(), cs.client.toString());
  }
}
