package io.github.ackhybrid.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One {@code ```java} block of a Markdown file and how to make it a compilation unit. The line
 * before each block must be a marker naming its kind:
 *
 * <ul>
 *   <li>{@code <!-- snippet: run -->} statements (optionally after import lines), compiled into a
 *       method and run against a fresh simulator;</li>
 *   <li>{@code <!-- snippet: compile -->} statements compiled the same way but not run, because they
 *       would reach the real cloud;</li>
 *   <li>{@code <!-- snippet: unit -->} a whole source file, compiled as it is; if it declares JUnit
 *       tests, they run, and if it declares {@code public static void main(String[] args)}, that runs.</li>
 * </ul>
 *
 * <p>Statements see the static fields {@code sim}, {@code cloud}, {@code clusters}, {@code pools}
 * and {@code mesh}, so a snippet can use the clients the README's quick start made; a local
 * variable of the same name simply shadows the field. Every public SDK package is imported on
 * demand, so snippets show only the imports a reader would not guess.
 */
record ReadmeSnippet(Kind kind, int line, String code) {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*snippet:\\s*([a-z]+)\\s*-->");
  private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Za-z_][A-Za-z0-9_]*)");
  private static final List<String> IMPORTS = List.of(
      "io.github.ackhybrid.core", "io.github.ackhybrid.core.auth", "io.github.ackhybrid.core.exception",
      "io.github.ackhybrid.kube",
      "io.github.ackhybrid.cluster", "io.github.ackhybrid.cluster.model", "io.github.ackhybrid.cluster.billing",
      "io.github.ackhybrid.nodepool", "io.github.ackhybrid.nodepool.model", "io.github.ackhybrid.nodepool.scheduling",
      "io.github.ackhybrid.mesh",
      "io.github.ackhybrid.testing",
      "java.time", "java.util", "java.util.concurrent", "java.nio.file");

  /** How a block becomes compilable, and whether it runs. */
  enum Kind {
    RUN, COMPILE, UNIT;

    static Kind of(String marker, int line) {
      for (Kind kind : values()) {
        if (kind.name().equalsIgnoreCase(marker)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("README line " + line + ": unknown snippet kind \"" + marker
          + "\"; use run, compile or unit");
    }
  }

  /**
   * Finds every {@code ```java} block in Markdown text.
   *
   * @throws IllegalArgumentException if a block has no marker, an unknown kind or no closing fence
   */
  static List<ReadmeSnippet> parse(String markdown) {
    List<String> lines = markdown.lines().collect(Collectors.toList());
    List<ReadmeSnippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      int end = closingFence(lines, i);
      if (fence.equals("```java")) {
        Kind kind = Kind.of(marker(lines, i), i + 1);
        snippets.add(new ReadmeSnippet(kind, i + 2, String.join("\n", lines.subList(i + 1, end))));
      }
      i = end;
    }
    return snippets;
  }

  private static int closingFence(List<String> lines, int open) {
    for (int end = open + 1; end < lines.size(); end++) {
      if (lines.get(end).strip().equals("```")) {
        return end;
      }
    }
    throw new IllegalArgumentException("README line " + (open + 1) + ": fenced block never closed");
  }

  private static String marker(List<String> lines, int fence) {
    Matcher m = MARKER.matcher(fence > 0 ? lines.get(fence - 1).strip() : "");
    if (!m.matches()) {
      throw new IllegalArgumentException("README line " + (fence + 1)
          + ": a java block needs a marker line right before it, such as <!-- snippet: run -->");
    }
    return m.group(1);
  }

  /** The name of the class this snippet compiles to: its own type for a unit, else one made from its line. */
  String className() {
    if (kind == Kind.UNIT) {
      Matcher m = TYPE.matcher(code);
      if (!m.find()) {
        throw new IllegalArgumentException("README line " + line + ": a unit snippet declares no type");
      }
      return m.group(1);
    }
    return "ReadmeLine" + line;
  }

  /** The Java source to compile. */
  String source() {
    if (kind == Kind.UNIT) {
      return code;
    }
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    code.lines().forEach(l -> (l.startsWith("import ") ? imports : body).add(l));
    StringBuilder s = new StringBuilder();
    imports.forEach(i -> s.append(i).append('\n'));
    IMPORTS.forEach(p -> s.append("import ").append(p).append(".*;\n"));
    s.append("public final class ").append(className()).append(" {\n")
        .append("  public static CloudSimulator sim;\n")
        .append("  public static CloudConfig cloud;\n")
        .append("  public static ClusterClient clusters;\n")
        .append("  public static NodePoolClient pools;\n")
        .append("  public static MeshClient mesh;\n")
        .append("  public static void run() throws Exception {\n");
    body.forEach(l -> s.append("    ").append(l).append('\n'));
    return s.append("  }\n}\n").toString();
  }
}
