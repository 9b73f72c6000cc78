package io.github.ackhybrid.examples;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles in-memory sources the way a careful user's build compiles code against the SDK: on the
 * examples' class path, which holds the published modules and their runtime dependencies but not
 * Immutables (a compile-time-only dependency of the SDK, as in any user's build), with every lint
 * turned on and warnings made errors.
 */
final class UserCompiler {
  /** The options of that careful build; annotation processing is off as the sources declare none. */
  static final List<String> STRICT = List.of("-proc:none", "-Xlint:all", "-Werror");
  private static final String SCHEME = "user";

  private UserCompiler() {}

  /**
   * Compiles every source in one javac run.
   *
   * @param sources the source of each top-level class, by class name (default package)
   * @param classes where the class files go
   * @return the diagnostics of each class, by class name; one not tied to a source (such as a
   *     warning about a class file of the SDK) is listed under every class
   */
  static Map<String, List<String>> compile(Map<String, String> sources, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = sources.entrySet().stream().map(s -> unit(s.getKey(), s.getValue()))
        .collect(Collectors.toList());
    List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString()));
    options.addAll(STRICT);
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      javac.getTask(null, files, diagnostics, options, null, units).call();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Map<String, List<String>> found = new HashMap<>();
    List<String> global = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
      URI source = d.getSource() == null ? null : d.getSource().toUri();
      if (source == null || !SCHEME.equals(source.getScheme())) {
        global.add((source == null ? "" : source + " ") + message);
      } else {
        String name = source.getPath().substring(1).replace(".java", "");
        found.computeIfAbsent(name, n -> new ArrayList<>()).add(message);
      }
    }
    if (!global.isEmpty()) {
      sources.keySet().forEach(name -> found.computeIfAbsent(name, n -> new ArrayList<>()).addAll(global));
    }
    return found;
  }

  private static JavaFileObject unit(String className, String source) {
    URI uri = URI.create(SCHEME + ":///" + className + ".java");
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
  }
}
