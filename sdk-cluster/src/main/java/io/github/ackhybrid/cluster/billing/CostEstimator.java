package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Computes the cluster management fee from the rules of a {@link FeeSchedule}, without calling any
 * API. The fee is counted per clock-hour cycle in the schedule's billing zone (UTC+8 by default).
 * With the documented rules the cycle a cluster is created in and the cycle it is deleted in are
 * free, so a Pro cluster created at 10:20 and deleted at 13:40 pays for 11:00-12:00 and
 * 12:00-13:00 only: two hours.
 *
 * <p>Where the documentation is silent this class decides, and says so: a cluster created exactly
 * at hh:00:00 still has that cycle as its free first cycle, and a cluster deleted exactly at
 * hh:00:00 has the cycle starting then as its free last cycle (the cycles strictly between the
 * creation cycle and the deletion cycle are billed). Thread-safe.
 */
public final class CostEstimator {
  private static final Duration HOUR = Duration.ofHours(1);

  private final FeeSchedule schedule;

  private CostEstimator(FeeSchedule schedule) {
    this.schedule = schedule;
  }

  /**
   * Creates an estimator for a schedule.
   *
   * @param schedule the fee rules
   * @return the estimator
   * @throws ValidationException if the schedule is null
   */
  public static CostEstimator of(FeeSchedule schedule) {
    return new CostEstimator(Validate.notNull(schedule, "costEstimator.schedule"));
  }

  /**
   * Returns the schedule this estimator applies.
   *
   * @return the schedule
   */
  public FeeSchedule schedule() {
    return schedule;
  }

  /**
   * Estimates the management fee of a cluster over its whole planned life.
   *
   * @param edition the cluster edition
   * @param site the billing site
   * @param createdAt when the cluster is (or was) created
   * @param deletedAt when it is (or was) deleted, not before {@code createdAt}
   * @return the estimate
   * @throws ValidationException if an argument is null or the instants are out of order
   */
  public FeeEstimate estimate(ClusterEdition edition, BillingSite site, Instant createdAt, Instant deletedAt) {
    ClusterLifetime lifetime = ClusterLifetime.of(createdAt, deletedAt);
    ClusterFeeRule rule = rule(edition, site);
    Instant first = firstBilled(rule, lifetime);
    Instant end = billedUntil(rule, lifetime);
    return result(edition, site, rule, first, end);
  }

  /**
   * Estimates the most a cluster that lives for a given time can pay, whatever minute it is created
   * at: with the first and last cycle free, a lifetime of 3 h 20 min touches at most five clock
   * hours and pays for at most three.
   *
   * @param edition the cluster edition
   * @param site the billing site
   * @param lifetime how long the cluster lives, positive
   * @return the estimate, marked as an upper bound
   * @throws ValidationException if an argument is null or the lifetime is not positive
   */
  public FeeEstimate estimate(ClusterEdition edition, BillingSite site, Duration lifetime) {
    Validate.positive(lifetime, "costEstimator.lifetime");
    ClusterFeeRule rule = rule(edition, site);
    // The most clock hours that can separate the creation cycle from the deletion cycle is
    // ceil(lifetime / 1 h), reached when the cluster starts late enough in an hour.
    // Whole hours first: toNanos() overflows for lifetimes beyond 292 years.
    long spanned = lifetime.toHours() + (lifetime.minusHours(lifetime.toHours()).isZero() ? 0 : 1);
    long hours = rule.hourlyPrice().isEmpty() ? 0
        : Math.max(0, spanned - (rule.firstCycleFree() ? 1 : 0) + (rule.lastCycleFree() ? 0 : 1));
    return FeeEstimate.builder().edition(edition).site(site).rule(rule).billedHours(hours)
        .amount(price(rule, site, hours)).upperBound(true).hybridNodeFee(schedule.hybridNodeFee(site)).build();
  }

  /**
   * Estimates the management fee a cluster accrues within one billing cycle (a calendar month in
   * the billing zone), counting only hourly cycles that have ended by {@code now}. This is the
   * figure to set beside the month's bills when no fee line is found there.
   *
   * @param edition the cluster edition
   * @param site the billing site
   * @param lifetime when the cluster was created and, if gone, deleted
   * @param billingCycle the month
   * @param now the current instant; later cycles are not counted
   * @return the estimate
   * @throws ValidationException if an argument is null
   */
  public FeeEstimate estimate(ClusterEdition edition, BillingSite site, ClusterLifetime lifetime,
      YearMonth billingCycle, Instant now) {
    Validate.notNull(lifetime, "costEstimator.lifetime");
    Validate.notNull(billingCycle, "costEstimator.billingCycle");
    Validate.notNull(now, "costEstimator.now");
    ClusterFeeRule rule = rule(edition, site);
    Instant monthStart = billingCycle.atDay(1).atStartOfDay().toInstant(schedule.billingZone());
    Instant monthEnd = billingCycle.plusMonths(1).atDay(1).atStartOfDay().toInstant(schedule.billingZone());
    Instant first = max(firstBilled(rule, lifetime), ceilToHour(monthStart));
    Instant end = min(billedUntil(rule, lifetime), min(monthEnd, floorToHour(now)));
    return result(edition, site, rule, first, end);
  }

  private FeeEstimate result(ClusterEdition edition, BillingSite site, ClusterFeeRule rule, Instant first,
      Instant end) {
    long hours = rule.hourlyPrice().isPresent() && end.isAfter(first) ? Duration.between(first, end).toHours() : 0;
    FeeEstimate.Builder b = FeeEstimate.builder().edition(edition).site(site).rule(rule).billedHours(hours)
        .amount(price(rule, site, hours)).hybridNodeFee(schedule.hybridNodeFee(site));
    if (hours > 0) {
      b.firstBilledHour(first).lastBilledHour(end.minus(HOUR));
    }
    return b.build();
  }

  private ClusterFeeRule rule(ClusterEdition edition, BillingSite site) {
    Validate.notNull(edition, "costEstimator.edition");
    Validate.notNull(site, "costEstimator.site");
    return schedule.clusterFee(edition, site);
  }

  private static Money price(ClusterFeeRule rule, BillingSite site, long hours) {
    return rule.hourlyPrice().map(p -> p.times(hours)).orElse(Money.zero(site.currency()));
  }

  /** The start of the first cycle the cluster pays for. */
  private Instant firstBilled(ClusterFeeRule rule, ClusterLifetime lifetime) {
    Instant created = floorToHour(lifetime.createdAt());
    return rule.firstCycleFree() ? created.plus(HOUR) : created;
  }

  /** The end of the last cycle the cluster pays for; far in the future while it exists. */
  private Instant billedUntil(ClusterFeeRule rule, ClusterLifetime lifetime) {
    return lifetime.deletedAt()
        .map(this::floorToHour)
        .map(deleted -> rule.lastCycleFree() ? deleted : deleted.plus(HOUR))
        .orElse(Instant.MAX);
  }

  private Instant floorToHour(Instant t) {
    return t.atOffset(schedule.billingZone()).truncatedTo(ChronoUnit.HOURS).toInstant();
  }

  private Instant ceilToHour(Instant t) {
    Instant floor = floorToHour(t);
    return floor.equals(t) ? t : floor.plus(HOUR);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
