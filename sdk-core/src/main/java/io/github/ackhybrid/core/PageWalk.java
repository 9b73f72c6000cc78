package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over a paged list: which page to fetch next and when the list has ended. Shared by
 * {@link Paginator} and {@link AsyncPaginator} so both stop by the same rules. Not thread-safe; a
 * pass moves one page at a time.
 */
final class PageWalk {
  private final int pageSize;
  private int pageNumber = 1;
  private Optional<String> token = Optional.empty();
  private final Set<String> seenTokens;
  private int pagesFetched;
  private boolean finished;

  private PageWalk(int pageSize, Set<String> seenTokens) {
    this.pageSize = pageSize;
    this.seenTokens = seenTokens;
  }

  /** Walks pages 1, 2, 3... of the given size. */
  static PageWalk byPageNumber(int pageSize) {
    return new PageWalk(pageSize, null);
  }

  /** Walks from no token through each page's next token. */
  static PageWalk byToken() {
    return new PageWalk(0, new HashSet<>());
  }

  static int checkPageSize(int pageSize) {
    return (int) Validate.inRange(pageSize, "paginator.pageSize", 1, Integer.MAX_VALUE);
  }

  boolean finished() {
    return finished;
  }

  int pageNumber() {
    return pageNumber;
  }

  int pageSize() {
    return pageSize;
  }

  Optional<String> token() {
    return token;
  }

  /**
   * Takes in the page just fetched and decides where the walk goes on.
   *
   * @throws SdkException if the fetcher gave no page, or the service sent a next token it had
   *     already sent, which would page forever
   */
  <T> Page<T> advance(Page<T> page) {
    if (page == null) {
      throw new SdkException("The page fetcher returned null instead of page " + (pagesFetched + 1));
    }
    pagesFetched++;
    if (seenTokens == null) {
      advanceByNumber(page);
    } else {
      advanceByToken(page);
    }
    return page;
  }

  private void advanceByNumber(Page<?> page) {
    int size = page.items().size();
    boolean reachedTotal = page.totalCount().isPresent()
        && (long) pageNumber * pageSize >= page.totalCount().getAsLong();
    if (size == 0 || size < pageSize || reachedTotal || pageNumber == Integer.MAX_VALUE) {
      finished = true;
    } else {
      pageNumber++;
    }
  }

  private void advanceByToken(Page<?> page) {
    Optional<String> next = page.nextToken();
    if (next.isEmpty()) {
      finished = true;
      return;
    }
    // Every token is remembered, not just the last, so a cycle through several tokens is caught too;
    // a token is a short string, so even a very long list costs little.
    if (!seenTokens.add(next.get())) {
      finished = true;
      throw new SdkException("Paging stopped after " + pagesFetched + " pages: the service sent the next token "
          + Validate.quote(next.get()) + " a second time, so the list would never end");
    }
    token = next;
  }
}
