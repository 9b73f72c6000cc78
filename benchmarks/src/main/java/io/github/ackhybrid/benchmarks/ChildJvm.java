package io.github.ackhybrid.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A program of this module started in a fresh JVM: the same {@code java} and class path as the
 * launcher, its own JVM options. Its standard output is read line by line; its errors go to the
 * launcher's. Closing it kills it.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;

  private ChildJvm(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /**
   * Starts a main class in a new JVM.
   *
   * @param jvmOptions options such as {@code -Xmx256m}
   * @param main the class whose {@code main} runs
   * @param args its arguments
   * @return the running child
   * @throws IOException if the JVM cannot be started
   */
  public static ChildJvm start(List<String> jvmOptions, Class<?> main, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
  }

  /**
   * Reads lines until one starts with the prefix.
   *
   * @param prefix for example {@code READY}
   * @return that line
   * @throws IOException if the child ends first
   */
  public String awaitLine(String prefix) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new IOException("the child JVM ended without printing a line starting with " + prefix
        + " (exit code " + exitCode() + ")");
  }

  /**
   * Reads every remaining line until the child ends.
   *
   * @return the lines
   * @throws IOException if reading fails
   */
  public List<String> remainingLines() throws IOException {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = out.readLine()) != null) {
      lines.add(line);
    }
    return lines;
  }

  private String exitCode() {
    try {
      return String.valueOf(process.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** Kills the child and waits for it to end. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
