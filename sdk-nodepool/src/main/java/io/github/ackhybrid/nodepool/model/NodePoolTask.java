package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an asynchronous node pool change answered: the task that carries it out. Changes move the
 * pool through {@code scaling}, {@code removing}, {@code updating} or {@code deleting}; wait for
 * the outcome with the pool's waiters.
 */
@ModelStyle
@Value.Immutable
public abstract class NodePoolTask {

  /**
   * Returns the cluster of the pool.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the pool the change applies to.
   *
   * @return the pool id
   */
  public abstract String nodePoolId();

  /**
   * Returns the task id; empty when the service reported none, or when no call was needed
   * (see {@link #changed()}).
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
   * Tells whether a change was sent; false when the pool already was as asked, such as
   * {@code scaleTo} with the current size.
   *
   * @return true if the service was asked to change something
   */
  @Value.Default
  public boolean changed() {
    return true;
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePoolTask}. */
  public static final class Builder extends ImmutableNodePoolTask.Builder {}
}
