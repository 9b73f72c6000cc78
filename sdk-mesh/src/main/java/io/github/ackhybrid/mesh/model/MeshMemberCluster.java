package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A cluster that belongs to a mesh, as {@code DescribeClustersInServiceMesh} reports it. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class MeshMemberCluster {

  /**
   * Returns the cluster id: an ACK cluster or a registered cluster.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the cluster name.
   *
   * @return the name, empty when the service reports none
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the cluster type exactly as the service sent it.
   *
   * @return the raw type, empty when the service reports none
   */
  @Value.Default
  public String typeAsString() {
    return "";
  }

  /**
   * Returns the cluster type; {@link ClusterType#EXTERNAL_KUBERNETES} is a registered cluster.
   *
   * @return the type, {@link ClusterType#UNKNOWN} for a value this SDK does not know
   */
  public ClusterType type() {
    return ClusterType.fromWire(typeAsString());
  }

  /**
   * Returns the state exactly as the service sent it.
   *
   * @return the raw state, empty when the service reports none
   */
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the cluster's state in the mesh.
   *
   * @return the state, {@link MemberClusterState#UNKNOWN} for a value this SDK does not know
   */
  public MemberClusterState state() {
    return MemberClusterState.fromWire(stateAsString());
  }

  /**
   * Returns the region of the cluster.
   *
   * @return the region id
   */
  public abstract Optional<String> region();

  /**
   * Returns the Kubernetes version of the cluster.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * Returns the cluster domain, which must equal the mesh's.
   *
   * @return the domain, such as {@code cluster.local}
   */
  public abstract Optional<String> clusterDomain();

  /**
   * Returns the VPC of the cluster.
   *
   * @return the VPC id
   */
  public abstract Optional<String> vpcId();

  /**
   * Returns what went wrong, when the service reports a problem.
   *
   * @return the error message, absent when empty
   */
  public abstract Optional<String> errorMessage();

  /**
   * Returns when the cluster was created.
   *
   * @return the creation time, absent when not reported or not readable
   */
  public abstract Optional<Instant> created();

  /**
   * Returns when the cluster was last updated.
   *
   * @return the update time, absent when not reported or not readable
   */
  public abstract Optional<Instant> updated();

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

  /** Builds a {@link MeshMemberCluster}. */
  public static final class Builder extends ImmutableMeshMemberCluster.Builder {}
}
