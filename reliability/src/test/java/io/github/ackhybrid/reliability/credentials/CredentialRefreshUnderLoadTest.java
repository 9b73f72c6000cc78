package io.github.ackhybrid.reliability.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.CachedCredentialsProvider;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.RecordedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * STS session credentials that expire while 64 callers keep calling: the caching provider fetches
 * new ones once per expiry, never once per caller, and thanks to its refresh margin no call ever
 * reaches the service with an expired token, which the simulator would refuse with
 * {@code InvalidSecurityToken.Expired} (shown to happen by the second test). Time is a test clock
 * shared by the provider and the simulator's session keys, moved in steps that each enter the
 * current credentials' refresh window; before each step every caller finishes the calls it had
 * begun, as wall time would let them. Prints the figures.
 */
class CredentialRefreshUnderLoadTest {
  private static final int CALLERS = 64;
  private static final int EXPIRIES = 5;
  private static final Duration LIFETIME = Duration.ofHours(1);
  /** Inside the default 15-minute refresh window, before expiry. */
  private static final Duration STEP = Duration.ofMinutes(46);
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void sixtyFourCallersShareOneRefreshPerExpiryAndNeverSendAnExpiredToken() throws Exception {
    TestClock clock = new TestClock(Instant.now());
    AtomicInteger fetches = new AtomicInteger();
    try (CloudSimulator sim = CloudSimulator.builder().sessionClock(clock).requestLogCapacity(200_000).start()) {
      CredentialsProvider sts = () -> {
        int n = fetches.incrementAndGet();
        Instant expiresAt = clock.instant().plus(LIFETIME);
        Credentials session = Credentials.session("STS.key-" + n, "sts-secret-" + n, "sts-token-" + n, expiresAt);
        sim.addSessionKey(session.accessKeyId(), session.accessKeySecret(), session.securityToken().orElseThrow(),
            expiresAt);
        return session;
      };
      CachedCredentialsProvider cached = CachedCredentialsProvider.builder(sts).clock(clock).build();
      String clusterId;
      try (ClusterClient admin = ClusterClient.create(sim.cloudConfig().build())) {
        clusterId = admin.registerCluster(r -> r.name("sts-load")).id();
      }
      sim.resetRequests();

      AtomicLongArray calls = new AtomicLongArray(CALLERS);
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
      try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig()
          .credentials(cached).maxConcurrency(CALLERS).retryPolicy(RetryPolicy.none()).build())) {
        try {
          for (int i = 0; i < CALLERS; i++) {
            int caller = i;
            callers.execute(() -> {
              while (!stop.get()) {
                try {
                  clusters.describeCluster(clusterId);
                } catch (RuntimeException e) {
                  failures.add(e);
                }
                calls.incrementAndGet(caller);
              }
            });
          }
          awaitAllCallersProgress(calls, failures);
          for (int step = 1; step <= EXPIRIES; step++) {
            clock.advance(STEP);
            String next = "STS.key-" + (step + 1);
            awaitTrue(() -> next.equals(cached.resolveCredentials().accessKeyId()), "credentials " + next);
            // Calls begun with the previous credentials finish before time moves on again.
            awaitAllCallersProgress(calls, failures);
          }
        } finally {
          // The callers stop before the client closes under them.
          stop.set(true);
          callers.shutdown();
          assertTrue(callers.awaitTermination(60, TimeUnit.SECONDS));
        }
      }

      List<RecordedCall> seen = sim.requests("DescribeClusterDetail");
      Map<String, Long> byKey = seen.stream().collect(Collectors.groupingBy(
          c -> c.header("x-acs-accesskey-id").orElse("none"), java.util.TreeMap::new, Collectors.counting()));
      long rejected = seen.stream().filter(c -> c.status() != 200).count();
      long total = 0;
      for (int i = 0; i < CALLERS; i++) {
        total += calls.get(i);
      }
      System.out.printf("[credentials] %d callers, %,d calls, %d expiries crossed, %d fetches from the source,"
          + " calls per session key %s, calls rejected by the simulator %d, failures seen by callers %d%n",
          CALLERS, total, EXPIRIES, fetches.get(), byKey, rejected, failures.size());
      assertEquals(List.of(), failures.stream().map(Throwable::toString).limit(5).collect(Collectors.toList()));
      assertEquals(EXPIRIES + 1, fetches.get(), "one fetch to start, then one per expiry, not one per caller");
      assertEquals(0, rejected, "no call reached the simulator with an expired token");
      assertEquals(EXPIRIES + 1, byKey.size(), "every session key was used: " + byKey);
    }
  }

  @Test
  void theSimulatorRejectsACallSignedWithAnExpiredToken() {
    TestClock clock = new TestClock(Instant.now());
    try (CloudSimulator sim = CloudSimulator.builder().sessionClock(clock).start()) {
      Instant expiresAt = clock.instant().plus(LIFETIME);
      sim.addSessionKey("STS.old", "old-secret", "old-token", expiresAt);
      Credentials stale = Credentials.session("STS.old", "old-secret", "old-token", expiresAt);
      try (ClusterClient clusters = ClusterClient.create(sim.cloudConfig()
          .credentials(CredentialsProvider.of(stale)).retryPolicy(RetryPolicy.none()).build())) {
        clusters.userQuota();
        clock.advance(LIFETIME);

        AuthenticationException e = assertThrows(AuthenticationException.class, clusters::userQuota);

        assertEquals("InvalidSecurityToken.Expired", e.errorCode());
        assertEquals(400, e.statusCode());
        assertTrue(e.requestId().isPresent());
      }
    }
  }

  private static void awaitAllCallersProgress(AtomicLongArray calls, ConcurrentLinkedQueue<Throwable> failures)
      throws InterruptedException {
    long[] start = new long[calls.length()];
    for (int i = 0; i < start.length; i++) {
      start[i] = calls.get(i);
    }
    awaitTrue(() -> {
      if (!failures.isEmpty()) {
        return true;
      }
      for (int i = 0; i < start.length; i++) {
        if (calls.get(i) < start[i] + 2) {
          return false;
        }
      }
      return true;
    }, "every caller to complete two more calls");
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
      Thread.sleep(5);
    }
  }

  /** A clock the test moves; shared by the credentials cache and the simulator's session keys. */
  private static final class TestClock extends Clock {
    private final AtomicReference<Instant> now;

    TestClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
