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

/**
 * Runs every {@code examples/jshell/*.jsh} through JShell, snippet by snippet as {@code examples/jshell.sh} would,
 * against the simulator.
 */
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

  /**
   * Splits the script as the {@code jshell} tool reads a file: line by line, ending a snippet at the
   * first line where the text so far is complete. A line that continues a statement which was
   * already complete (such as a builder call starting with a dot) so becomes a snippet of its own,
   * which JShell rejects, exactly as it does for a user running the script.
   */
  private static List<String> snippets(SourceCodeAnalysis analysis, String text) {
    List<String> snippets = new ArrayList<>();
    String pending = "";
    for (String line : text.lines().collect(Collectors.toList())) {
      if (pending.isBlank() && line.startsWith("/")) {
        continue;
      }
      pending = pending + line + "\n";
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
      while (info.completeness().isComplete()) {
        snippets.add(info.source());
        pending = info.remaining();
        info = analysis.analyzeCompletion(pending);
      }
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        pending = "";
      }
    }
    if (!pending.isBlank()) {
      fail("incomplete snippet at the end of the script: " + pending.strip());
    }
    return snippets;
  }
}
