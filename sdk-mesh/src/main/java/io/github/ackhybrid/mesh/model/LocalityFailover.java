package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** One locality failover entry: when region {@code from} is unhealthy, send its traffic to {@code to}. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class LocalityFailover {

  /**
   * Returns the region whose traffic fails over.
   *
   * @return the source region, such as {@code cn-hangzhou}
   */
  public abstract String from();

  /**
   * Returns the region that takes the traffic over.
   *
   * @return the target region, such as {@code cn-shanghai}
   */
  public abstract String to();

  /**
   * Creates an entry. Rules are checked where the entry is sent, in {@code LocalityLbConfig}.
   *
   * @param from the source region
   * @param to the target region
   * @return the entry
   */
  public static LocalityFailover of(String from, String to) {
    return builder().from(from).to(to).build();
  }

  /**
   * Starts an entry.
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
    return new Builder().from(from()).to(to());
  }

  /** Builds a {@link LocalityFailover}. */
  public static final class Builder extends ImmutableLocalityFailover.Builder {}
}
