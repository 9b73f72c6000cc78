package io.github.ackhybrid.core.auth;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what is written to standard error, where the test logger (slf4j-simple) writes. */
final class CapturedStandardError implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  CapturedStandardError() {
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  String text() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
