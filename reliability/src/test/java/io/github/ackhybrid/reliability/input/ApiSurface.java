package io.github.ackhybrid.reliability.input;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of the SDK's modules, found the way a user meets it: every public type in a package
 * each module's {@code module-info} exports to everyone. Reading the descriptors rather than naming
 * the types keeps a new client or builder from escaping the sweep.
 */
final class ApiSurface {
  /** One class from each published module, to find where its classes live. */
  private static final List<Class<?>> MODULE_ANCHORS =
      List.of(CloudConfig.class, KubeClient.class, ClusterClient.class, NodePoolClient.class, MeshClient.class);

  private ApiSurface() {}

  /**
   * Returns every public top-level or nested type of the exported packages, sorted by name.
   *
   * @return the types
   */
  static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : MODULE_ANCHORS) {
      withRoot(anchor, root -> {
        Set<String> exported = exportedPackages(root);
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
            String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
            name = name.substring(0, name.length() - ".class".length());
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !exported.contains(name.substring(0, dot)) || name.endsWith("module-info")) {
              continue;
            }
            Class<?> type = load(name, anchor.getClassLoader());
            if (isPublicApi(type)) {
              types.add(type);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /**
   * Returns the public methods a type declares or inherits from SDK types, leaving out those of
   * {@code Object} and of JDK interfaces such as {@code AutoCloseable}.
   *
   * @param type the type
   * @return the methods, sorted by their signature
   */
  static List<Method> publicMethods(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> m.getDeclaringClass().getName().startsWith("io.github.ackhybrid."))
        .filter(m -> !m.isSynthetic() && !m.isBridge())
        .sorted(Comparator.comparing(ApiSurface::signature))
        .collect(Collectors.toList());
  }

  /**
   * Returns a method's signature as the figures and the allow-list spell it, e.g.
   * {@code NodePoolClient.scaleTo(String,String,int)}.
   *
   * @param method the method
   * @return the signature
   */
  static String signature(Method method) {
    return simpleName(method.getDeclaringClass()) + "." + method.getName() + Stream.of(method.getParameterTypes())
        .map(ApiSurface::simpleName).collect(Collectors.joining(",", "(", ")"));
  }

  /**
   * Returns a type's name without its package, nested types joined with a dot.
   *
   * @param type the type
   * @return the name
   */
  static String simpleName(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName()
        : simpleName(type.getEnclosingClass()) + "." + type.getSimpleName();
  }

  /**
   * Tells whether a method is static.
   *
   * @param method the method
   * @return true if static
   */
  static boolean isStatic(Method method) {
    return Modifier.isStatic(method.getModifiers());
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }

  private static Set<String> exportedPackages(Path root) {
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface RootAction {
    void accept(Path root);
  }

  private static void withRoot(Class<?> anchor, RootAction action) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isDirectory(location)) {
      action.accept(location);
      return;
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      action.accept(jar.getPath("/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
