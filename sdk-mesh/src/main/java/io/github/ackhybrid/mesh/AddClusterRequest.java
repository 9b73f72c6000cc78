package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which cluster {@code AddClusterIntoServiceMesh} adds to a mesh: an ACK cluster or a registered
 * (ACK One, {@code ExternalKubernetes}) cluster by id, or a non-ACK cluster by kubeconfig. The mesh
 * goes to {@code updating} and back to {@code running}; wait for that before the next change.
 * Immutable; {@link #toString()} never shows the kubeconfig.
 */
@RequestStyle
@Value.Immutable
public abstract class AddClusterRequest {
  // The service states no limit; a kubeconfig larger than this is not one ASM could use.
  private static final int MAX_KUBECONFIG_CHARS = 1 << 20;

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns the cluster to add. Required.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns whether to skip the check for an existing {@code istio-system} namespace, when
   * migrating from self-managed Istio.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> ignoreNamespaceCheck();

  /**
   * Returns whether to add the cluster for service discovery only.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> discoveryOnly();

  /**
   * Returns the kubeconfig of a non-ACK cluster to add by kubeconfig (ASM 1.22 or later, public
   * API server, cluster-admin user).
   *
   * @return the kubeconfig YAML
   */
  @Value.Redacted
  public abstract Optional<String> kubeconfig();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    MeshValidation.id(clusterId(), "clusterId");
    kubeconfig().ifPresent(k -> {
      // Multi-line YAML by nature, so only blankness and size are checked, not control characters.
      if (k.isBlank()) {
        throw new ValidationException("addCluster.kubeconfig", "must not be blank");
      }
      if (k.length() > MAX_KUBECONFIG_CHARS) {
        throw new ValidationException("addCluster.kubeconfig",
            "must be at most " + MAX_KUBECONFIG_CHARS + " characters, was " + k.length());
      }
    });
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AddClusterRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableAddClusterRequest.Builder {}
}
