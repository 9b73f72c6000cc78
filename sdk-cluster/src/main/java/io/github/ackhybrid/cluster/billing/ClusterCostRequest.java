package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Asks what one cluster cost in one month: the resources tagged {@code ack.aliyun.com=<cluster id>}
 * plus the cluster's management fee. Give the edition and lifetime (the cluster client knows both)
 * so that a fee missing from the bills can be estimated and a free edition is not looked up.
 *
 * <pre>{@code
 * CostReport report = billing.clusterCost(r -> r.clusterId(id).billingCycle(YearMonth.of(2026, 10))
 *     .edition(ClusterEdition.MANAGED_PRO).lifetime(ClusterLifetime.of(createdAt)));
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class ClusterCostRequest {
  private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9._-]+");

  /**
   * Returns the cluster. Required.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the month; it must not lie in the future. Required.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns where the cluster's resources are looked up.
   *
   * @return the source (default {@link AttributionSource#SPLIT_BILL}, as recommended)
   */
  @Value.Default
  public AttributionSource source() {
    return AttributionSource.SPLIT_BILL;
  }

  /**
   * Returns the cluster's edition: a free one needs no fee lookup, a charged one can be estimated.
   *
   * @return the edition, if known
   */
  public abstract Optional<ClusterEdition> edition();

  /**
   * Returns when the cluster was created and deleted, to estimate a fee the bills do not show.
   *
   * @return the lifetime, if known
   */
  public abstract Optional<ClusterLifetime> lifetime();

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the values; throws {@link ValidationException} naming the field. */
  @Value.Check
  protected void check() {
    Validate.matches(clusterId(), "clusterCostRequest.clusterId", 1, 64, CLUSTER_ID, "[A-Za-z0-9._-]");
  }

  /** Builds a {@link ClusterCostRequest}. */
  public static final class Builder extends ImmutableClusterCostRequest.Builder {
    /**
     * Builds the request.
     *
     * @return the request
     * @throws ValidationException if the cluster id or billing cycle is missing or a value is invalid
     */
    @Override
    public ClusterCostRequest build() {
      return RequestChecks.requireSet(super::build, "clusterCostRequest", "clusterId", "billingCycle");
    }
  }
}
