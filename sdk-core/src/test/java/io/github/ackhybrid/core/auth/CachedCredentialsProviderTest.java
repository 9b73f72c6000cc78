package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedCredentialsProviderTest {
  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final Source source = new Source();

  private CachedCredentialsProvider cache() {
    return CachedCredentialsProvider.builder(source).clock(clock).build();
  }

  private static Credentials session(String id, Instant expiration) {
    return Credentials.session(id, id + "-SECRET", id + "-TOKEN", expiration);
  }

  @Test
  void servesCachedCredentialsUntilFifteenMinutesBeforeTheyExpire() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));

    assertEquals("a", cache.resolveCredentials().accessKeyId());
    clock.advance(Duration.ofMinutes(44).plusSeconds(59));
    source.answer(() -> session("b", T0.plus(Duration.ofHours(2))));
    assertEquals("a", cache.resolveCredentials().accessKeyId());
    assertEquals(1, source.calls());

    clock.advance(Duration.ofSeconds(2));
    assertEquals("b", cache.resolveCredentials().accessKeyId());
    assertEquals(2, source.calls());
  }

  @Test
  void refreshMarginIsConfigurable() {
    CachedCredentialsProvider cache =
        CachedCredentialsProvider.builder(source).clock(clock).refreshBeforeExpiry(Duration.ofMinutes(5)).build();
    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));
    cache.resolveCredentials();

    clock.advance(Duration.ofMinutes(54));
    cache.resolveCredentials();
    assertEquals(1, source.calls());
    clock.advance(Duration.ofMinutes(2));
    cache.resolveCredentials();
    assertEquals(2, source.calls());
  }

  @Test
  void credentialsWithoutExpirationAreFetchedAgainAfterAnHour() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> Credentials.of("LTAI-a", "a-SECRET"));
    cache.resolveCredentials();

    clock.advance(Duration.ofMinutes(59));
    cache.resolveCredentials();
    assertEquals(1, source.calls());
    clock.advance(Duration.ofMinutes(2));
    cache.resolveCredentials();
    assertEquals(2, source.calls());
  }

  @Test
  void credentialsAlreadyInsideTheMarginAreUsedAndAskedForAgainAfterAMinute() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("short", T0.plus(Duration.ofMinutes(10))));

    assertEquals("short", cache.resolveCredentials().accessKeyId());
    clock.advance(Duration.ofSeconds(30));
    cache.resolveCredentials();
    assertEquals(1, source.calls());
    clock.advance(Duration.ofSeconds(31));
    cache.resolveCredentials();
    assertEquals(2, source.calls());
  }

  @Test
  void failedRefreshKeepsValidCredentialsWarnsWithoutSecretsAndRetriesLater() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(50));
    source.answer(() -> {
      throw new ConfigurationException("metadata service unreachable");
    });

    String log;
    try (CapturedStandardError err = new CapturedStandardError()) {
      assertEquals("a", cache.resolveCredentials().accessKeyId());
      log = err.text();
    }
    assertTrue(log.contains("WARN"), log);
    assertTrue(log.contains("Could not refresh credentials from test source"), log);
    assertTrue(log.contains("metadata service unreachable"), log);
    assertFalse(log.contains("SECRET"), log);
    assertFalse(log.contains("TOKEN"), log);

    assertEquals("a", cache.resolveCredentials().accessKeyId());
    assertEquals(2, source.calls(), "no new attempt before the backoff has passed");

    clock.advance(Duration.ofSeconds(11));
    source.answer(() -> session("b", T0.plus(Duration.ofHours(2))));
    assertEquals("b", cache.resolveCredentials().accessKeyId());
    assertEquals(3, source.calls());
  }

  @Test
  void expiredCredentialsThatCannotBeRefreshedFailWithoutSecrets() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(61));
    source.answer(() -> {
      throw new ConfigurationException("metadata service unreachable");
    });

    ConfigurationException e = assertThrows(ConfigurationException.class, cache::resolveCredentials);

    assertEquals("Credentials from test source expired at 2030-01-01T01:00:00Z and could not be refreshed: "
        + "metadata service unreachable", e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"));
  }

  @Test
  void firstFetchFailureIsPassedOnAndTheNextCallTriesAgain() {
    CachedCredentialsProvider cache = cache();
    ConfigurationException original = new ConfigurationException("nothing configured");
    source.answer(() -> {
      throw original;
    });

    assertSame(original, assertThrows(ConfigurationException.class, cache::resolveCredentials));

    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));
    assertEquals("a", cache.resolveCredentials().accessKeyId());
    assertEquals(2, source.calls());
  }

  @Test
  void otherFailuresBecomeConfigurationExceptions() {
    CachedCredentialsProvider cache = cache();
    IllegalStateException bug = new IllegalStateException("broken source");
    source.answer(() -> {
      throw bug;
    });

    ConfigurationException e = assertThrows(ConfigurationException.class, cache::resolveCredentials);

    assertEquals("Could not get credentials from test source: broken source", e.getMessage());
    assertSame(bug, e.getCause());
  }

  @Test
  void expiredOrMissingCredentialsFromTheSourceAreRefused() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("old", T0.minusSeconds(1)));
    ConfigurationException expired = assertThrows(ConfigurationException.class, cache::resolveCredentials);
    assertEquals("test source returned credentials that had already expired at 2029-12-31T23:59:59Z",
        expired.getMessage());

    source.answer(() -> null);
    ConfigurationException none = assertThrows(ConfigurationException.class, cache::resolveCredentials);
    assertEquals("test source returned no credentials", none.getMessage());
  }

  @Test
  void whileOneCallerRefreshesOthersKeepUsingTheValidCredentials() throws Exception {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));
    cache.resolveCredentials();
    clock.advance(Duration.ofMinutes(50));
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    source.answer(() -> {
      entered.countDown();
      await(release);
      return session("b", T0.plus(Duration.ofHours(2)));
    });

    CompletableFuture<Credentials> refresher = CompletableFuture.supplyAsync(cache::resolveCredentials);
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    List<CompletableFuture<Credentials>> others = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      others.add(CompletableFuture.supplyAsync(cache::resolveCredentials));
    }
    for (CompletableFuture<Credentials> other : others) {
      assertEquals("a", other.get(10, TimeUnit.SECONDS).accessKeyId(), "served while the refresh is blocked");
    }
    release.countDown();

    assertEquals("b", refresher.get(10, TimeUnit.SECONDS).accessKeyId());
    assertEquals("b", cache.resolveCredentials().accessKeyId());
    assertEquals(2, source.calls());
  }

  @Test
  void callersWithoutValidCredentialsShareOneFetch() throws Exception {
    CachedCredentialsProvider cache = cache();
    CountDownLatch release = new CountDownLatch(1);
    source.answer(() -> {
      await(release);
      return session("a", T0.plus(Duration.ofHours(1)));
    });

    List<Outcome> outcomes = startCallers(cache, 8);
    awaitParked(outcomes, 7);
    release.countDown();

    for (Outcome outcome : outcomes) {
      outcome.thread.join(30_000);
      assertEquals("a", outcome.result.get(0, TimeUnit.SECONDS).accessKeyId());
    }
    assertEquals(1, source.calls());
  }

  @Test
  void callersThatWaitedForAFailedFetchAllGetItsFailure() throws Exception {
    CachedCredentialsProvider cache = cache();
    CountDownLatch release = new CountDownLatch(1);
    source.answer(() -> {
      await(release);
      throw new ConfigurationException("metadata service unreachable");
    });

    List<Outcome> outcomes = startCallers(cache, 8);
    awaitParked(outcomes, 7);
    release.countDown();

    for (Outcome outcome : outcomes) {
      outcome.thread.join(30_000);
      ExecutionException e = assertThrows(ExecutionException.class, () -> outcome.result.get(0, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof ConfigurationException);
      assertTrue(e.getCause().getMessage().contains("metadata service unreachable"));
    }
    assertEquals(1, source.calls());
  }

  @Test
  void toStringNamesTheSourceOnly() {
    CachedCredentialsProvider cache = cache();
    source.answer(() -> session("a", T0.plus(Duration.ofHours(1))));
    cache.resolveCredentials();

    assertEquals("CachedCredentialsProvider{source=test source}", cache.toString());
  }

  @Test
  void builderRejectsBadSettings() {
    assertEquals("cachedCredentials.source", assertThrows(ValidationException.class,
        () -> CachedCredentialsProvider.builder(null)).field());
    assertEquals("cachedCredentials.refreshBeforeExpiry", assertThrows(ValidationException.class,
        () -> CachedCredentialsProvider.builder(source).refreshBeforeExpiry(Duration.ZERO)).field());
    assertEquals("cachedCredentials.clock", assertThrows(ValidationException.class,
        () -> CachedCredentialsProvider.builder(source).clock(null)).field());
  }

  private static List<Outcome> startCallers(CachedCredentialsProvider cache, int count) {
    CountDownLatch start = new CountDownLatch(1);
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CompletableFuture<Credentials> result = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        await(start);
        try {
          result.complete(cache.resolveCredentials());
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      });
      thread.setDaemon(true);
      thread.start();
      outcomes.add(new Outcome(thread, result));
    }
    start.countDown();
    return outcomes;
  }

  /** Waits until enough callers are parked on the cache's lock, behind the one inside the source. */
  private static void awaitParked(List<Outcome> outcomes, int parked) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (outcomes.stream().filter(o -> o.thread.getState() == Thread.State.WAITING).count() < parked) {
      assertTrue(System.nanoTime() < deadline, "fewer than " + parked + " callers parked behind the fetch");
      Thread.sleep(10);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final class Outcome {
    final Thread thread;
    final CompletableFuture<Credentials> result;

    Outcome(Thread thread, CompletableFuture<Credentials> result) {
      this.thread = thread;
      this.result = result;
    }
  }

  /** A source whose answer the test sets, counting calls. */
  private static final class Source implements CredentialsProvider {
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Supplier<Credentials> answer;

    void answer(Supplier<Credentials> answer) {
      this.answer = answer;
    }

    int calls() {
      return calls.get();
    }

    @Override
    public Credentials resolveCredentials() {
      calls.incrementAndGet();
      return answer.get();
    }

    @Override
    public String toString() {
      return "test source";
    }
  }
}
