package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.WaiterException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WaiterAsyncTest {

  private static WaitDecision runningIsSuccess(String state) {
    return "running".equals(state) ? WaitDecision.SUCCESS
        : "failed".equals(state) ? WaitDecision.FAILURE : WaitDecision.RETRY;
  }

  private static Waiter.Builder<String> waiter(Supplier<CompletableFuture<String>> pollAsync) {
    return Waiter.<String>builder("mesh m-1 to be running")
        .pollAsync(pollAsync)
        .acceptor(WaiterAsyncTest::runningIsSuccess)
        .initialInterval(Duration.ofMillis(1))
        .maxInterval(Duration.ofMillis(2))
        .timeout(Duration.ofSeconds(30));
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS)).getCause();
  }

  private static ResourceNotFoundException notFound() {
    return new ResourceNotFoundException(
        new ServiceErrorDetails("DescribeServiceMeshDetail", 404, "ServiceMesh.NotFound", "gone", "req-9", null));
  }

  @Test
  void awaitAsync_returnsAtOnceAndPollsAgainOnSdkThreads() throws Exception {
    BlockingQueue<CompletableFuture<String>> polls = new LinkedBlockingQueue<>();
    List<String> pollThreads = new CopyOnWriteArrayList<>();
    Waiter<String> w = waiter(() -> {
      pollThreads.add(Thread.currentThread().getName());
      CompletableFuture<String> poll = new CompletableFuture<>();
      polls.add(poll);
      return poll;
    }).build();

    CompletableFuture<String> result = w.awaitAsync();

    assertFalse(result.isDone(), "awaitAsync must not wait for the poll");
    polls.poll(10, TimeUnit.SECONDS).complete("initial");
    CompletableFuture<String> second = polls.poll(10, TimeUnit.SECONDS);
    assertNotNull(second, "a second poll is scheduled after a RETRY");
    assertFalse(result.isDone());
    second.complete("running");

    assertEquals("running", result.get(10, TimeUnit.SECONDS));
    assertEquals(Thread.currentThread().getName(), pollThreads.get(0));
    assertTrue(pollThreads.get(1).startsWith("ackhybrid-"), pollThreads.get(1));
  }

  @Test
  void awaitAsync_whenFailureStateSeen_failsWithWaiterException() {
    AtomicInteger polls = new AtomicInteger();
    CompletableFuture<String> result = waiter(() -> CompletableFuture.completedFuture(
        polls.incrementAndGet() < 3 ? "initial" : "failed")).build().awaitAsync();

    WaiterException e = assertInstanceOf(WaiterException.class, failureOf(result));
    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertEquals("failed", e.lastState().orElseThrow());
    assertEquals(3, e.attempts());
  }

  @Test
  void awaitAsync_judgesUnwrappedPollFailures() throws Exception {
    ResourceNotFoundException gone = notFound();
    Supplier<CompletableFuture<String>> deleted = () -> CompletableFuture.supplyAsync(() -> {
      throw gone;
    });

    String result = waiter(deleted)
        .onError(e -> e instanceof ResourceNotFoundException ? WaitDecision.SUCCESS : WaitDecision.FAILURE)
        .build().awaitAsync().get(10, TimeUnit.SECONDS);
    assertNull(result);

    WaiterException e = assertInstanceOf(WaiterException.class, failureOf(waiter(deleted).build().awaitAsync()));
    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertSame(gone, e.getCause());
  }

  @Test
  void awaitAsync_whenThePollSupplierThrows_treatsItAsAPollFailure() {
    ResourceNotFoundException gone = notFound();
    WaiterException e = assertInstanceOf(WaiterException.class, failureOf(waiter(() -> {
      throw gone;
    }).build().awaitAsync()));

    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertSame(gone, e.getCause());
  }

  @Test
  void awaitAsync_whenTimeRunsOut_failsWithTimeout() {
    AtomicLong fakeNanos = new AtomicLong();
    AtomicInteger polls = new AtomicInteger();
    CompletableFuture<String> result = waiter(() -> {
      polls.incrementAndGet();
      fakeNanos.addAndGet(Duration.ofSeconds(1).toNanos());
      return CompletableFuture.completedFuture("initial");
    }).ticker(fakeNanos::get).timeout(Duration.ofMillis(2500)).build().awaitAsync();

    WaiterException e = assertInstanceOf(WaiterException.class, failureOf(result));
    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
    assertEquals("initial", e.lastState().orElseThrow());
    assertEquals(3, e.attempts());
    assertEquals(3, polls.get());
  }

  @Test
  void awaitAsync_cancelled_dropsTheScheduledPoll() {
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    scheduler.setRemoveOnCancelPolicy(true);
    try {
      AtomicInteger polls = new AtomicInteger();
      CompletableFuture<String> result = waiter(() -> {
        polls.incrementAndGet();
        return CompletableFuture.completedFuture("initial");
      }).initialInterval(Duration.ofHours(1)).maxInterval(Duration.ofHours(1)).timeout(Duration.ofHours(2))
          .scheduler(scheduler).build().awaitAsync();
      assertEquals(1, scheduler.getQueue().size(), "the next poll is scheduled");

      assertTrue(result.cancel(true));

      assertTrue(scheduler.getQueue().isEmpty(), "cancelling removes the scheduled poll");
      assertEquals(1, polls.get());
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void awaitAsync_cancelled_cancelsThePollInFlight() {
    CompletableFuture<String> inFlight = new CompletableFuture<>();
    AtomicInteger polls = new AtomicInteger();
    CompletableFuture<String> result = waiter(() -> {
      polls.incrementAndGet();
      return inFlight;
    }).build().awaitAsync();

    result.cancel(true);

    assertTrue(inFlight.isCancelled());
    assertEquals(1, polls.get());
  }

  @Test
  void awaitAsync_withoutAsyncPoll_failsWithConfigurationException() {
    Waiter<String> syncOnly = Waiter.<String>builder("x").poll(() -> "running")
        .acceptor(WaiterAsyncTest::runningIsSuccess).build();

    assertInstanceOf(ConfigurationException.class, failureOf(syncOnly.awaitAsync()));
  }
}
