package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Why an ACK task failed, as {@code DescribeTaskInfo} reports it in {@code error}. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = TaskError.Builder.class)
public abstract class TaskError {

  /**
   * Returns the error code.
   *
   * @return for example {@code QuotaExceeded.Node} or {@code 400}
   */
  @JsonProperty("code")
  @BlankAsEmpty
  public abstract Optional<String> code();

  /**
   * Returns the error message.
   *
   * @return the service's explanation
   */
  @JsonProperty("message")
  @BlankAsEmpty
  public abstract Optional<String> message();

  /**
   * Starts a task error.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskError}. */
  public static final class Builder extends ImmutableTaskError.Builder {}
}
