package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.cluster.internal.WireInstant;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.ResponseMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An asynchronous ACK task (cluster creation, deletion, add-on installation...) as
 * {@code DescribeTaskInfo} reports it.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ClusterTask.Builder.class)
public abstract class ClusterTask {

  /**
   * Returns the task id.
   *
   * @return for example {@code T-5faa48fb31b6b8078d000006}
   */
  @JsonProperty("task_id")
  public abstract String id();

  /**
   * Returns the cluster the task works on.
   *
   * @return the cluster id, when reported
   */
  @JsonProperty("cluster_id")
  @BlankAsEmpty
  public abstract Optional<String> clusterId();

  /**
   * Returns the kind of task, such as {@code cluster_create} or {@code cluster_scaleout}.
   *
   * @return the task type, when reported
   */
  @JsonProperty("task_type")
  @BlankAsEmpty
  public abstract Optional<String> type();

  /**
   * Returns the state as the service spelled it.
   *
   * @return for example {@code running}; empty if none was reported
   */
  @JsonProperty("state")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the state.
   *
   * @return the state, {@link TaskState#UNKNOWN} if unrecognised
   */
  public TaskState state() {
    return TaskState.fromValue(stateAsString());
  }

  /**
   * Returns the stage the task is in.
   *
   * @return for example {@code DrainNodes}
   */
  @JsonProperty("current_stage")
  @BlankAsEmpty
  public abstract Optional<String> currentStage();

  /**
   * Returns when the task was created.
   *
   * @return the creation time, when reported
   */
  @JsonProperty("created")
  @WireInstant
  public abstract Optional<Instant> created();

  /**
   * Returns when the task last changed.
   *
   * @return the update time, when reported
   */
  @JsonProperty("updated")
  @WireInstant
  public abstract Optional<Instant> updated();

  /**
   * Returns why the task failed.
   *
   * @return the error, present for failed tasks that report one
   */
  @JsonProperty("error")
  public abstract Optional<TaskError> error();

  /**
   * Returns the error code of a failed task.
   *
   * @return the code, when the task reported an error with one
   */
  public Optional<String> errorCode() {
    return error().flatMap(TaskError::code);
  }

  /**
   * Returns the error message of a failed task.
   *
   * @return the message, when the task reported an error with one
   */
  public Optional<String> errorMessage() {
    return error().flatMap(TaskError::message);
  }

  /**
   * Returns what the task produced, part by part.
   *
   * @return the results, possibly empty
   */
  @JsonProperty("task_result")
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract List<TaskResult> results();

  /**
   * Returns what the SDK knows about the call that read this task: the request id above all.
   * Not part of equality.
   *
   * @return the metadata; for a task not read from the service, empty metadata
   */
  @JsonIgnore
  @Value.Auxiliary
  @Value.Default
  public ResponseMetadata responseMetadata() {
    return ResponseMetadata.empty("DescribeTaskInfo");
  }

  /**
   * Starts a task value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this task's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ClusterTask}. */
  public static final class Builder extends ImmutableClusterTask.Builder {}
}
