package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Keeps the root README honest: every {@code ```java} block compiles against the SDK (and the ones
 * marked {@code run} run against the simulator), the Maven coordinates are the build's, and the two
 * commands it promises are the ones CI and the exec plugin use. See {@link ReadmeSnippet} for the
 * markers.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
  private static final String TOUR_COMMAND = "mvn -q -pl examples -am compile exec:java";
  private static final String TEST_COMMAND = "mvn -B verify";
  private static final Pattern SDK_DEPENDENCY = Pattern.compile(
      "<groupId>io\\.github\\.ackhybrid</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndTheRunnableOnesRun(@TempDir Path classes) throws IOException {
    List<ReadmeSnippet> snippets = ReadmeSnippet.parse(readme());
    assertTrue(snippets.stream().anyMatch(s -> s.kind() == ReadmeSnippet.Kind.RUN), "no runnable snippet in the README");
    Map<String, List<String>> errors = compile(snippets, classes);
    return snippets.stream().map(s -> DynamicTest.dynamicTest(
        "README line " + s.line() + " (" + s.kind().name().toLowerCase(Locale.ROOT) + ")", () -> {
          List<String> own = errors.getOrDefault(s.className(), List.of());
          if (!own.isEmpty()) {
            fail("README line " + s.line() + " does not compile:\n" + String.join("\n", own)
                + "\n--- as compiled:\n" + numbered(s.source()));
          }
          if (s.kind() == ReadmeSnippet.Kind.RUN) {
            run(s, classes);
          } else if (s.kind() == ReadmeSnippet.Kind.UNIT && s.code().contains("@Test")) {
            runTests(s, classes);
          }
        }));
  }

  @Test
  void theTwoCommandsAreTheOnesCiAndTheExecPluginUse() throws IOException {
    List<String> commands = fencedLines(readme());
    assertTrue(commands.contains(TOUR_COMMAND), "README lacks the tour command " + TOUR_COMMAND);
    assertTrue(commands.contains(TEST_COMMAND), "README lacks the test command " + TEST_COMMAND);

    List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    assertEquals(TEST_COMMAND, ci.get(ci.size() - 1), ".ci/run must end with the README's test command");

    String rootPom = Files.readString(ROOT.resolve("pom.xml"));
    assertEquals(HybridCloudTour.class.getName(), tag(rootPom, "exec.mainClass"),
        "exec:java with no main class must run the tour");
    String examplesPom = Files.readString(ROOT.resolve("examples/pom.xml"));
    String exec = examplesPom.substring(examplesPom.indexOf("<artifactId>exec-maven-plugin</artifactId>"));
    assertEquals("false", tag(exec, "skip"), "the examples module must not skip exec:java");
  }

  @Test
  void theMavenCoordinatesAreTheBuildsModulesAndVersion() throws IOException {
    String rootPom = Files.readString(ROOT.resolve("pom.xml"));
    String version = tag(rootPom.substring(rootPom.indexOf("<artifactId>ackhybrid-parent</artifactId>")), "version");
    Set<String> modules = Pattern.compile("<module>([^<]+)</module>").matcher(rootPom).results()
        .map(m -> m.group(1)).collect(Collectors.toSet());
    Matcher dependency = SDK_DEPENDENCY.matcher(readme());
    int found = 0;
    while (dependency.find()) {
      found++;
      assertTrue(modules.contains(dependency.group(1)), dependency.group(1) + " is not a module of the build");
      assertEquals(version, dependency.group(2), "version of " + dependency.group(1));
    }
    assertTrue(found >= 1, "README shows no Maven dependency on the SDK");
  }

  @Test
  void aBrokenSnippetFailsTheCheck(@TempDir Path classes) {
    List<ReadmeSnippet> snippets = ReadmeSnippet.parse(
        "Intro\n\n<!-- snippet: run -->\n```java\nclusters.registerCluster(r -> r.nom(\"x\"));\n```\n");
    assertEquals(1, snippets.size());
    assertEquals(5, snippets.get(0).line());
    List<String> errors = compile(snippets, classes).getOrDefault(snippets.get(0).className(), List.of());
    assertFalse(errors.isEmpty(), "a call to a method that does not exist must not compile");
  }

  @Test
  void aJavaBlockWithoutAKnownMarkerIsRefused() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> ReadmeSnippet.parse("Text\n```java\nint x = 1;\n```\n"));
    assertTrue(none.getMessage().contains("line 2"), none.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ReadmeSnippet.parse("<!-- snippet: maybe -->\n```java\nint x = 1;\n```\n"));
    assertEquals(List.of(), ReadmeSnippet.parse("```\n<!-- snippet: run -->\n```java\n```\n"),
        "a java fence inside another block is text");
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /**
   * Compiles all snippets in one javac run as a careful user's build would ({@link UserCompiler}:
   * every lint, warnings as errors); returns the error messages of each snippet's class.
   */
  private static Map<String, List<String>> compile(List<ReadmeSnippet> snippets, Path classes) {
    Map<String, String> sources = new LinkedHashMap<>();
    snippets.forEach(s -> sources.put(s.className(), s.source()));
    return UserCompiler.compile(sources, classes);
  }

  /** Runs a statement snippet with a fresh simulator and clients in its static fields. */
  private static void run(ReadmeSnippet snippet, Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
            ReadmeSnippetsTest.class.getClassLoader());
        CloudSimulator sim = CloudSimulator.start()) {
      CloudConfig cloud = sim.cloudConfig().build();
      try (ClusterClient clusters = ClusterClient.create(cloud);
          NodePoolClient pools = NodePoolClient.create(cloud);
          MeshClient mesh = MeshClient.create(cloud)) {
        Class<?> type = loader.loadClass(snippet.className());
        type.getDeclaredField("sim").set(null, sim);
        type.getDeclaredField("cloud").set(null, cloud);
        type.getDeclaredField("clusters").set(null, clusters);
        type.getDeclaredField("pools").set(null, pools);
        type.getDeclaredField("mesh").set(null, mesh);
        type.getMethod("run").invoke(null);
      }
    } catch (InvocationTargetException e) {
      throw new AssertionError("README line " + snippet.line() + " threw " + e.getCause(), e.getCause());
    }
  }

  /** Runs the JUnit tests a unit snippet declares, as a user's build would. */
  private static void runTests(ReadmeSnippet snippet, Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSnippetsTest.class.getClassLoader())) {
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(DiscoverySelectors.selectClass(loader.loadClass(snippet.className()))).build();
      SummaryGeneratingListener summary = new SummaryGeneratingListener();
      LauncherFactory.create().execute(request, summary);
      TestExecutionSummary result = summary.getSummary();
      StringWriter failures = new StringWriter();
      result.printFailuresTo(new PrintWriter(failures), 20);
      assertEquals(0, result.getTotalFailureCount(), "README line " + snippet.line() + ":\n" + failures);
      assertTrue(result.getTestsSucceededCount() > 0, "README line " + snippet.line() + " ran no test");
    }
  }

  private static List<String> fencedLines(String markdown) {
    List<String> lines = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.lines().map(String::strip).collect(Collectors.toList())) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (fenced) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(xml);
    assertTrue(m.find(), "no <" + name + "> found");
    return m.group(1).strip();
  }

  private static String numbered(String source) {
    List<String> lines = source.lines().collect(Collectors.toList());
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      s.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines.get(i)));
    }
    return s.toString();
  }
}
