package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The kubeconfig of a mesh's control-plane API server, where the mesh's Istio resources live. It
 * holds a client certificate and key: {@link #toString()} never shows it, and neither should your
 * logs. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class MeshKubeconfig {

  /**
   * Returns the kubeconfig YAML, credentials included.
   *
   * @return the YAML text
   */
  @Value.Redacted
  public abstract String yaml();

  /**
   * Returns whether the kubeconfig points at the API server's intranet address.
   *
   * @return true for the VPC-internal endpoint, false for the public one
   */
  @Value.Default
  public boolean privateAddress() {
    return false;
  }

  /**
   * Returns when the credentials in the kubeconfig expire. The service sends this time without a
   * zone; the SDK reads it as China Standard Time (UTC+8), the earlier of the plausible readings,
   * so a cache refreshes early rather than late.
   *
   * @return the expiry, absent when not reported or not readable
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this value's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link MeshKubeconfig}. */
  public static final class Builder extends ImmutableMeshKubeconfig.Builder {}
}
