package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cluster management fee the rules of a {@link FeeSchedule} give for a cluster lifetime: which
 * hourly cycles are billed and what they cost. An estimate, not a bill: prices may vary by region
 * and a resource plan may offset the fee.
 */
@ModelStyle
@Value.Immutable
public abstract class FeeEstimate {
  /**
   * Returns the edition that was priced.
   *
   * @return the edition
   */
  public abstract ClusterEdition edition();

  /**
   * Returns the site that was priced.
   *
   * @return the site
   */
  public abstract BillingSite site();

  /**
   * Returns the rule that was applied, with its source.
   *
   * @return the rule
   */
  public abstract ClusterFeeRule rule();

  /**
   * Returns how many hourly cycles are billed.
   *
   * @return the number of billed cluster-hours, zero or more; zero for an edition that pays no fee
   */
  public abstract long billedHours();

  /**
   * Returns the fee: the hourly price times the billed hours, exactly; zero in the site's currency
   * for a free edition.
   *
   * @return the fee
   */
  public abstract Money amount();

  /**
   * Returns the start of the first billed hourly cycle.
   *
   * @return the instant, or empty when no hour is billed or only a duration was known
   */
  public abstract Optional<Instant> firstBilledHour();

  /**
   * Returns the start of the last billed hourly cycle.
   *
   * @return the instant, or empty when no hour is billed or only a duration was known
   */
  public abstract Optional<Instant> lastBilledHour();

  /**
   * Tells whether the estimate is the most a lifetime of the given length can cost, because only
   * its duration and not its start was known.
   *
   * @return true for an upper bound
   */
  @Value.Default
  public boolean upperBound() {
    return false;
  }

  /**
   * Returns the hybrid node management fee that applies on the site, for the record: waived and
   * unpriced unless the schedule was given a price. It is not part of {@link #amount()}.
   *
   * @return the hybrid node fee rule
   */
  public abstract HybridNodeFee hybridNodeFee();

  /**
   * Starts an estimate.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FeeEstimate}. */
  public static final class Builder extends ImmutableFeeEstimate.Builder {}
}
