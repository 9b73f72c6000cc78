package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A cluster that {@code DescribeServiceMeshClusters} lists as a candidate for a mesh, with whether
 * it can be added and, if not, why. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class CandidateCluster {

  /**
   * Returns the cluster id.
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
   * Returns the cluster type.
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
   * Returns the cluster's state.
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
   * Returns the VPC of the cluster.
   *
   * @return the VPC id
   */
  public abstract Optional<String> vpcId();

  /**
   * Returns the Kubernetes version of the cluster.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * Returns the cluster domain, which must equal the mesh's.
   *
   * @return the domain
   */
  public abstract Optional<String> clusterDomain();

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
   * Returns the mesh the cluster already belongs to.
   *
   * @return the mesh id, absent when the cluster is in no mesh
   */
  public abstract Optional<String> meshId();

  /**
   * Returns the raw {@code ForbiddenFlag}.
   *
   * @return the flag, absent when the service reports none
   */
  public abstract OptionalLong forbiddenFlag();

  /**
   * Returns whether the cluster can be added, and if not, why.
   *
   * @return the eligibility, {@link ClusterEligibility#UNKNOWN} when no or an unknown flag was reported
   */
  public ClusterEligibility eligibility() {
    return forbiddenFlag().isPresent() ? ClusterEligibility.fromFlag(forbiddenFlag().getAsLong())
        : ClusterEligibility.UNKNOWN;
  }

  /**
   * Tells whether the service says the cluster can be added to the mesh.
   *
   * @return true only for {@link ClusterEligibility#ELIGIBLE}
   */
  public boolean canBeAdded() {
    return eligibility() == ClusterEligibility.ELIGIBLE;
  }

  /**
   * Returns the CIDR conflicts that keep the cluster out ({@code ForbiddenInfo}).
   *
   * @return the conflicts, possibly empty
   */
  public abstract List<CidrConflict> conflicts();

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

  /** Builds a {@link CandidateCluster}. */
  public static final class Builder extends ImmutableCandidateCluster.Builder {}
}
