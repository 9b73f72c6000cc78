package io.github.ackhybrid.nodepool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScriptTextTest {
  @Test
  void unwrapsOneLevelOfJsonQuoting() {
    assertEquals("a \"b\" c", ScriptText.unwrap("  \"a \\\"b\\\" c\"\n"));
    assertEquals("plain text", ScriptText.unwrap("plain text\n"));
  }

  @Test
  void readsAnExpiryOnlyInTheAgreedForm() {
    assertEquals(Instant.ofEpochSecond(1740037333), ScriptText.expiry("x --expired=1740037333 y").orElseThrow());
    assertEquals(Instant.ofEpochSecond(1740037333), ScriptText.expiry("x --token-expired 1740037333").orElseThrow());
    assertTrue(ScriptText.expiry("x --openapi-token 1740037333").isEmpty());
  }

  @Test
  void redactsEveryTokenFlag() {
    assertEquals("a --openapi-token **** b --token=**** c", ScriptText.redact("a --openapi-token X1 b --token=Y2 c"));
  }
}
