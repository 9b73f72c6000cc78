package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where credential providers read environment variables, system properties and the home
 * directory. Providers take it instead of calling {@link System} directly so tests can hand them a
 * made-up host; the default reads the live process values on every call.
 */
final class HostEnvironment {
  private static final HostEnvironment SYSTEM = new HostEnvironment(System::getenv, System::getProperty);

  private final Function<String, String> variables;
  private final Function<String, String> properties;

  HostEnvironment(Function<String, String> variables, Function<String, String> properties) {
    this.variables = Objects.requireNonNull(variables, "variables");
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  static HostEnvironment system() {
    return SYSTEM;
  }

  /** Returns an environment variable, empty when unset or blank (the official SDKs treat both alike). */
  Optional<String> variable(String name) {
    return nonBlank(variables.apply(name));
  }

  /** Returns a system property, empty when unset or blank. */
  Optional<String> property(String name) {
    return nonBlank(properties.apply(name));
  }

  /** Tells whether an environment variable holds {@code true}, in any letter case. */
  boolean isTrue(String variableName) {
    return variable(variableName).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
  }

  /**
   * Returns the user's home directory from {@code user.home}.
   *
   * @throws ConfigurationException if the property is unset or not a valid path
   */
  Path home() {
    String home = property("user.home").orElseThrow(() -> new ConfigurationException(
        "The system property user.home is not set, so the home directory is unknown"));
    try {
      return Path.of(home);
    } catch (InvalidPathException e) {
      throw new ConfigurationException("The system property user.home is not a valid path", e);
    }
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
