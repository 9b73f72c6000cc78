package io.github.ackhybrid.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyStreamTest {
  private static final byte[] BODY = "{\"nodepools\":[{\"a\":\"größe\"}]}".getBytes(StandardCharsets.UTF_8);

  /** Hands out at most three bytes per read, as a socket may. */
  private static InputStream trickling(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  @Test
  void readsADeclaredLengthWholeAcrossShortReads() throws IOException {
    assertArrayEquals(BODY, new BodyStream(trickling(BODY), BODY.length).readAllBytes());
  }

  @Test
  void readsABodyOfUnknownLengthToItsEnd() throws IOException {
    assertArrayEquals(BODY, new BodyStream(trickling(BODY), -1).readAllBytes());
  }

  @Test
  void aBodyShorterThanDeclaredIsCutShort() {
    EOFException e = assertThrows(EOFException.class,
        () -> new BodyStream(trickling(BODY), BODY.length + 10L).readAllBytes());
    assertTrue(e.getMessage().contains(BODY.length + " of its " + (BODY.length + 10)), e.getMessage());
  }
}
