package io.github.ackhybrid.cluster.model;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.ResponseMetadata;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code CreateCluster} answered: the new cluster's id, the task that builds it, and the
 * request id to quote to support. The cluster is not ready yet; wait for it with the client's
 * waiters.
 */
@ModelStyle
@Value.Immutable
public abstract class ClusterCreation {

  /**
   * Returns the new cluster's id.
   *
   * @return the cluster id
   */
  public abstract String id();

  /**
   * Returns the task that creates the cluster. The service leaves it out for some cluster kinds;
   * then wait on the cluster's state instead.
   *
   * @return the task id, when the service gave one
   */
  public abstract Optional<String> taskId();

  /**
   * Returns what the SDK knows about the call: the request id, attempts, latency.
   *
   * @return the metadata
   */
  @Value.Auxiliary
  public abstract ResponseMetadata responseMetadata();

  /**
   * Starts a creation value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterCreation}. */
  public static final class Builder extends ImmutableClusterCreation.Builder {}
}
