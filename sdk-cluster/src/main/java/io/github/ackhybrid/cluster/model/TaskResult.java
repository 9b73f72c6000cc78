package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a task's {@code task_result}: what the task produced, such as the id of an instance
 * a scale-out added, and how that part went.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = TaskResult.Builder.class)
public abstract class TaskResult {

  /**
   * Returns what this part of the task produced.
   *
   * @return for example an instance id
   */
  @JsonProperty("data")
  @BlankAsEmpty
  public abstract Optional<String> data();

  /**
   * Returns how this part went, as the service spelled it.
   *
   * @return {@code success}, {@code failed} or {@code initial} (some answers spell it {@code initail})
   */
  @JsonProperty("status")
  @BlankAsEmpty
  public abstract Optional<String> status();

  /**
   * Starts a task result.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskResult}. */
  public static final class Builder extends ImmutableTaskResult.Builder {}
}
