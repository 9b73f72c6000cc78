package io.github.ackhybrid.examples;

import io.github.ackhybrid.testing.CloudSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/** Runs an example program's {@code run(args, out)} and keeps its status and everything it printed. */
final class Program {
  final int status;
  final String out;

  private Program(int status, String out) {
    this.status = status;
    this.out = out;
  }

  static Program run(BiFunction<String[], PrintStream, Integer> program, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = program.apply(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Program(status, bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs a program in {@code --real} mode against a simulator of the test's, the way a user points
   * the SDK at another endpoint: {@code --endpoint}, with the AccessKey in the system properties the
   * default credentials chain reads first.
   */
  static Program real(CloudSimulator sim, BiFunction<String[], PrintStream, Integer> program, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--real";
    all[1] = "--endpoint";
    all[2] = sim.endpoint().toString();
    System.arraycopy(args, 0, all, 3, args.length);
    System.setProperty("alibabacloud.accessKeyId", CloudSimulator.DEFAULT_ACCESS_KEY_ID);
    System.setProperty("alibabacloud.accessKeySecret", CloudSimulator.DEFAULT_ACCESS_KEY_SECRET);
    try {
      return run(program, all);
    } finally {
      System.clearProperty("alibabacloud.accessKeyId");
      System.clearProperty("alibabacloud.accessKeySecret");
    }
  }
}
