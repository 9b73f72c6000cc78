package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Existing ECS instances to add to a pool with AttachInstancesToNodePool. ECS only: your own
 * servers join hybrid pools by running an attach script instead.
 */
@ModelStyle
@Value.Immutable
public abstract class AttachInstancesRequest {

  /**
   * Returns the ECS instances to add, sent as {@code instances}.
   *
   * @return the instance ids, such as {@code i-2ze...}
   */
  public abstract List<String> instanceIds();

  /**
   * Returns whether the last uninitialised data disk is formatted for container data, erasing it.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> formatDisk();

  /**
   * Returns whether the instances keep their names (service default: true).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> keepInstanceName();

  /**
   * Returns the SSH password of the instances; never shown by {@code toString()}.
   *
   * @return the password
   */
  @Value.Redacted
  public abstract Optional<String> password();

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (instanceIds().isEmpty()) {
      throw new ValidationException("attachInstances.instanceIds", "must name at least one ECS instance");
    }
    instanceIds().forEach(id -> Ids.id(id, "attachInstances.instanceIds"));
    password().ifPresent(p -> {
      if (p.isEmpty() || p.length() > 128) {
        throw new ValidationException("attachInstances.password", "must be 1-128 characters");
      }
      Validate.noControlCharacters(p, "attachInstances.password");
    });
  }

  /** Builds an {@link AttachInstancesRequest}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableAttachInstancesRequest.Builder {}
}
