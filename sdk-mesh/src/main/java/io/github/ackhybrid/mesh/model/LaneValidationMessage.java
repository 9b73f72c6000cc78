package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** A problem ASM found with a lane's configuration, such as a label selector that selects nothing. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class LaneValidationMessage {

  /**
   * Returns the message code, such as {@code CODE_UNEFFECTED_SWIMLANE_LABEL}.
   *
   * @return the code, empty when none was sent
   */
  @Value.Default
  public String code() {
    return "";
  }

  /**
   * Returns the level: {@code info}, {@code warning} or {@code error}.
   *
   * @return the level, empty when none was sent
   */
  @Value.Default
  public String level() {
    return "";
  }

  /**
   * Returns the human-readable message.
   *
   * @return the message, empty when none was sent
   */
  @Value.Default
  public String message() {
    return "";
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this value's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link LaneValidationMessage}. */
  public static final class Builder extends ImmutableLaneValidationMessage.Builder {}
}
