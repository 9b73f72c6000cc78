package io.github.ackhybrid.cluster.billing;

/** Whether a fee is charged, and why not when it is not. */
public enum FeeStatus {
  /** The fee is charged at a known price. */
  CHARGED,
  /** The documented rules say no fee applies. */
  FREE,
  /** A fee exists but is waived while the feature is in preview; no price is published. */
  WAIVED_PREVIEW
}
