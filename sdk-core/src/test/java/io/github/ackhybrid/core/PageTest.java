package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void itemsAreACopyThatCannotBeChanged() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.of(source);
    source.add("c");

    assertEquals(List.of("a", "b"), page.items());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("d"));
  }

  @Test
  void factoriesFillOnlyTheirPagingFields() {
    Page<String> numbered = Page.numbered(List.of("a"), 3, 41);
    assertEquals(OptionalInt.of(3), numbered.pageNumber());
    assertEquals(OptionalLong.of(41), numbered.totalCount());
    assertEquals(Optional.empty(), numbered.nextToken());

    assertEquals(Optional.of("t"), Page.withNextToken(List.of(), "t").nextToken());
    assertEquals(Optional.empty(), Page.withNextToken(List.of(), "").nextToken());
    assertEquals(Optional.empty(), Page.withNextToken(List.of(), null).nextToken());
    assertEquals(Page.of(List.of("a")), Page.withNextToken(List.of("a"), null));
    assertEquals("Page{items=1, pageNumber=3, totalCount=41}", numbered.toString());
  }

  @Test
  void rejectsNullItemsAndImpossibleNumbers() {
    assertEquals("page.items", assertThrows(ValidationException.class, () -> Page.of(null)).field());
    ValidationException nullItem = assertThrows(ValidationException.class, () -> Page.of(Arrays.asList("a", null)));
    assertEquals("page.items must not contain null, found one at index 1", nullItem.getMessage());
    assertEquals("page.pageNumber",
        assertThrows(ValidationException.class, () -> Page.numbered(List.of(), 0, 0)).field());
    assertEquals("page.totalCount",
        assertThrows(ValidationException.class, () -> Page.numbered(List.of(), 1, -1)).field());
    assertFalse(Page.of(List.of()).pageNumber().isPresent());
  }
}
