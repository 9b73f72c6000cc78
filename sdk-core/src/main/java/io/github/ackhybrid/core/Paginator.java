package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paged list operation, fetched page by page as they are iterated.
 *
 * <p>Creating a paginator sends no request. Each iteration (of the items, of {@link #pages()}, of
 * a {@link #stream()}) starts again from the first page and fetches the next page only when the
 * items of the current one are used up, so it holds one page in memory at a time and a
 * short-circuiting stream stops fetching early. Request errors surface from the iterator's
 * {@code hasNext()} or {@code next()} while iterating. Thread-safe to share; each iterator is for
 * one thread.
 *
 * <pre>{@code
 * Paginator<Node> nodes = Paginator.byPageNumber(100, (page, size) -> describeNodes(clusterId, page, size));
 * for (Node node : nodes) { ... }                                   // every node, a page at a time
 * Optional<Node> failed = nodes.stream().filter(Node::failed).findFirst();  // stops at the first match
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {
  private final Supplier<PageWalk> walks;
  private final Function<PageWalk, Page<T>> fetch;

  private Paginator(Supplier<PageWalk> walks, Function<PageWalk, Page<T>> fetch) {
    this.walks = walks;
    this.fetch = fetch;
  }

  /**
   * Fetches a page at a time by 1-based page number, as ACK's list operations page. The list ends
   * after a page that is empty, holds fewer than {@code pageSize} items, or reaches the total count
   * ({@code pageNumber * pageSize >= totalCount}).
   *
   * @param pageSize how many items to ask for per page, at least 1
   * @param fetcher fetches one page
   * @param <T> the item type
   * @return a paginator that has fetched nothing yet
   * @throws ValidationException if the page size is below 1 or the fetcher is null
   */
  public static <T> Paginator<T> byPageNumber(int pageSize, PageFetcher<T> fetcher) {
    int size = PageWalk.checkPageSize(pageSize);
    Validate.notNull(fetcher, "paginator.fetcher");
    return new Paginator<>(() -> PageWalk.byPageNumber(size), walk -> fetcher.fetch(walk.pageNumber(), size));
  }

  /**
   * Fetches a page at a time by continuation token. The first call gets an empty token; the list ends
   * after a page whose next token is absent or blank.
   *
   * @param fetcher fetches the page that starts at the given token
   * @param <T> the item type
   * @return a paginator that has fetched nothing yet
   * @throws ValidationException if the fetcher is null
   */
  public static <T> Paginator<T> byToken(Function<Optional<String>, Page<T>> fetcher) {
    Validate.notNull(fetcher, "paginator.fetcher");
    return new Paginator<>(PageWalk::byToken, walk -> fetcher.apply(walk.token()));
  }

  /**
   * Iterates over the items of every page, starting from the first page.
   *
   * @return a new iterator; it throws {@link SdkException} (or the fetcher's exception) when a
   *     page cannot be fetched, and {@link SdkException} when the service repeats a next token
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pageIterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return current.next();
      }
    };
  }

  /**
   * Returns the pages themselves, for their paging details or to work a page at a time. The last
   * page may be empty when the service says so only by returning nothing.
   *
   * @return a re-iterable view; each iteration starts from the first page
   */
  public Iterable<Page<T>> pages() {
    return this::pageIterator;
  }

  /**
   * Returns a sequential stream of the items, fetching pages as the stream pulls them. Nothing
   * needs closing.
   *
   * @return a lazy stream that starts from the first page
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        Spliterator.ORDERED | Spliterator.NONNULL, false);
  }

  /**
   * Fetches every page and returns all items. Meant for lists known to be small; iterate instead
   * when a list can be long.
   *
   * @return an unmodifiable list of every item in order
   */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the first item, fetching only as many pages as it takes to find one.
   *
   * @return the first item, or empty if the list is empty
   */
  public Optional<T> first() {
    Iterator<T> it = iterator();
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  private Iterator<Page<T>> pageIterator() {
    PageWalk walk = walks.get();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !walk.finished();
      }

      @Override
      public Page<T> next() {
        if (walk.finished()) {
          throw new NoSuchElementException("no more pages");
        }
        return walk.advance(fetch.apply(walk));
      }
    };
  }

  /**
   * Fetches one page of a page-numbered list.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * Fetches one page.
     *
     * @param pageNumber the 1-based page to fetch
     * @param pageSize how many items the page should hold
     * @return the page, never null
     */
    Page<T> fetch(int pageNumber, int pageSize);
  }
}
