package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The management fee for the nodes of a hybrid cloud node pool. It is waived during the preview
 * and no price is published, so the default carries no price; a caller who has a quote can supply
 * one per vCPU-day. The servers themselves are the customer's and produce no Alibaba Cloud bill
 * lines.
 */
@ModelStyle
@Value.Immutable
public abstract class HybridNodeFee {
  /**
   * Returns whether the fee is charged.
   *
   * @return {@link FeeStatus#WAIVED_PREVIEW} by default; {@link FeeStatus#CHARGED} exactly when a
   *     price is set
   */
  public abstract FeeStatus status();

  /**
   * Returns the price per vCPU per day, if the caller supplied one.
   *
   * @return the price, empty while no price is published
   */
  public abstract Optional<Money> pricePerVcpuDay();

  /**
   * Returns the page the rule was read from, or the caller's own reference for a supplied price.
   *
   * @return the source URL
   */
  public abstract URI source();

  /**
   * Returns the "last updated" date of the source.
   *
   * @return the date, or empty when the source showed none
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Starts a fee.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks that a price goes with {@link FeeStatus#CHARGED} and only with it. */
  @Value.Check
  protected void check() {
    if ((status() == FeeStatus.CHARGED) != pricePerVcpuDay().isPresent()) {
      throw new ValidationException("hybridNodeFee.pricePerVcpuDay", "must be set exactly when status is CHARGED,"
          + " status was " + status() + (pricePerVcpuDay().isPresent() ? " with a price" : " without a price"));
    }
  }

  /** Builds a {@link HybridNodeFee}. */
  public static final class Builder extends ImmutableHybridNodeFee.Builder {}
}
