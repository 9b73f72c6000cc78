package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Which kubeconfig {@code DescribeServiceMeshKubeconfig} returns for a mesh's control plane. Immutable. */
@RequestStyle
@Value.Immutable
public abstract class MeshKubeconfigRequest {

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns whether the kubeconfig should point at the API server's intranet address, usable from
   * inside the mesh's VPC; otherwise it points at the public address, which needs the API
   * server's public EIP.
   *
   * @return the setting; the service's default (public) when absent
   */
  public abstract Optional<Boolean> privateIpAddress();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeshKubeconfigRequest}; {@code build()} throws {@link ValidationException} for a bad mesh id. */
  public static final class Builder extends ImmutableMeshKubeconfigRequest.Builder {}
}
