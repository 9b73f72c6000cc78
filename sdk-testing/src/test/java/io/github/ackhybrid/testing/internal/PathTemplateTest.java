package io.github.ackhybrid.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
  @Test
  void capturesParametersFromDecodedSegments() {
    PathTemplate template = PathTemplate.of("/clusters/{ClusterId}/nodepools/{NodepoolId}");

    assertEquals(Map.of("ClusterId", "c1", "NodepoolId", "np/2"),
        template.match(List.of("clusters", "c1", "nodepools", "np/2")).orElseThrow());
    assertEquals(2, template.literals());
  }

  @Test
  void rejectsOtherShapes() {
    PathTemplate template = PathTemplate.of("/clusters/{ClusterId}");

    assertTrue(template.match(List.of("clusters")).isEmpty());
    assertTrue(template.match(List.of("clusters", "")).isEmpty());
    assertTrue(template.match(List.of("tasks", "c1")).isEmpty());
    assertTrue(template.match(List.of("clusters", "c1", "extra")).isEmpty());
  }

  @Test
  void theRootMatchesTheEmptyPath() {
    assertTrue(PathTemplate.of("/").match(List.of("")).isPresent());
    assertThrows(ValidationException.class, () -> PathTemplate.of("clusters"));
  }
}
