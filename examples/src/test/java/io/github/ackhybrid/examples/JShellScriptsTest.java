package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code examples/jshell/*.jsh} through JShell, snippet by snippet, against the simulator. */
class JShellScriptsTest {
  private static final Path SCRIPTS = Path.of("jshell");
  /**
   * JShell's default engines, each allowed a minute instead of the default 5 s for the snippet
   * JVM to start and connect back (jdk.jshell.execution.JdiExecutionControlProvider's
   * {@code timeout} parameter); a loaded two-core machine can take longer than 5 s.
   */
  private static final String ENGINE = "failover:0(jdi:hostname(localhost),timeout(60000)),"
      + "1(jdi:launch(true),timeout(60000)),2(jdi:timeout(60000))";

  @TestFactory
  Stream<DynamicTest> everyScriptRunsWithoutErrors() throws IOException {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      scripts = files.filter(f -> f.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
    }
    assertTrue(scripts.size() >= 3, "expected the jshell scripts in " + SCRIPTS.toAbsolutePath());
    return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> run(script)));
  }

  private static void run(Path script) throws IOException {
    String text = Files.readString(script);
    assertTrue(text.stripTrailing().endsWith("/exit"), script + " must end with /exit");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().out(out).err(out).executionEngine(ENGINE)
        .remoteVMOptions("--class-path", System.getProperty("java.class.path")).build()) {
      for (String snippet : snippets(shell.sourceCodeAnalysis(), text)) {
        for (SnippetEvent event : shell.eval(snippet)) {
          check(shell, script, snippet, event, bytes);
        }
      }
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(printed.isBlank(), script + " printed nothing");
  }

  private static void check(JShell shell, Path script, String snippet, SnippetEvent event, ByteArrayOutputStream out) {
    String where = script.getFileName() + ": " + snippet.strip() + "\n--- output so far:\n"
        + out.toString(StandardCharsets.UTF_8);
    if (event.exception() != null) {
      fail("threw " + event.exception() + " in " + where);
    }
    if (event.status() == Snippet.Status.REJECTED) {
      fail("rejected (" + diagnostics(shell, event.snippet()) + ") in " + where);
    }
    String errors = shell.diagnostics(event.snippet()).filter(Diag::isError)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; "));
    if (!errors.isEmpty()) {
      fail("compile errors (" + errors + ") in " + where);
    }
  }

  private static String diagnostics(JShell shell, Snippet snippet) {
    return shell.diagnostics(snippet).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; "));
  }

  /** Splits the script into complete snippets, dropping comments-only remainders and JShell commands. */
  private static List<String> snippets(SourceCodeAnalysis analysis, String text) {
    String java = text.lines().filter(line -> !line.startsWith("/")).collect(Collectors.joining("\n"));
    List<String> snippets = new ArrayList<>();
    String remaining = java;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        fail("incomplete snippet at the end of the script: " + remaining.strip());
      }
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }
}
