package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A promotion that applies to a quoted price.
 */
@ModelStyle
@Value.Immutable
public abstract class Promotion {
  /**
   * Returns the promotion's id.
   *
   * @return the id
   */
  public abstract long id();

  /**
   * Returns the promotion's name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> name();

  /**
   * Returns the promotion's description.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> description();

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Promotion}. */
  public static final class Builder extends ImmutablePromotion.Builder {}
}
