package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.ClusterChecks;
import io.github.ackhybrid.cluster.model.ClusterProfile;
import io.github.ackhybrid.cluster.model.ClusterSpec;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters for listing clusters ({@code DescribeClustersV1}); every filter is optional and an empty
 * request lists every cluster. {@code Builder.build()} checks the values and throws
 * {@link ValidationException} naming the field.
 */
@ModelStyle
@Value.Immutable
public abstract class ListClustersRequest {
  /** How many clusters a page holds unless set otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 50;
  // The API documents no maximum page size; 100 is the limit of ACK's other paged lists, a safe
  // ceiling that still keeps a list of hundreds of clusters to a handful of calls.
  private static final int MAX_PAGE_SIZE = 100;

  /**
   * Returns the name to match; the service matches names containing it.
   *
   * @return the name filter
   */
  public abstract Optional<String> name();

  /**
   * Returns the cluster type to list.
   *
   * @return the type filter
   */
  public abstract Optional<ClusterType> clusterType();

  /**
   * Returns the managed-cluster edition to list.
   *
   * @return the edition filter
   */
  public abstract Optional<ClusterSpec> clusterSpec();

  /**
   * Returns the managed-cluster scenario to list.
   *
   * @return the profile filter
   */
  public abstract Optional<ClusterProfile> profile();

  /**
   * Returns the region to list clusters of; the service's own choice when absent.
   *
   * @return the region filter
   */
  public abstract Optional<String> regionId();

  /**
   * Returns the one cluster id to list.
   *
   * @return the id filter
   */
  public abstract Optional<String> clusterId();

  /**
   * Returns how many clusters to fetch per call: 1-100, default 50.
   *
   * @return the page size
   */
  @Value.Default
  public int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Validate.notBlank(n, "listClusters.name"));
    clusterType().ifPresent(t -> known(t == ClusterType.UNKNOWN, "listClusters.clusterType"));
    clusterSpec().ifPresent(s -> known(s == ClusterSpec.UNKNOWN, "listClusters.clusterSpec"));
    profile().ifPresent(p -> known(p == ClusterProfile.UNKNOWN, "listClusters.profile"));
    regionId().ifPresent(r -> ClusterChecks.region(r, "listClusters.regionId"));
    clusterId().ifPresent(id -> ClusterChecks.id(id, "listClusters.clusterId"));
    Validate.inRange(pageSize(), "listClusters.pageSize", 1, MAX_PAGE_SIZE);
  }

  private static void known(boolean unknown, String field) {
    if (unknown) {
      throw new ValidationException(field, "must be a known value to filter by, was UNKNOWN");
    }
  }

  /**
   * Returns a request without filters.
   *
   * @return a request listing every cluster
   */
  public static ListClustersRequest all() {
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

  /** Builds a {@link ListClustersRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableListClustersRequest.Builder {}
}
