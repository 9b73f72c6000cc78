package io.github.ackhybrid.core.auth;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Made-up hosts for providers: environment variables, system properties and a home directory. */
final class Hosts {
  private Hosts() {}

  /** A host with the given variables and properties; both maps stay live, so tests may change them. */
  static HostEnvironment of(Map<String, String> variables, Map<String, String> properties) {
    return new HostEnvironment(variables::get, properties::get);
  }

  /** A host with only a home directory. */
  static HostEnvironment withHome(Path home) {
    return of(new HashMap<>(), homeProperties(home));
  }

  static Map<String, String> homeProperties(Path home) {
    Map<String, String> properties = new HashMap<>();
    properties.put("user.home", home.toString());
    return properties;
  }
}
