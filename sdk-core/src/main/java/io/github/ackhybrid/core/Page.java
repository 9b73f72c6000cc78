package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a list operation: its items and what the service said about where the list goes on.
 * Page-numbered APIs (ACK's {@code page_number}, {@code page_size}, {@code total_count}) fill the
 * page number and total count; token-paged APIs fill the next token. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final Optional<String> nextToken;
  private final OptionalInt pageNumber;
  private final OptionalLong totalCount;

  private Page(List<T> items, Optional<String> nextToken, OptionalInt pageNumber, OptionalLong totalCount) {
    this.items = items;
    this.nextToken = nextToken;
    this.pageNumber = pageNumber;
    this.totalCount = totalCount;
  }

  /**
   * Returns a page that says nothing about further pages.
   *
   * @param items the items, copied
   * @param <T> the item type
   * @return the page
   * @throws ValidationException if items is null or holds null
   */
  public static <T> Page<T> of(List<? extends T> items) {
    return new Page<>(copy(items), Optional.empty(), OptionalInt.empty(), OptionalLong.empty());
  }

  /**
   * Returns a page of a token-paged list.
   *
   * @param items the items, copied
   * @param nextToken the token that fetches the next page; null or blank when this is the last page
   * @param <T> the item type
   * @return the page
   * @throws ValidationException if items is null or holds null
   */
  public static <T> Page<T> withNextToken(List<? extends T> items, String nextToken) {
    Optional<String> token = nextToken == null || nextToken.isBlank() ? Optional.empty() : Optional.of(nextToken);
    return new Page<>(copy(items), token, OptionalInt.empty(), OptionalLong.empty());
  }

  /**
   * Returns a page of a page-numbered list.
   *
   * @param items the items, copied
   * @param pageNumber the 1-based number of this page
   * @param totalCount how many items the whole list holds
   * @param <T> the item type
   * @return the page
   * @throws ValidationException if items is null or holds null, the page number is below 1 or the
   *     total count is negative
   */
  public static <T> Page<T> numbered(List<? extends T> items, int pageNumber, long totalCount) {
    Validate.inRange(pageNumber, "page.pageNumber", 1, Integer.MAX_VALUE);
    Validate.inRange(totalCount, "page.totalCount", 0, Long.MAX_VALUE);
    return new Page<>(copy(items), Optional.empty(), OptionalInt.of(pageNumber), OptionalLong.of(totalCount));
  }

  /**
   * Returns the items of this page.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the token that fetches the next page of a token-paged list.
   *
   * @return the token, or empty on the last page and on page-numbered lists
   */
  public Optional<String> nextToken() {
    return nextToken;
  }

  /**
   * Returns the 1-based number of this page, as the service reported it.
   *
   * @return the page number, or empty when the service reports none
   */
  public OptionalInt pageNumber() {
    return pageNumber;
  }

  /**
   * Returns how many items the whole list holds, as the service reported it.
   *
   * @return the total, or empty when the service reports none
   */
  public OptionalLong totalCount() {
    return totalCount;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Page)) {
      return false;
    }
    Page<?> other = (Page<?>) o;
    return items.equals(other.items)
        && nextToken.equals(other.nextToken)
        && pageNumber.equals(other.pageNumber)
        && totalCount.equals(other.totalCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextToken, pageNumber, totalCount);
  }

  /** Names the item count and paging fields, not the items, so a page logs in one short line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Page{items=").append(items.size());
    pageNumber.ifPresent(n -> sb.append(", pageNumber=").append(n));
    totalCount.ifPresent(n -> sb.append(", totalCount=").append(n));
    nextToken.ifPresent(t -> sb.append(", nextToken=").append(Validate.quote(t)));
    return sb.append('}').toString();
  }

  private static <T> List<T> copy(List<? extends T> items) {
    Validate.notNull(items, "page.items");
    List<T> copy = new ArrayList<>(items);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) == null) {
        throw new ValidationException("page.items", "must not contain null, found one at index " + i);
      }
    }
    return Collections.unmodifiableList(copy);
  }
}
