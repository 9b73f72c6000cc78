package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link CostReport}: what one instance of one product cost the cluster in the
 * month, all its bill lines added up.
 */
@ModelStyle
@Value.Immutable
public abstract class CostLine {
  /**
   * Returns what the line is for.
   *
   * @return the kind
   */
  public abstract CostLineKind kind();

  /**
   * Returns where the amount comes from.
   *
   * @return the basis
   */
  public abstract CostBasis basis();

  /**
   * Returns the product code, such as {@code ecs}.
   *
   * @return the code, empty when the bill named none
   */
  public abstract String productCode();

  /**
   * Returns the product's display name.
   *
   * @return the name, if the bill gave one
   */
  public abstract Optional<String> productName();

  /**
   * Returns the instance the line bills: a resource id, or the cluster id for its fee.
   *
   * @return the instance id, if the bill gave one
   */
  public abstract Optional<String> instanceId();

  /**
   * Returns the node pool the instance belongs to, from its {@code ack.alibabacloud.com/nodepool-id}
   * tag.
   *
   * @return the node pool id, if the instance carries the tag
   */
  public abstract Optional<String> nodePoolId();

  /**
   * Returns the amount due: the sum of the bill lines' pre-tax amounts after discounts.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns how many bill lines were added up into this line.
   *
   * @return the number of bill lines; 0 for an estimate
   */
  public abstract int billLines();

  /**
   * Starts a line.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostLine}. */
  public static final class Builder extends ImmutableCostLine.Builder {}
}
