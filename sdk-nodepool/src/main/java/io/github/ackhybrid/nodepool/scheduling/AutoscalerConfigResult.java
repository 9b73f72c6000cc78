package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.ResponseMetadata;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link SchedulingClient#configureAutoscaler} did: the cluster, the task ACK started to roll
 * the settings out (if it reported one), and the settings sent, since the service has no call to
 * read them back.
 */
@ModelStyle
@Value.Immutable
public abstract class AutoscalerConfigResult {
  /**
   * Returns the cluster the settings apply to.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the task ACK started to apply the settings, to follow with {@code DescribeTaskInfo}.
   *
   * @return the task id; empty when the service answered without one, as older versions do
   */
  public abstract Optional<String> taskId();

  /**
   * Returns the settings sent.
   *
   * @return the configuration
   */
  public abstract AutoscalerConfig config();

  /**
   * Returns the request id and other facts about the call.
   *
   * @return the response metadata
   */
  public abstract ResponseMetadata responseMetadata();

  /**
   * Starts building a result, for tests and fakes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AutoscalerConfigResult}. */
  public static final class Builder extends ImmutableAutoscalerConfigResult.Builder {}
}
