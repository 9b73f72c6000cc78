package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed credentials file in the INI dialect of the official SDKs: {@code [section]} headers,
 * {@code key = value} lines, {@code #} and {@code ;} comments (after a property only when preceded
 * by white space, so values may contain them), and lines starting with a tab continuing the previous
 * value. Key names are matched in lower case; a repeated section adds to the first. Parse errors
 * name the file and the line, never the line's text, which may hold a secret.
 */
final class IniFile {
  private final Map<String, Map<String, String>> sections;

  private IniFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  /**
   * Reads and parses a file.
   *
   * @param file the file
   * @param kind what the file is, for messages, e.g. "Credentials file"
   * @throws ConfigurationException if the file is missing, unreadable or malformed
   */
  static IniFile read(Path file, String kind) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(kind + " " + file + " does not exist");
    } catch (IOException e) {
      throw new ConfigurationException(kind + " " + file + " cannot be read: " + e.getClass().getSimpleName(), e);
    }
    return parse(file, kind, lines);
  }

  static IniFile parse(Path file, String kind, List<String> lines) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> section = null;
    String lastKey = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        // Editors on Windows start UTF-8 files with a byte order mark.
        line = line.substring(1);
      }
      int lineNumber = i + 1;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (line.startsWith("\t") && lastKey != null) {
        section.merge(lastKey, trimmed, (before, more) -> before + "\n" + more);
      } else if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      } else if (trimmed.startsWith("[")) {
        String header = cutComment(trimmed, true).strip();
        if (!header.endsWith("]")) {
          throw malformed(kind, file, lineNumber, "a section header must end with ']'");
        }
        String name = header.substring(1, header.length() - 1).strip();
        if (name.isEmpty()) {
          throw malformed(kind, file, lineNumber, "a section header must name the section");
        }
        section = sections.computeIfAbsent(name, n -> new LinkedHashMap<>());
        lastKey = null;
      } else {
        String property = cutComment(trimmed, false);
        int equals = property.indexOf('=');
        if (equals < 0) {
          throw malformed(kind, file, lineNumber, "expected 'key = value'");
        }
        String key = property.substring(0, equals).strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
          throw malformed(kind, file, lineNumber, "the property has no name");
        }
        if (section == null) {
          throw malformed(kind, file, lineNumber, "property '" + key + "' comes before any [section]");
        }
        section.put(key, property.substring(equals + 1).strip());
        lastKey = key;
      }
    }
    sections.replaceAll((name, values) -> Collections.unmodifiableMap(values));
    return new IniFile(Collections.unmodifiableMap(sections));
  }

  /** Returns the properties of a section, keys in lower case. */
  Optional<Map<String, String>> section(String name) {
    return Optional.ofNullable(sections.get(name));
  }

  /** Returns the section names in file order. */
  Set<String> sectionNames() {
    return sections.keySet();
  }

  private static String cutComment(String line, boolean anywhere) {
    int cut = line.length();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean marker = c == '#' || c == ';';
      if (marker && (anywhere || (i > 0 && Character.isWhitespace(line.charAt(i - 1))))) {
        cut = i;
        break;
      }
    }
    return line.substring(0, cut);
  }

  private static ConfigurationException malformed(String kind, Path file, int line, String problem) {
    return new ConfigurationException(kind + " " + file + " is malformed at line " + line + ": " + problem);
  }
}
