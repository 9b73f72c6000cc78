package io.github.ackhybrid.nodepool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.internal.MalformedAnswerException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTextTest {
  private static final String WHOLE = "curl http://x/attach_node.sh | bash -s -- --openapi-token t0k";

  @Test
  void unwrapsOneLevelOfJsonQuoting() throws MalformedAnswerException {
    assertEquals("curl http://x/attach_node.sh | bash -s -- --openapi-token=\"t0k\" --a b",
        ScriptText.command("  \"curl http://x/attach_node.sh | bash -s -- --openapi-token=\\\"t0k\\\" --a b\"\n"));
    assertEquals(WHOLE, ScriptText.command(WHOLE + "\n"));
  }

  @Test
  void refusesWhatNoWholeScriptLooksLike() {
    for (String partial : List.of("", WHOLE.substring(0, WHOLE.length() - 7), WHOLE.replace(" t0k", ""),
        WHOLE.replace("t0k", "--expired 1"), WHOLE.replace("t0k", "''"), "\"" + WHOLE, "\"" + WHOLE + "\" x",
        "curl http://x/attach_node.sh --openapi-token t0k", "bash -s -- --openapi-token t0k",
        "--openapi-token t0k curl http://x/attach_node.sh | bash", "./edgeadm join --openapi-token=t0k")) {
      MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> ScriptText.command(partial),
          partial);
      assertFalse(e.getMessage().contains("t0k"), e.getMessage());
    }
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
