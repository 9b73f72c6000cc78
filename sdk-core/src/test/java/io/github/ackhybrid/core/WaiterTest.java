package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.core.internal.Sleeper;
import io.github.ackhybrid.core.internal.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WaiterTest {

  /** A clock that moves only when the waiter sleeps or a poll says it took time. */
  static final class FakeTime implements Ticker, Sleeper {
    long nanos = 1_000_000_000L;
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
      return nanos;
    }

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
      nanos += duration.toNanos();
    }

    void advance(Duration d) {
      nanos += d.toNanos();
    }
  }

  private final FakeTime time = new FakeTime();

  private static Supplier<String> states(String... values) {
    Deque<String> queue = new ArrayDeque<>(List.of(values));
    return () -> queue.size() > 1 ? queue.poll() : queue.peek();
  }

  private static WaitDecision runningIsSuccess(String state) {
    switch (state) {
      case "running":
        return WaitDecision.SUCCESS;
      case "failed":
        return WaitDecision.FAILURE;
      default:
        return WaitDecision.RETRY;
    }
  }

  private Waiter.Builder<String> waiter(Supplier<String> poll) {
    return Waiter.<String>builder("cluster c-1 to be running")
        .poll(poll)
        .acceptor(WaiterTest::runningIsSuccess)
        .describeState(s -> "'" + s + "'")
        .initialInterval(Duration.ofSeconds(1))
        .maxInterval(Duration.ofSeconds(5))
        .backoffMultiplier(2)
        .timeout(Duration.ofMinutes(1))
        .ticker(time)
        .sleeper(time)
        .random(() -> 0.0);
  }

  private static ServiceErrorDetails details(int status, String code) {
    return new ServiceErrorDetails("DescribeClusterDetail", status, code, "x", "req-1", null);
  }

  @Test
  void await_whenStateArrivesAfterSeveralPolls_returnsThatValue() {
    AtomicInteger polls = new AtomicInteger();
    Supplier<String> states = states("initial", "initial", "running");
    String result = waiter(() -> {
      polls.incrementAndGet();
      return states.get();
    }).build().await();

    assertEquals("running", result);
    assertEquals(3, polls.get());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps);
  }

  @Test
  void await_whenFailureStateSeen_throwsWithLastStateAndAttempts() {
    WaiterException e = assertThrows(WaiterException.class,
        () -> waiter(states("initial", "failed")).build().await());

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertEquals("failed", e.lastState().orElseThrow());
    assertEquals(2, e.attempts());
    assertTrue(e.getMessage().contains("cluster c-1 to be running"), e.getMessage());
    assertTrue(e.getMessage().contains("'failed'"), e.getMessage());
    assertTrue(e.getMessage().contains("2 polls in 1 s"), e.getMessage());
  }

  @Test
  void await_whenTimeRunsOut_throwsTimeoutWithLastState() {
    Supplier<String> states = states("initial", "upgrading");
    WaiterException e = assertThrows(WaiterException.class,
        () -> waiter(states).timeout(Duration.ofSeconds(10)).build().await());

    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
    assertEquals("upgrading", e.lastState().orElseThrow());
    assertEquals(5, e.attempts());
    assertTrue(e.getMessage().startsWith("Timed out waiting for cluster c-1 to be running after 5 polls in 10 s"),
        e.getMessage());
    assertTrue(e.getMessage().contains("last state 'upgrading'"), e.getMessage());
  }

  @Test
  void await_backsOffToTheMaximumAndCutsTheLastPauseAtTheDeadline() {
    List<Long> pollTimes = new ArrayList<>();
    long start = time.nanos;
    assertThrows(WaiterException.class, () -> waiter(() -> {
      pollTimes.add(time.nanos - start);
      return "initial";
    }).timeout(Duration.ofSeconds(20)).build().await());

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(3)), time.sleeps);
    assertEquals(Duration.ofSeconds(20).toNanos(), pollTimes.get(pollTimes.size() - 1),
        "the final poll is made at the deadline");
    assertEquals(Duration.ofSeconds(20).toNanos(), time.nanos - start, "never sleeps past the deadline");
  }

  @Test
  void await_jitterOnlyShortensPausesByAtMostTenPercent() {
    assertThrows(WaiterException.class, () -> waiter(() -> "initial")
        .random(() -> 0.999).timeout(Duration.ofSeconds(30)).build().await());

    Duration[] nominal = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5)};
    for (int i = 0; i < nominal.length; i++) {
      Duration slept = time.sleeps.get(i);
      assertTrue(slept.compareTo(nominal[i]) < 0, "pause " + i + " is shortened: " + slept);
      assertTrue(slept.compareTo(nominal[i].multipliedBy(9).dividedBy(10)) >= 0, "pause " + i + " is within 10%: " + slept);
    }
  }

  @Test
  void await_whenAPollOutlastsTheDeadline_timesOutWithoutSleeping() {
    WaiterException e = assertThrows(WaiterException.class, () -> waiter(() -> {
      time.advance(Duration.ofSeconds(90));
      return "initial";
    }).build().await());

    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
    assertEquals(1, e.attempts());
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void await_whenOnErrorJudgesNotFoundASuccess_returnsTheLastObservedValue() {
    AtomicInteger polls = new AtomicInteger();
    String result = waiter(() -> {
      if (polls.incrementAndGet() == 3) {
        throw new ResourceNotFoundException(details(404, "ErrorClusterNotFound"));
      }
      return "deleting";
    }).onError(e -> e instanceof ResourceNotFoundException ? WaitDecision.SUCCESS : WaitDecision.FAILURE)
        .build().await();

    assertEquals("deleting", result);
    assertEquals(3, polls.get());
  }

  @Test
  void await_whenNotFoundOnTheFirstPoll_returnsNull() {
    String result = waiter(() -> {
      throw new ResourceNotFoundException(details(404, "ErrorClusterNotFound"));
    }).onError(e -> WaitDecision.SUCCESS).build().await();

    assertNull(result);
  }

  @Test
  void await_byDefault_surfacesAPollFailureAsCause() {
    ThrottlingException boom = new ThrottlingException(details(429, "Throttling.User"));
    AtomicInteger polls = new AtomicInteger();
    WaiterException e = assertThrows(WaiterException.class, () -> waiter(() -> {
      if (polls.incrementAndGet() == 2) {
        throw boom;
      }
      return "initial";
    }).build().await());

    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertSame(boom, e.getCause());
    assertEquals(2, e.attempts());
    assertEquals("initial", e.lastState().orElseThrow());
    assertTrue(e.getMessage().contains("poll 2 failed with ThrottlingException"), e.getMessage());
  }

  @Test
  void await_whenOnErrorRetries_keepsPollingAndReportsTheLastFailureOnTimeout() {
    ThrottlingException boom = new ThrottlingException(details(429, "Throttling.User"));
    AtomicInteger polls = new AtomicInteger();
    WaiterException e = assertThrows(WaiterException.class, () -> waiter(() -> {
      polls.incrementAndGet();
      throw boom;
    }).onError(t -> WaitDecision.RETRY).timeout(Duration.ofSeconds(3)).build().await());

    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
    assertEquals(3, polls.get());
    assertSame(boom, e.getCause());
    assertFalse(e.lastState().isPresent());
    assertTrue(e.getMessage().contains("no poll returned a value"), e.getMessage());
  }

  @Test
  void await_whenInterrupted_stopsAndKeepsTheInterruptFlag() {
    Waiter<String> w = waiter(() -> "initial").sleeper(d -> {
      throw new InterruptedException();
    }).build();
    try {
      SdkException e = assertThrows(SdkException.class, w::await);
      assertTrue(e.getCause() instanceof InterruptedException);
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void await_withoutSyncPoll_failsWithConfigurationException() {
    Waiter<String> asyncOnly = Waiter.<String>builder("x")
        .pollAsync(() -> java.util.concurrent.CompletableFuture.completedFuture("running"))
        .acceptor(WaiterTest::runningIsSuccess)
        .build();

    assertThrows(ConfigurationException.class, asyncOnly::await);
  }

  @Test
  void build_rejectsBadSettingsNamingTheField() {
    assertEquals("waiter.acceptor", assertThrows(ValidationException.class,
        () -> Waiter.<String>builder("x").poll(() -> "a").build()).field());
    assertEquals("waiter.poll", assertThrows(ValidationException.class,
        () -> Waiter.<String>builder("x").acceptor(s -> WaitDecision.SUCCESS).build()).field());
    assertEquals("waiter.initialInterval", assertThrows(ValidationException.class,
        () -> waiter(() -> "a").initialInterval(Duration.ZERO).build()).field());
    assertEquals("waiter.maxInterval", assertThrows(ValidationException.class,
        () -> waiter(() -> "a").initialInterval(Duration.ofSeconds(10)).build()).field());
    assertEquals("waiter.backoffMultiplier", assertThrows(ValidationException.class,
        () -> waiter(() -> "a").backoffMultiplier(0.5).build()).field());
    assertEquals("waiter.timeout", assertThrows(ValidationException.class,
        () -> waiter(() -> "a").timeout(Duration.ofSeconds(-1)).build()).field());
    assertEquals("waiter.description", assertThrows(ValidationException.class,
        () -> Waiter.builder(" ")).field());
  }
}
