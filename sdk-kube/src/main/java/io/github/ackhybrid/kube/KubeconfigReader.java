package io.github.ackhybrid.kube;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads kubeconfig YAML into typed entries. Only safe YAML is constructed (plain maps, lists and
 * scalars), aliases and size are capped, and no error message quotes the document, since any line
 * of it may hold a key or token.
 */
final class KubeconfigReader {
  /** Largest kubeconfig accepted, in characters; real ones are a few kilobytes. */
  static final int MAX_CHARACTERS = 4 * 1024 * 1024;
  private static final int MAX_ALIASES = 50;

  private KubeconfigReader() {}

  /** A {@code clusters[]} entry. Holds no secrets: CA certificates are public. */
  record ClusterEntry(String name, Optional<String> server, Optional<String> certificateAuthorityData,
      Optional<String> certificateAuthorityFile, boolean insecureSkipTlsVerify) {}

  /** A {@code users[]} entry; its fields are secrets, so {@code toString} shows only the name. */
  record UserEntry(String name, Optional<String> clientCertificateData, Optional<String> clientCertificateFile,
      Optional<String> clientKeyData, Optional<String> clientKeyFile, Optional<String> token,
      Optional<String> tokenFile, Optional<String> unsupportedMechanism) {
    @Override
    public String toString() {
      return "UserEntry{" + name + "}";
    }
  }

  /** A {@code contexts[]} entry. */
  record ContextEntry(String name, Optional<String> cluster, Optional<String> user, Optional<String> namespace) {}

  /** Everything a kubeconfig names, keyed by name in file order. */
  record Entries(Map<String, ClusterEntry> clusters, Map<String, UserEntry> users,
      Map<String, ContextEntry> contexts, Optional<String> currentContext) {}

  static Entries read(String yamlText) {
    Map<?, ?> root = node(load(yamlText), "kubeconfig", Map.class, "a YAML mapping");
    Map<String, ClusterEntry> clusters = new LinkedHashMap<>();
    for (Named item : namedList(root, "clusters", "cluster")) {
      Map<?, ?> c = item.body();
      String at = item.path();
      clusters.put(item.name(), new ClusterEntry(item.name(),
          string(c, "server", at), string(c, "certificate-authority-data", at),
          string(c, "certificate-authority", at), bool(c, "insecure-skip-tls-verify", at)));
    }
    Map<String, UserEntry> users = new LinkedHashMap<>();
    for (Named item : namedList(root, "users", "user")) {
      Map<?, ?> u = item.body();
      String at = item.path();
      Optional<String> unsupported = u.containsKey("exec") ? Optional.of("exec plugin")
          : u.containsKey("auth-provider") ? Optional.of("auth-provider")
          : u.containsKey("username") || u.containsKey("password") ? Optional.of("basic authentication")
          : Optional.empty();
      users.put(item.name(), new UserEntry(item.name(),
          string(u, "client-certificate-data", at), string(u, "client-certificate", at),
          string(u, "client-key-data", at), string(u, "client-key", at),
          string(u, "token", at), string(u, "tokenFile", at), unsupported));
    }
    Map<String, ContextEntry> contexts = new LinkedHashMap<>();
    for (Named item : namedList(root, "contexts", "context")) {
      Map<?, ?> c = item.body();
      String at = item.path();
      contexts.put(item.name(), new ContextEntry(item.name(),
          string(c, "cluster", at), string(c, "user", at), string(c, "namespace", at)));
    }
    return new Entries(clusters, users, contexts, string(root, "current-context", "kubeconfig"));
  }

  private static Object load(String yamlText) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CHARACTERS);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    Object document;
    try {
      document = new Yaml(new SafeConstructor(options)).load(yamlText);
    } catch (MarkedYAMLException e) {
      // The exception's own message prints the offending line, which may hold a secret.
      Mark mark = e.getProblemMark();
      String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
      throw new ConfigurationException("kubeconfig is not valid YAML: " + e.getProblem() + where);
    } catch (YAMLException e) {
      throw new ConfigurationException("kubeconfig is not valid YAML: " + e.getMessage());
    }
    if (document == null) {
      throw new ConfigurationException("kubeconfig is empty");
    }
    return document;
  }

  private record Named(String name, Map<?, ?> body, String path) {}

  private static List<Named> namedList(Map<?, ?> root, String listKey, String bodyKey) {
    Object value = root.get(listKey);
    if (value == null) {
      return List.of();
    }
    List<?> items = node(value, "kubeconfig " + listKey, List.class, "a list");
    Map<String, Named> byName = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "kubeconfig " + listKey + "[" + i + "]";
      Map<?, ?> item = node(items.get(i), at, Map.class, "a mapping");
      String name = string(item, "name", at)
          .filter(n -> !n.isBlank())
          .orElseThrow(() -> new ConfigurationException(at + " has no name"));
      Object body = item.get(bodyKey);
      Map<?, ?> bodyMap = body == null ? Map.of() : node(body, at + "." + bodyKey, Map.class, "a mapping");
      String bodyPath = at + "." + bodyKey;
      if (byName.put(name, new Named(name, bodyMap, bodyPath)) != null) {
        throw new ConfigurationException("kubeconfig " + listKey + " has two entries named \"" + name + "\"");
      }
    }
    return List.copyOf(byName.values());
  }

  private static Optional<String> string(Map<?, ?> map, String key, String at) {
    Object value = map.get(key);
    if (value == null) {
      return Optional.empty();
    }
    // Unquoted YAML scalars such as a numeric user name arrive as numbers or booleans.
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      String text = value.toString();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    throw new ConfigurationException(at + "." + key + " must be a string");
  }

  private static boolean bool(Map<?, ?> map, String key, String at) {
    Object value = map.get(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw new ConfigurationException(at + "." + key + " must be true or false");
  }

  private static <T> T node(Object value, String at, Class<T> type, String expected) {
    if (!type.isInstance(value)) {
      throw new ConfigurationException(at + " must be " + expected);
    }
    return type.cast(value);
  }
}
