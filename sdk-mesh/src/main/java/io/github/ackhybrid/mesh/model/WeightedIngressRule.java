package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which ingress requests a weighted traffic-lane group splits among its lanes: the domains and
 * the request conditions ({@code WeightedIngressRule}). Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class WeightedIngressRule {

  /**
   * Returns the domains the rule applies to.
   *
   * @return the domains, such as {@code *}
   */
  public abstract List<String> domains();

  /**
   * Returns the request conditions ({@code MatchRequests}); a request that meets any of them is
   * split by weight.
   *
   * @return the conditions, possibly empty
   */
  public abstract List<IngressMatch> conditions();

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

  /** Builds a {@link WeightedIngressRule}. */
  public static final class Builder extends ImmutableWeightedIngressRule.Builder {}
}
