package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How the attach script sets a server up, sent as the JSON text of {@code options} (reference
 * §4.7). Every option is left to the service's default unless set.
 */
@ModelStyle
@Value.Immutable
public abstract class AttachOptions {
  private static final Pattern IFACE = Pattern.compile("[A-Za-z0-9_.:@-]+");
  private static final Pattern NODE_NAME_OVERRIDE = Pattern.compile("(\\*(\\.[a-z0-9]([-a-z0-9.]*[a-z0-9])?)?)?");
  private static final Pattern ADDON = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /**
   * Returns whether the script manages iptables (service default: true).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> enableIptables();

  /**
   * Returns whether the script installs and manages the container runtime (service default: false).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> manageRuntime();

  /**
   * Returns whether the script runs without prompting.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> quiet();

  /**
   * Returns the cluster add-ons allowed on the server, such as {@code kube-proxy} and {@code coredns}.
   *
   * @return the add-on names
   */
  public abstract List<String> allowedClusterAddons();

  /**
   * Returns the network interface Flannel uses.
   *
   * @return the interface name
   */
  public abstract Optional<String> flannelIface();

  /**
   * Returns the GPU model, such as {@code Nvidia_Tesla_T4}.
   *
   * @return the GPU version
   */
  public abstract Optional<String> gpuVersion();

  /**
   * Returns how the node is named: empty for the host name, {@code *} for six random characters,
   * {@code *.suffix} for random characters and a suffix.
   *
   * @return the override
   */
  public abstract Optional<String> nodeNameOverride();

  /**
   * Starts the options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    allowedClusterAddons().forEach(a ->
        Validate.matches(a, "attachScript.options.allowedClusterAddons", 1, 63, ADDON, "[a-z0-9-]"));
    flannelIface().ifPresent(i -> Validate.matches(i, "attachScript.options.flannelIface", 1, 64, IFACE,
        "[A-Za-z0-9_.:@-]"));
    gpuVersion().ifPresent(g -> Validate.notBlank(g, "attachScript.options.gpuVersion"));
    nodeNameOverride().ifPresent(n -> {
      if (!NODE_NAME_OVERRIDE.matcher(n).matches()) {
        throw new ValidationException("attachScript.options.nodeNameOverride", "must be empty (host name), \"*\""
            + " (random) or \"*.suffix\" (random with a DNS suffix), was " + Validate.quote(n));
      }
    });
  }

  /** Builds {@link AttachOptions}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableAttachOptions.Builder {}
}
