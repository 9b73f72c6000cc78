package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseMetadataTest {

  @Test
  void of_keepsTheExchangeAndTreatsABlankRequestIdAsAbsent() {
    ResponseMetadata m = ResponseMetadata.of("DescribeClusterDetail", 200, "req-1", 2, Duration.ofMillis(120));

    assertEquals("DescribeClusterDetail", m.operation());
    assertEquals(200, m.httpStatus());
    assertEquals(Optional.of("req-1"), m.requestId());
    assertEquals(2, m.attempts());
    assertEquals(Duration.ofMillis(120), m.latency());
    assertEquals(m, ResponseMetadata.of("DescribeClusterDetail", 200, "req-1", 2, Duration.ofMillis(120)));
    assertEquals(Optional.empty(), ResponseMetadata.of("X", 204, " ", 1, Duration.ZERO).requestId());
  }

  @Test
  void empty_describesNoExchange() {
    ResponseMetadata m = ResponseMetadata.empty("ListMeshes");

    assertEquals(0, m.httpStatus());
    assertEquals(0, m.attempts());
    assertEquals(Duration.ZERO, m.latency());
    assertEquals(Optional.empty(), m.requestId());
  }

  @Test
  void of_rejectsImpossibleValuesNamingTheField() {
    assertEquals("responseMetadata.operation",
        assertThrows(ValidationException.class, () -> ResponseMetadata.of("", 200, null, 1, Duration.ZERO)).field());
    assertEquals("responseMetadata.httpStatus",
        assertThrows(ValidationException.class, () -> ResponseMetadata.of("X", 42, null, 1, Duration.ZERO)).field());
    assertEquals("responseMetadata.attempts",
        assertThrows(ValidationException.class, () -> ResponseMetadata.of("X", 200, null, 0, Duration.ZERO)).field());
    assertEquals("responseMetadata.latency", assertThrows(ValidationException.class,
        () -> ResponseMetadata.of("X", 200, null, 1, Duration.ofMillis(-1))).field());
  }
}
