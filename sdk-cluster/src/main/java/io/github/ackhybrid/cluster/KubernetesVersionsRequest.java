package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.ClusterChecks;
import io.github.ackhybrid.cluster.model.ClusterProfile;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which Kubernetes versions to look up ({@code DescribeKubernetesVersionMetadata}). By default:
 * the versions a new managed cluster can be created with, in the client's region.
 * {@code Builder.build()} throws {@link ValidationException} naming a bad field.
 */
@ModelStyle
@Value.Immutable
public abstract class KubernetesVersionsRequest {

  /**
   * Returns the cluster type the versions are for; defaults to
   * {@link ClusterType#MANAGED_KUBERNETES}.
   *
   * @return the cluster type
   */
  @Value.Default
  public ClusterType clusterType() {
    return ClusterType.MANAGED_KUBERNETES;
  }

  /**
   * Returns the scenario the versions are for; the service's default is {@code Default}.
   *
   * @return the profile
   */
  public abstract Optional<ClusterProfile> profile();

  /**
   * Returns one version to describe, such as {@code 1.33.1-aliyun.1}; then
   * {@link #creatableOnly()} has no effect.
   *
   * @return the version
   */
  public abstract Optional<String> kubernetesVersion();

  /**
   * Returns whether to list only versions new clusters can use (true, the service's default) or
   * every supported version (false).
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> creatableOnly();

  /**
   * Returns the container runtime to narrow the OS images to, such as {@code containerd}.
   *
   * @return the runtime
   */
  public abstract Optional<String> runtime();

  /**
   * Returns whether to report the versions {@link #kubernetesVersion()} can be upgraded to.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> queryUpgradableVersions();

  /**
   * Returns the region to look up; defaults to the client's region.
   *
   * @return the region id
   */
  public abstract Optional<String> regionId();

  @Value.Check
  void check() {
    if (clusterType() == ClusterType.UNKNOWN) {
      throw new ValidationException("kubernetesVersions.clusterType", "must be a known cluster type, was UNKNOWN");
    }
    if (profile().filter(p -> p == ClusterProfile.UNKNOWN).isPresent()) {
      throw new ValidationException("kubernetesVersions.profile", "must be a known profile, was UNKNOWN");
    }
    kubernetesVersion().ifPresent(v -> Validate.notBlank(v, "kubernetesVersions.kubernetesVersion"));
    runtime().ifPresent(r -> Validate.notBlank(r, "kubernetesVersions.runtime"));
    regionId().ifPresent(r -> ClusterChecks.region(r, "kubernetesVersions.regionId"));
    if (queryUpgradableVersions().orElse(false) && kubernetesVersion().isEmpty()) {
      throw new ValidationException("kubernetesVersions.queryUpgradableVersions",
          "needs kubernetesVersion: the service reports upgrades only for one given version");
    }
  }

  /**
   * Returns the default lookup: versions a new managed cluster can use, in the client's region.
   *
   * @return the request
   */
  public static KubernetesVersionsRequest creatable() {
    return builder().build();
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KubernetesVersionsRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableKubernetesVersionsRequest.Builder {}
}
