package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static io.github.ackhybrid.nodepool.MockCs.POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerOutcome;
import io.github.ackhybrid.nodepool.model.ServerResult;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Onboards servers against a MockWebServer that plays the cluster: it mints attach scripts and
 * lists as nodes the servers whose attach command finished, NotReady at first and Ready after.
 */
class OnboardingTest {
  private static final int HTTP_CONCURRENCY = 8;

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client(b -> b.maxConcurrency(HTTP_CONCURRENCY));
  // Stands in for the remote side: the servers run the command and report back later.
  private final ScheduledExecutorService remote = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "test-remote-servers");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, AtomicInteger> joined = new ConcurrentHashMap<>();
  private final Set<String> neverReady = ConcurrentHashMap.newKeySet();
  private final AtomicInteger scriptsMinted = new AtomicInteger();
  private final AtomicInteger listings = new AtomicInteger();

  @BeforeEach
  void playTheCluster() {
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String action = r.getHeader("x-acs-action");
        if ("DescribeClusterAttachScripts".equals(action)) {
          int n = scriptsMinted.incrementAndGet();
          return new MockResponse().setResponseCode(200).setBody(
              "curl -fsSL http://aliacs-k8s.oss.aliyuncs.com/attach_node.sh | bash -s -- --openapi-token tok-secret-" + n);
        }
        if ("DescribeClusterNodes".equals(action)) {
          assertEquals(POOL, r.getRequestUrl().queryParameter("nodepool_id"));
          listings.incrementAndGet();
          return nodesPage(Integer.parseInt(r.getRequestUrl().queryParameter("pageNumber")),
              Integer.parseInt(r.getRequestUrl().queryParameter("pageSize")));
        }
        return MockCs.json(400, "{\"code\":\"InvalidAction\",\"message\":\"" + action + "\",\"requestId\":\"r\"}");
      }
    });
  }

  private MockResponse nodesPage(int number, int size) {
    List<String> names = new ArrayList<>(joined.keySet());
    Collections.sort(names);
    String items = names.stream().skip((long) (number - 1) * size).limit(size).map(name -> {
      int seen = joined.get(name).incrementAndGet();
      String status = neverReady.contains(name) || seen == 1 ? "NotReady" : "Ready";
      String ip = "10.0." + name.substring(name.length() - 3) .replaceFirst("^0+(?=.)", "") + ".7";
      return "{\"instance_id\":\"hyb-" + name + "\",\"node_name\":\"cn-hangzhou." + ip + "\",\"host_name\":\"" + name
          + "\",\"ip_address\":[\"" + ip + "\"],\"state\":\"running\",\"node_status\":\"" + status
          + "\",\"is_aliyun_node\":false}";
    }).collect(Collectors.joining(","));
    return MockCs.json(200, "{\"nodes\":[" + items + "],\"page\":{\"page_number\":" + number + ",\"page_size\":" + size
        + ",\"total_count\":" + names.size() + "}}");
  }

  @AfterEach
  void stop() {
    remote.shutdownNow();
    pools.close();
    cs.close();
  }

  private static List<ServerSpec> servers(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> ServerSpec.builder()
        .name(String.format(Locale.ROOT, "srv-%03d", i)).putAttribute("rack", "r" + (i % 4)).build()).toList();
  }

  private static Set<Thread> sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("ackhybrid-"))
        .collect(Collectors.toSet());
  }

  @Test
  void onboardsTwoHundredServersWithBoundedConcurrencyAndFewThreads() {
    int limit = 10;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    AtomicInteger maxSdkThreads = new AtomicInteger();
    Set<String> tokensSeen = ConcurrentHashMap.newKeySet();
    List<OnboardingProgress> progress = new CopyOnWriteArrayList<>();
    int threadsBefore = Thread.activeCount();
    Set<Thread> sdkThreadsBefore = sdkThreads();

    ServerRunner runner = (server, script) -> {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      tokensSeen.add(script.command().substring(script.command().indexOf("tok-")));
      CompletableFuture<Void> done = new CompletableFuture<>();
      remote.schedule(() -> {
        inFlight.decrementAndGet();
        if (server.name().equals("srv-137")) {
          done.completeExceptionally(new IllegalStateException("exit 1 from `" + script.command() + "`: disk full"));
        } else {
          joined.put(server.name(), new AtomicInteger());
          done.complete(null);
        }
      }, 2, TimeUnit.MILLISECONDS);
      return done;
    };
    OnboardingOptions options = OnboardingOptions.builder()
        .maxConcurrency(limit)
        .batchSize(50)
        .timeout(Duration.ofSeconds(30))
        .onProgress(p -> {
          progress.add(p);
          Set<Thread> now = sdkThreads();
          now.removeAll(sdkThreadsBefore);
          // A shared pool thread that ended idle since (after a minute from an earlier test) frees
          // its place for a new one, which is not a thread the onboarding added.
          long ended = sdkThreadsBefore.stream().filter(t -> !t.isAlive()).count();
          maxSdkThreads.accumulateAndGet((int) (now.size() - ended), Math::max);
        })
        .build();

    OnboardingReport report = pools.onboardServers(CLUSTER, POOL, servers(200), runner, options).join();

    assertEquals(200, report.results().size());
    assertEquals(199, report.joined().size());
    assertEquals(1, report.failed().size());
    assertTrue(report.timedOut().isEmpty());
    ServerResult failed = report.failed().get(0);
    assertEquals("srv-137", failed.server().name());
    String reason = failed.reason().orElseThrow();
    assertTrue(reason.contains("the attach command failed") && reason.contains("disk full"), reason);
    assertFalse(reason.contains("tok-secret"), "the token must not reach the report: " + reason);
    assertTrue(reason.contains("--openapi-token ****"), reason);
    ServerResult first = report.results().get(0);
    assertEquals(ServerOutcome.JOINED, first.outcome());
    assertEquals("srv-001", first.server().name());
    assertEquals("cn-hangzhou.10.0.1.7", first.node().orElseThrow().nodeName());

    assertTrue(maxInFlight.get() <= limit, "at most " + limit + " commands at once, saw " + maxInFlight.get());
    assertTrue(maxInFlight.get() > 1, "commands ran concurrently");
    assertEquals(4, scriptsMinted.get(), "one attach script per batch of 50");
    assertEquals(4, tokensSeen.size());

    int completionPool = Math.max(2, Runtime.getRuntime().availableProcessors());
    long bound = completionPool + HTTP_CONCURRENCY + 1;
    assertTrue(maxSdkThreads.get() <= bound, "new SDK threads stayed bounded: " + maxSdkThreads.get() + " > " + bound);
    assertTrue(Thread.activeCount() - threadsBefore < 50, "no thread per server: " + threadsBefore + " -> "
        + Thread.activeCount());

    assertEquals(199, progress.stream().filter(p -> p.phase() == OnboardingPhase.JOINED).count());
    assertEquals(200, progress.stream().filter(p -> p.phase() == OnboardingPhase.COMMAND_STARTED).count());
    assertEquals(1, progress.stream().filter(p -> p.phase() == OnboardingPhase.FAILED).count());
    assertEquals(200, progress.stream().mapToInt(OnboardingProgress::finished).max().orElseThrow());
    assertTrue(progress.stream().noneMatch(p -> p.toString().contains("tok-secret")));
  }

  @Test
  void reportsServersThatMissTheDeadline() {
    neverReady.add("srv-002");
    ServerRunner runner = (server, script) -> {
      if (server.name().equals("srv-003")) {
        return new CompletableFuture<Void>();
      }
      joined.put(server.name(), new AtomicInteger());
      return CompletableFuture.completedFuture(null);
    };
    OnboardingReport report = pools.async().onboardServers(CLUSTER, POOL, servers(3), runner,
        OnboardingOptions.builder().timeout(Duration.ofSeconds(1)).build()).join();
    assertEquals(List.of(ServerOutcome.JOINED, ServerOutcome.TIMED_OUT, ServerOutcome.TIMED_OUT),
        report.results().stream().map(ServerResult::outcome).toList());
    String notReady = report.results().get(1).reason().orElseThrow();
    assertTrue(notReady.contains("cn-hangzhou.10.0.2.7") && notReady.contains("NotReady"), notReady);
    String stuck = report.results().get(2).reason().orElseThrow();
    assertTrue(stuck.contains("still running"), stuck);
    assertFalse(report.allJoined());
  }

  @Test
  void oneTimeTokensGiveEveryServerItsOwnScript() {
    Map<String, String> tokenByServer = new ConcurrentHashMap<>();
    ServerRunner runner = (server, script) -> {
      tokenByServer.put(server.name(), script.command());
      assertTrue(script.oneTimeToken());
      joined.put(server.name(), new AtomicInteger());
      return CompletableFuture.completedFuture(null);
    };
    OnboardingReport report = pools.onboardServers(CLUSTER, POOL, servers(3), runner, OnboardingOptions.builder()
        .script(s -> s.oneTimeToken(true).expiresIn(Duration.ofMinutes(5))).build()).join();
    assertTrue(report.allJoined(), report.toString());
    assertEquals(3, scriptsMinted.get());
    assertEquals(3, Set.copyOf(tokenByServer.values()).size());
  }

  @Test
  void aBatchWhoseScriptCannotBeHadFailsWithTheReason() {
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return MockCs.json(403, "{\"code\":\"Forbidden.RAM\",\"message\":\"no permission\",\"requestId\":\"r\"}");
      }
    });
    AtomicInteger ran = new AtomicInteger();
    OnboardingReport report = pools.onboardServers(CLUSTER, POOL, servers(2), (s, script) -> {
      ran.incrementAndGet();
      return CompletableFuture.completedFuture(null);
    }).join();
    assertEquals(0, ran.get());
    assertEquals(2, report.failed().size());
    assertTrue(report.failed().get(0).reason().orElseThrow().contains("Forbidden.RAM"));
  }

  @Test
  void theDefaultScriptExpiresWithTheDeadline() {
    AtomicInteger checked = new AtomicInteger();
    ServerRunner runner = (server, script) -> {
      AttachScript s = script;
      assertTrue(s.expiresAt().isPresent());
      checked.incrementAndGet();
      joined.put(server.name(), new AtomicInteger());
      return CompletableFuture.completedFuture(null);
    };
    assertTrue(pools.onboardServers(CLUSTER, POOL, servers(1), runner).join().allJoined());
    assertEquals(1, checked.get());
    RecordedRequest mint = cs.take();
    while (!"DescribeClusterAttachScripts".equals(mint.getHeader("x-acs-action"))) {
      mint = cs.take();
    }
    assertTrue(MockCs.body(mint).has("expired"));
  }

  @Test
  void cancellingStopsOnboardingAndCancelsTheCommandsInFlight() throws Exception {
    List<CompletableFuture<Void>> started = new CopyOnWriteArrayList<>();
    java.util.concurrent.CountDownLatch twoRunning = new java.util.concurrent.CountDownLatch(2);
    ServerRunner runner = (server, script) -> {
      CompletableFuture<Void> never = new CompletableFuture<>();
      started.add(never);
      twoRunning.countDown();
      return never;
    };
    CompletableFuture<OnboardingReport> onboarding = pools.onboardServers(CLUSTER, POOL, servers(10), runner,
        OnboardingOptions.builder().maxConcurrency(2).build());
    assertTrue(twoRunning.await(30, TimeUnit.SECONDS));
    assertTrue(onboarding.cancel(true));
    // The runner threads may still be between returning their stage and seeing the cancellation.
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!started.stream().allMatch(CompletableFuture::isCancelled) && System.nanoTime() < giveUp) {
      Thread.onSpinWait();
    }
    assertEquals(2, started.size(), "queued servers are never started");
    assertTrue(started.stream().allMatch(CompletableFuture::isCancelled), "commands in flight are cancelled");
  }

  @Test
  void invalidInputFailsTheFutureAndSendsNothing() {
    ServerRunner runner = (s, script) -> CompletableFuture.completedFuture(null);
    List<ServerSpec> twice = List.of(ServerSpec.of("a"), ServerSpec.of("A"));
    CompletionException dup = assertThrows(CompletionException.class,
        () -> pools.onboardServers(CLUSTER, POOL, twice, runner).join());
    assertInstanceOf(ValidationException.class, dup.getCause());
    assertThrows(CompletionException.class, () -> pools.onboardServers(CLUSTER, POOL, List.of(), runner).join());
    assertThrows(CompletionException.class, () -> pools.onboardServers(CLUSTER, POOL, servers(1), null).join());
    assertThrows(ValidationException.class, () -> OnboardingOptions.builder().maxConcurrency(0).build());
    assertThrows(ValidationException.class, () -> ServerSpec.of("ok", "not-an-ip"));
    assertEquals(0, cs.server.getRequestCount());
  }
}
