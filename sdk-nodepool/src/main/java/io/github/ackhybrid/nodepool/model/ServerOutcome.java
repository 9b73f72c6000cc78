package io.github.ackhybrid.nodepool.model;

/** How onboarding ended for one server. */
public enum ServerOutcome {
  /** The server's node reached {@code Ready}. */
  JOINED,
  /** The attach command failed, no script could be had for it, or the SDK lost track of the cluster. */
  FAILED,
  /** The deadline passed before the server's node was {@code Ready}. */
  TIMED_OUT
}
