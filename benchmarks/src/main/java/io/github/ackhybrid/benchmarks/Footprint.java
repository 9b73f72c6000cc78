package io.github.ackhybrid.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime dependency footprint of a class path: how many jars and how many bytes a user
 * carries. The launcher gets the class path of {@code sdk-nodepool}'s runtime scope from Maven.
 *
 * @param jars the jar files, by file name
 * @param bytes their total size
 */
public record Footprint(List<String> jars, long bytes) {

  /**
   * Measures a class path string.
   *
   * @param classPath entries separated by the platform's path separator; entries that are not
   *     existing jar files are ignored
   * @return the footprint
   * @throws IOException if a jar's size cannot be read
   */
  public static Footprint of(String classPath) throws IOException {
    List<String> jars = new ArrayList<>();
    long bytes = 0;
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry.trim());
      if (entry.trim().endsWith(".jar") && Files.isRegularFile(path)) {
        jars.add(path.getFileName().toString());
        bytes += Files.size(path);
      }
    }
    jars.sort(String::compareTo);
    return new Footprint(List.copyOf(jars), bytes);
  }
}
