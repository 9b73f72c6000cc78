package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AsyncPaginatorTest {

  private final List<String> requests = new CopyOnWriteArrayList<>();

  /** Serves numbered pages of {@code total} items from another thread, as a real client would. */
  private CompletableFuture<Page<Integer>> numbered(int total, int pageNumber, int pageSize) {
    requests.add(pageNumber + "x" + pageSize);
    return CompletableFuture.supplyAsync(() -> {
      int from = Math.min((pageNumber - 1) * pageSize, total);
      int to = Math.min(from + pageSize, total);
      return Page.numbered(IntStream.range(from, to).boxed().collect(Collectors.toList()), pageNumber, total);
    });
  }

  private CompletableFuture<Page<String>> tokens(Map<String, Page<String>> pages, Optional<String> token) {
    requests.add(token.orElse("<first>"));
    return CompletableFuture.supplyAsync(() -> pages.get(token.orElse("")));
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void aNullCallbackFailsThePassInsteadOfThrowingAndFetchesNothing() {
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(4, (n, size) -> numbered(10, n, size));
    ValidationException each = assertInstanceOf(ValidationException.class, failureOf(paginator.forEach(null)));
    assertEquals("action", each.field());
    ValidationException pages = assertInstanceOf(ValidationException.class, failureOf(paginator.forEachPage(null)));
    assertEquals("continueWhile", pages.field());
    assertTrue(requests.isEmpty(), "nothing is fetched for bad input");
  }

  @Test
  void aPaginatorMadeFromBadInputFailsEveryPassWithThatInputsException() {
    ValidationException bad = new ValidationException("request", "must not be null");
    AsyncPaginator<Integer> paginator = Futures.failInstead(() -> {
      throw bad;
    }, SdkExecutors.completion());
    assertSame(bad, failureOf(paginator.toList()));
    assertSame(bad, failureOf(paginator.forEach(item -> { })), "every pass fails, not only the first");
    assertSame(bad, failureOf(Futures.<Integer>failInstead(() -> {
      throw bad;
    })));
  }

  @Test
  void toList_collectsEveryPageInOrderAndStopsAtTheTotal() throws Exception {
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(4, (n, size) -> numbered(10, n, size));
    assertTrue(requests.isEmpty(), "creating a paginator sends nothing");

    List<Integer> all = paginator.toList().get(10, TimeUnit.SECONDS);

    assertEquals(IntStream.range(0, 10).boxed().collect(Collectors.toList()), all);
    assertEquals(List.of("1x4", "2x4", "3x4"), requests);
    assertThrows(UnsupportedOperationException.class, () -> all.add(99));
  }

  @Test
  void forEach_followsTokensUntilTheLastPage() throws Exception {
    Map<String, Page<String>> pages = Map.of(
        "", Page.withNextToken(List.of("a", "b"), "t1"),
        "t1", Page.withNextToken(List.of(), "t2"),
        "t2", Page.withNextToken(List.of("c"), null));
    List<String> seen = new ArrayList<>();

    AsyncPaginator.byToken((Optional<String> t) -> tokens(pages, t)).forEach(seen::add).get(10, TimeUnit.SECONDS);

    assertEquals(List.of("a", "b", "c"), seen);
    assertEquals(List.of("<first>", "t1", "t2"), requests);
  }

  @Test
  void forEachPage_stopsFetchingWhenTheCallbackSaysSo() throws Exception {
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(2, (n, size) -> numbered(100, n, size));

    paginator.forEachPage(page -> false).get(10, TimeUnit.SECONDS);

    assertEquals(List.of("1x2"), requests);
  }

  @Test
  void eachPassStartsFromTheFirstPage() throws Exception {
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(5, (n, size) -> numbered(6, n, size));

    assertEquals(paginator.toList().get(10, TimeUnit.SECONDS), paginator.toList().get(10, TimeUnit.SECONDS));
    assertEquals(List.of("1x5", "2x5", "1x5", "2x5"), requests);
  }

  @Test
  void aFailedFetchFailsThePassWithTheUnwrappedError() {
    ThrottlingException throttled = new ThrottlingException(
        new ServiceErrorDetails("DescribeClustersV1", 429, "Throttling.User", "slow down", "req-3", null));
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(2, (n, size) -> n == 2
        ? CompletableFuture.supplyAsync(() -> {
          throw throttled;
        })
        : numbered(10, n, size));
    List<Integer> seen = new CopyOnWriteArrayList<>();

    assertSame(throttled, failureOf(paginator.forEach(seen::add)));
    assertEquals(List.of(0, 1), seen, "items before the failure were delivered");
  }

  @Test
  void aFailingCallbackFailsThePass() {
    IllegalStateException boom = new IllegalStateException("boom");
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(2, (n, size) -> numbered(10, n, size));

    assertSame(boom, failureOf(paginator.forEach(i -> {
      throw boom;
    })));
    assertEquals(List.of("1x2"), requests);
  }

  @Test
  void aRepeatedTokenFailsThePass() {
    Map<String, Page<String>> pages = Map.of(
        "", Page.withNextToken(List.of("a"), "t1"),
        "t1", Page.withNextToken(List.of("b"), "t1"));

    Throwable e = failureOf(AsyncPaginator.byToken((Optional<String> t) -> tokens(pages, t)).toList());

    assertInstanceOf(SdkException.class, e);
    assertEquals(List.of("<first>", "t1"), requests);
  }

  @Test
  void manyCompletedPagesDoNotGrowTheStack() throws Exception {
    int pages = 20_000;
    AsyncPaginator<Integer> paginator = AsyncPaginator.byPageNumber(1,
        (n, size) -> CompletableFuture.completedFuture(Page.numbered(List.of(n), n, pages)));

    assertEquals(pages, paginator.toList().get(30, TimeUnit.SECONDS).size());
  }

  @Test
  void cancellingThePassCancelsTheFetchInFlightAndFetchesNoMore() {
    CompletableFuture<Page<Integer>> inFlight = new CompletableFuture<>();
    AtomicInteger fetches = new AtomicInteger();
    CompletableFuture<Void> pass = AsyncPaginator.<Integer>byPageNumber(10, (n, size) -> {
      fetches.incrementAndGet();
      return inFlight;
    }).forEach(i -> { });

    pass.cancel(true);

    assertTrue(inFlight.isCancelled());
    assertEquals(1, fetches.get());
  }

  @Test
  void withExecutor_runsCallbacksThere() throws Exception {
    ExecutorService mine = Executors.newSingleThreadExecutor(SdkExecutors.daemonThreads("mine"));
    try {
      List<String> threads = new CopyOnWriteArrayList<>();
      AsyncPaginator.byPageNumber(3, (n, size) -> numbered(7, n, size)).withExecutor(mine)
          .forEachPage(page -> threads.add(Thread.currentThread().getName()))
          .get(10, TimeUnit.SECONDS);

      assertEquals(List.of("mine-1", "mine-1", "mine-1"), threads);
    } finally {
      mine.shutdownNow();
    }
  }
}
