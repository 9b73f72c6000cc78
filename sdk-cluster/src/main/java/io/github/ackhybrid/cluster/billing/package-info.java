/**
 * What hybrid clusters cost: {@link io.github.ackhybrid.cluster.billing.BillingClient} over the
 * Alibaba Cloud billing API (bills, balance, prices), the documented ACK fee rules as data in
 * {@link io.github.ackhybrid.cluster.billing.FeeSchedule}, management fee estimates from
 * {@link io.github.ackhybrid.cluster.billing.CostEstimator}, and per-cluster
 * {@link io.github.ackhybrid.cluster.billing.CostReport}s. Money is exact
 * ({@link io.github.ackhybrid.cluster.billing.Money}), billing cycles are {@link java.time.YearMonth}s.
 */
package io.github.ackhybrid.cluster.billing;
