package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One request condition of a lane group's weighted ingress rule: a URI match and header matches, all of which must hold. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class IngressMatch {

  /**
   * Returns the condition on the request URI.
   *
   * @return the URI match, absent when any URI matches
   */
  public abstract Optional<LaneMatch> uri();

  /**
   * Returns the conditions on request headers, in the order given.
   *
   * @return the match by header name, possibly empty
   */
  public abstract Map<String, LaneMatch> headers();

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

  /** Builds an {@link IngressMatch}. */
  public static final class Builder extends ImmutableIngressMatch.Builder {}
}
