package io.github.ackhybrid.cluster.model;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.ResponseMetadata;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the service answered to a change it carries out asynchronously (modify, delete, install
 * add-ons): the cluster, the task doing the work, and the request id to quote to support.
 */
@ModelStyle
@Value.Immutable
public abstract class ClusterChange {

  /**
   * Returns the cluster the change applies to.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the task carrying out the change; wait for it with
   * {@code waiters().untilTaskComplete(...)}.
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
   * Starts a change value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterChange}. */
  public static final class Builder extends ImmutableClusterChange.Builder {}
}
