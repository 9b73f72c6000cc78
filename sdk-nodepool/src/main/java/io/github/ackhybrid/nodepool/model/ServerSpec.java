package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A server of yours to onboard into a hybrid cloud node pool. The SDK recognises the node the
 * server becomes by its host name (node name, host name or instance name equal to
 * {@link #hostname()}, ignoring case) or by its address (among the node's IP addresses, or at the
 * end of a node name such as {@code cn-hangzhou.10.0.3.7}).
 */
@ModelStyle
@Value.Immutable
public abstract class ServerSpec {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]+");

  /**
   * Returns your name for the server, unique within one onboarding; it is also the host name
   * expected unless {@link #hostname()} says otherwise.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the server's IP address, used to recognise its node and, by your runner, to reach it.
   *
   * @return the address
   */
  public abstract Optional<String> address();

  /**
   * Returns the host name the server will register with, when it differs from {@link #name()}.
   *
   * @return the host name
   */
  @Value.Default
  public String hostname() {
    return name();
  }

  /**
   * Returns anything your runner needs to reach the server, such as an SSH user or a bastion.
   * Not used by the SDK. Do not put secrets here: they would show in {@code toString()}.
   *
   * @return the attributes
   */
  public abstract Map<String, String> attributes();

  /**
   * Creates a server known by name.
   *
   * @param name the name, also its host name
   * @return the server
   */
  public static ServerSpec of(String name) {
    return builder().name(name).build();
  }

  /**
   * Creates a server known by name and address.
   *
   * @param name the name, also its host name
   * @param address the IP address
   * @return the server
   */
  public static ServerSpec of(String name, String address) {
    return builder().name(name).address(address).build();
  }

  /**
   * Starts a server.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Validate.matches(name(), "server.name", 1, 253, NAME, "[A-Za-z0-9_.-] starting with a letter or digit");
    Validate.matches(hostname(), "server.hostname", 1, 253, NAME, "[A-Za-z0-9_.-] starting with a letter or digit");
    address().ifPresent(a -> {
      if (!ADDRESS.matcher(a).matches() || a.length() > 45) {
        throw new ValidationException("server.address", "must be an IPv4 or IPv6 address, was " + Validate.quote(a));
      }
    });
  }

  /** Builds a {@link ServerSpec}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableServerSpec.Builder {}
}
