package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The endpoints of a mesh's control plane: its Kubernetes API server and Istio Pilot. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class MeshEndpoints {

  /**
   * Returns the API server address inside the VPC, such as {@code https://192.168.0.10:6443}.
   *
   * @return the intranet API server endpoint
   */
  public abstract Optional<String> intranetApiServer();

  /**
   * Returns the API server address on the Internet, present only with a public EIP.
   *
   * @return the public API server endpoint
   */
  public abstract Optional<String> publicApiServer();

  /**
   * Returns the Pilot address inside the VPC, such as {@code 192.168.0.11:15011}.
   *
   * @return the intranet Pilot endpoint
   */
  public abstract Optional<String> intranetPilot();

  /**
   * Returns the Pilot address on the Internet, present only with a public EIP.
   *
   * @return the public Pilot endpoint
   */
  public abstract Optional<String> publicPilot();

  /**
   * Starts a set of endpoints.
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

  /** Builds {@link MeshEndpoints}. */
  public static final class Builder extends ImmutableMeshEndpoints.Builder {}
}
