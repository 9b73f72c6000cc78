package io.github.ackhybrid.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallThreadsTest {

  @Test
  void neverRunsMoreThreadsThanTheLimitAndRunsEveryTask() throws Exception {
    ExecutorService pool = CallThreads.newPool(4, "test-http");
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch fourRunning = new CountDownLatch(4);
    CountDownLatch done = new CountDownLatch(50);
    try {
      for (int i = 0; i < 50; i++) {
        pool.execute(() -> {
          threads.add(Thread.currentThread().getName());
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          fourRunning.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.decrementAndGet();
          done.countDown();
        });
      }
      assertTrue(fourRunning.await(10, TimeUnit.SECONDS), "four tasks ran at once");
      assertEquals(4, ((java.util.concurrent.ThreadPoolExecutor) pool).getPoolSize());
      release.countDown();
      assertTrue(done.await(10, TimeUnit.SECONDS), "every task ran");
      assertEquals(4, mostAtOnce.get());
      assertTrue(threads.size() <= 4, threads::toString);
      assertTrue(threads.stream().allMatch(name -> name.startsWith("test-http-")), threads::toString);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reusesAnIdleThreadInsteadOfStartingAnother() throws Exception {
    ExecutorService pool = CallThreads.newPool(8, "test-http");
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try {
      for (int i = 0; i < 20; i++) {
        pool.submit(() -> threads.add(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
        awaitIdle(pool);
      }
      assertEquals(1, threads.size(), threads::toString);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesWorkOnceShutDown() {
    ExecutorService pool = CallThreads.newPool(2, "test-http");
    pool.shutdown();
    assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
  }

  /** Waits until the pool's only thread is back waiting for work, so the next task can be handed to it. */
  private static void awaitIdle(ExecutorService pool) throws InterruptedException {
    java.util.concurrent.ThreadPoolExecutor executor = (java.util.concurrent.ThreadPoolExecutor) pool;
    while (executor.getActiveCount() > 0) {
      Thread.onSpinWait();
    }
    // A worker counts as inactive a moment before it polls the queue again; the transfer below
    // only succeeds once it does, so spin until the queue reports a waiting consumer.
    while (!((java.util.concurrent.LinkedTransferQueue<Runnable>) executor.getQueue()).hasWaitingConsumer()) {
      Thread.onSpinWait();
    }
  }
}
