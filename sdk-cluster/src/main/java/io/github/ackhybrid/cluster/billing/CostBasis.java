package io.github.ackhybrid.cluster.billing;

/** Where the amount of a cost report line comes from. */
public enum CostBasis {
  /** The account's bills. */
  BILLED,
  /** The {@link FeeSchedule} rules applied to the cluster's lifetime, since the bills held no such line. */
  ESTIMATED
}
