package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What CreateClusterNodePool answered: the new pool's id and the task that builds it. The pool
 * starts {@code initial} and becomes {@code active}; wait with {@code waiters().untilActive(...)}.
 */
@ModelStyle
@Value.Immutable
public abstract class CreatedNodePool {

  /**
   * Returns the cluster the pool was created in.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the new pool's id.
   *
   * @return the pool id
   */
  public abstract String id();

  /**
   * Returns the creation task, when the service reported one.
   *
   * @return the task id
   */
  public abstract Optional<String> taskId();

  /**
   * Returns the service's request id, for support.
   *
   * @return the request id
   */
  public abstract Optional<String> requestId();

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatedNodePool}. */
  public static final class Builder extends ImmutableCreatedNodePool.Builder {}
}
