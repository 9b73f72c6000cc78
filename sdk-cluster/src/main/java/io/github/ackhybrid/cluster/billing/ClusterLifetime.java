package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a cluster was created and, if it is gone, deleted: what the management fee rules need. The
 * billing package never asks ACK for it; the caller (or the cluster client) supplies it.
 */
@ModelStyle
@Value.Immutable
public abstract class ClusterLifetime {
  /**
   * Returns when the cluster was created.
   *
   * @return the creation instant
   */
  public abstract Instant createdAt();

  /**
   * Returns when the cluster was deleted.
   *
   * @return the deletion instant, or empty while the cluster exists
   */
  public abstract Optional<Instant> deletedAt();

  /**
   * Describes a cluster that still exists.
   *
   * @param createdAt when it was created
   * @return the lifetime
   * @throws ValidationException if the instant is null
   */
  public static ClusterLifetime of(Instant createdAt) {
    return ImmutableClusterLifetime.builder()
        .createdAt(Validate.notNull(createdAt, "clusterLifetime.createdAt"))
        .build();
  }

  /**
   * Describes a cluster that has been deleted.
   *
   * @param createdAt when it was created
   * @param deletedAt when it was deleted, not before {@code createdAt}
   * @return the lifetime
   * @throws ValidationException if an instant is null or the order is wrong
   */
  public static ClusterLifetime of(Instant createdAt, Instant deletedAt) {
    return ImmutableClusterLifetime.builder()
        .createdAt(Validate.notNull(createdAt, "clusterLifetime.createdAt"))
        .deletedAt(Validate.notNull(deletedAt, "clusterLifetime.deletedAt"))
        .build();
  }

  /** Checks that the cluster was not deleted before it was created. */
  @Value.Check
  protected void check() {
    if (deletedAt().isPresent() && deletedAt().get().isBefore(createdAt())) {
      throw new ValidationException("clusterLifetime.deletedAt", "must not be before createdAt " + createdAt()
          + ", was " + deletedAt().get());
    }
  }
}
