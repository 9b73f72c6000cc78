package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The items of a paged list operation, fetched page by page without blocking a thread: the
 * asynchronous twin of {@link Paginator}, with the same rules for where a list ends.
 *
 * <p>Creating one sends no request; each of {@link #forEach}, {@link #forEachPage} and
 * {@link #toList} starts a new pass from the first page and requests the next page only after the
 * current one has been handed over. Callbacks run on the executor (the SDK's completion pool unless
 * {@link #withExecutor(Executor) set}), one page at a time. Cancelling a returned future stops the
 * pass and cancels the fetch in flight. Immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class AsyncPaginator<T> {
  private final Supplier<PageWalk> walks;
  private final Function<PageWalk, ? extends CompletionStage<Page<T>>> fetch;
  private final Executor executor;

  private AsyncPaginator(
      Supplier<PageWalk> walks, Function<PageWalk, ? extends CompletionStage<Page<T>>> fetch, Executor executor) {
    this.walks = walks;
    this.fetch = fetch;
    this.executor = executor;
  }

  /**
   * Fetches a page at a time by 1-based page number. The list ends after a page that is empty,
   * holds fewer than {@code pageSize} items, or reaches the total count.
   *
   * @param pageSize how many items to ask for per page, at least 1
   * @param fetcher starts fetching one page
   * @param <T> the item type
   * @return a paginator that has fetched nothing yet
   * @throws ValidationException if the page size is below 1 or the fetcher is null
   */
  public static <T> AsyncPaginator<T> byPageNumber(int pageSize, PageFetcher<T> fetcher) {
    int size = PageWalk.checkPageSize(pageSize);
    Validate.notNull(fetcher, "paginator.fetcher");
    return new AsyncPaginator<>(() -> PageWalk.byPageNumber(size),
        walk -> fetcher.fetch(walk.pageNumber(), size), SdkExecutors.completion());
  }

  /**
   * Fetches a page at a time by continuation token. The first call gets an empty token; the list
   * ends after a page whose next token is absent or blank, and fails with {@link SdkException} if
   * the service sends a token a second time.
   *
   * @param fetcher starts fetching the page that starts at the given token
   * @param <T> the item type
   * @return a paginator that has fetched nothing yet
   * @throws ValidationException if the fetcher is null
   */
  public static <T> AsyncPaginator<T> byToken(
      Function<Optional<String>, ? extends CompletionStage<Page<T>>> fetcher) {
    Validate.notNull(fetcher, "paginator.fetcher");
    return new AsyncPaginator<>(PageWalk::byToken, walk -> fetcher.apply(walk.token()), SdkExecutors.completion());
  }

  /**
   * Returns a copy whose callbacks run on the given executor; clients pass their configured
   * completion executor.
   *
   * @param executor runs page callbacks and starts fetches
   * @return a new paginator
   * @throws ValidationException if the executor is null
   */
  public AsyncPaginator<T> withExecutor(Executor executor) {
    return new AsyncPaginator<>(walks, fetch, Validate.notNull(executor, "paginator.executor"));
  }

  /**
   * Hands each page in turn to a callback, which says whether to go on.
   *
   * @param continueWhile gets each page, including an empty last page; returns false to stop
   *     without fetching more
   * @return a future that completes when the list ends or the callback stops it, or fails with the
   *     fetch's exception (unwrapped), an {@link SdkException} for a repeated next token, the
   *     callback's exception, or a {@link ValidationException} if the callback is null
   */
  public CompletableFuture<Void> forEachPage(Predicate<? super Page<T>> continueWhile) {
    return Futures.failInstead(() -> {
      Pass pass = new Pass(Validate.notNull(continueWhile, "continueWhile"));
      pass.fetchNext();
      return pass.done;
    });
  }

  /**
   * Hands every item of every page in turn to an action.
   *
   * @param action gets each item
   * @return a future that completes after the last item, or fails as {@link #forEachPage} does, or
   *     with a {@link ValidationException} if the action is null
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    return Futures.failInstead(() -> {
      Consumer<? super T> each = Validate.notNull(action, "action");
      return forEachPage(page -> {
        page.items().forEach(each);
        return true;
      });
    });
  }

  /**
   * Fetches every page and collects all items. Meant for lists known to be small.
   *
   * @return a future of an unmodifiable list of every item in order, or failing as
   *     {@link #forEachPage} does
   */
  public CompletableFuture<List<T>> toList() {
    List<T> all = new ArrayList<>();
    return forEachPage(page -> {
      all.addAll(page.items());
      return true;
    }).thenApply(done -> Collections.unmodifiableList(all));
  }

  /** One pass over the list; each step runs after the previous one, so its state needs no locks. */
  private final class Pass {
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final PageWalk walk = walks.get();
    private final Predicate<? super Page<T>> continueWhile;
    private volatile CompletableFuture<Page<T>> inFlight;

    Pass(Predicate<? super Page<T>> continueWhile) {
      this.continueWhile = continueWhile;
      done.whenComplete((value, error) -> {
        CompletableFuture<Page<T>> fetching = inFlight;
        if (fetching != null) {
          fetching.cancel(false);
        }
      });
    }

    void fetchNext() {
      if (done.isDone()) {
        return;
      }
      CompletableFuture<Page<T>> page;
      try {
        CompletionStage<Page<T>> stage = fetch.apply(walk);
        page = stage == null
            ? CompletableFuture.failedFuture(new SdkException("The page fetcher returned null, not a future"))
            : stage.toCompletableFuture();
      } catch (RuntimeException e) {
        page = CompletableFuture.failedFuture(e);
      }
      inFlight = page;
      if (done.isDone()) {
        page.cancel(false);
        return;
      }
      // Always hopping to the executor unwinds the stack between pages: chaining inline on futures
      // that are already complete would recurse once per page.
      page.whenCompleteAsync(this::onPage, this::execute);
    }

    private void onPage(Page<T> page, Throwable error) {
      if (done.isDone()) {
        return;
      }
      if (error != null) {
        done.completeExceptionally(Futures.unwrap(error));
        return;
      }
      try {
        walk.advance(page);
        if (continueWhile.test(page) && !walk.finished()) {
          fetchNext();
        } else {
          done.complete(null);
        }
      } catch (RuntimeException | Error e) {
        // Thrown out of a future callback it would vanish and leave the caller waiting forever.
        done.completeExceptionally(e);
      }
    }

    private void execute(Runnable task) {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        done.completeExceptionally(e);
      }
    }
  }

  /**
   * Starts fetching one page of a page-numbered list.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * Starts fetching one page.
     *
     * @param pageNumber the 1-based page to fetch
     * @param pageSize how many items the page should hold
     * @return a stage that completes with the page, never null
     */
    CompletionStage<Page<T>> fetch(int pageNumber, int pageSize);
  }
}
