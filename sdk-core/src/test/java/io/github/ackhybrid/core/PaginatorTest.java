package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {

  /** Serves numbered pages of a list of {@code total} items and records every request. */
  static final class NumberedService {
    final int total;
    final boolean reportTotal;
    final List<String> requests = new ArrayList<>();

    NumberedService(int total, boolean reportTotal) {
      this.total = total;
      this.reportTotal = reportTotal;
    }

    Page<Integer> fetch(int pageNumber, int pageSize) {
      requests.add(pageNumber + "x" + pageSize);
      int from = Math.min((pageNumber - 1) * pageSize, total);
      int to = Math.min(from + pageSize, total);
      List<Integer> items = IntStream.range(from, to).boxed().collect(Collectors.toList());
      return reportTotal ? Page.numbered(items, pageNumber, total) : Page.of(items);
    }
  }

  /** Serves token pages: key = request token ("" for the first page), value = items and next token. */
  static final class TokenService {
    final Map<String, Page<String>> pages;
    final List<Optional<String>> requests = new ArrayList<>();

    TokenService(Map<String, Page<String>> pages) {
      this.pages = pages;
    }

    Page<String> fetch(Optional<String> token) {
      requests.add(token);
      return pages.get(token.orElse(""));
    }
  }

  @Test
  void byPageNumber_stopsWhenThePagesReachTheTotalCount() {
    NumberedService service = new NumberedService(6, true);

    assertEquals(List.of(0, 1, 2, 3, 4, 5), Paginator.byPageNumber(3, service::fetch).toList());
    assertEquals(List.of("1x3", "2x3"), service.requests, "no third request once 2 * 3 >= 6");
  }

  @Test
  void byPageNumber_stopsAfterAShortPage() {
    NumberedService service = new NumberedService(7, false);

    assertEquals(7, Paginator.byPageNumber(3, service::fetch).toList().size());
    assertEquals(List.of("1x3", "2x3", "3x3"), service.requests);
  }

  @Test
  void byPageNumber_stopsAfterAnEmptyPage() {
    NumberedService service = new NumberedService(6, false);

    List<Page<Integer>> pages = new ArrayList<>();
    Paginator.byPageNumber(3, service::fetch).pages().forEach(pages::add);

    assertEquals(List.of("1x3", "2x3", "3x3"), service.requests);
    assertEquals(3, pages.size());
    assertTrue(pages.get(2).items().isEmpty());
  }

  @Test
  void byPageNumber_makesNoRequestUntilIterated() {
    NumberedService service = new NumberedService(10, true);

    Paginator<Integer> paginator = Paginator.byPageNumber(2, service::fetch);
    Iterator<Integer> it = paginator.iterator();
    paginator.stream();
    assertTrue(service.requests.isEmpty());

    it.next();
    it.next();
    assertEquals(List.of("1x2"), service.requests, "one page fetched for its two items");
    it.next();
    assertEquals(List.of("1x2", "2x2"), service.requests);
  }

  @Test
  void eachIterationStartsFromTheFirstPage() {
    NumberedService service = new NumberedService(5, true);
    Paginator<Integer> paginator = Paginator.byPageNumber(2, service::fetch);

    assertEquals(paginator.toList(), paginator.toList());
    assertEquals(List.of("1x2", "2x2", "3x2", "1x2", "2x2", "3x2"), service.requests);
  }

  @Test
  void streamFindFirst_fetchesOnePage() {
    NumberedService service = new NumberedService(100, true);

    Optional<Integer> firstAboveThree = Paginator.byPageNumber(10, service::fetch).stream().filter(i -> i > 3).findFirst();

    assertEquals(Optional.of(4), firstAboveThree);
    assertEquals(List.of("1x10"), service.requests);
  }

  @Test
  void first_skipsEmptyTokenPagesAndStopsAtTheFirstItem() {
    TokenService service = new TokenService(Map.of(
        "", Page.withNextToken(List.of(), "t1"),
        "t1", Page.withNextToken(List.of("a", "b"), "t2")));

    assertEquals(Optional.of("a"), Paginator.byToken(service::fetch).first());
    assertEquals(List.of(Optional.empty(), Optional.of("t1")), service.requests);
  }

  @Test
  void first_ofAnEmptyList_isEmpty() {
    assertEquals(Optional.empty(), Paginator.byPageNumber(5, new NumberedService(0, true)::fetch).first());
  }

  @Test
  void byToken_followsTokensUntilOneIsAbsentOrBlank() {
    TokenService service = new TokenService(Map.of(
        "", Page.withNextToken(List.of("a", "b"), "t1"),
        "t1", Page.withNextToken(List.of("c"), "t2"),
        "t2", Page.withNextToken(List.of("d"), "  ")));

    assertEquals(List.of("a", "b", "c", "d"), Paginator.byToken(service::fetch).toList());
    assertEquals(List.of(Optional.empty(), Optional.of("t1"), Optional.of("t2")), service.requests);
  }

  @Test
  void byToken_whenTheServiceRepeatsAToken_failsInsteadOfLooping() {
    TokenService service = new TokenService(Map.of(
        "", Page.withNextToken(List.of("a"), "t1"),
        "t1", Page.withNextToken(List.of("b"), "t2"),
        "t2", Page.withNextToken(List.of("c"), "t1")));
    Iterator<String> it = Paginator.byToken(service::fetch).iterator();

    assertEquals("a", it.next());
    assertEquals("b", it.next());
    SdkException e = assertThrows(SdkException.class, it::next);
    assertTrue(e.getMessage().contains("\"t1\" a second time"), e.getMessage());
    assertEquals(3, service.requests.size());
  }

  @Test
  void fetchErrorsSurfaceWhileIterating() {
    IllegalStateException boom = new IllegalStateException("boom");
    Paginator<String> paginator = Paginator.byToken(token -> {
      if (token.isPresent()) {
        throw boom;
      }
      return Page.withNextToken(List.of("a"), "t1");
    });
    Iterator<String> it = paginator.iterator();

    assertEquals("a", it.next());
    assertEquals(boom, assertThrows(IllegalStateException.class, it::hasNext));
  }

  @Test
  void iteratorPastTheEnd_throwsNoSuchElement() {
    Iterator<Integer> it = Paginator.byPageNumber(5, new NumberedService(1, true)::fetch).iterator();
    it.next();

    assertFalse(it.hasNext());
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }

  @Test
  void byPageNumber_rejectsAPageSizeBelowOne() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Paginator.byPageNumber(0, new NumberedService(1, true)::fetch));
    assertEquals("paginator.pageSize", e.field());
  }
}
