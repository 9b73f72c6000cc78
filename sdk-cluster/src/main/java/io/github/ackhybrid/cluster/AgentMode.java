package io.github.ackhybrid.cluster;

/** How much the agent of a registered cluster may do in the external cluster. */
public enum AgentMode {
  /** Full permissions; the service's default. */
  ADMIN("admin"),
  /** Reads only its own ConfigMap, reads no cluster data and makes no intrusive writes. */
  RESTRICTED("restricted");

  private final String value;

  AgentMode(String value) {
    this.value = value;
  }

  /**
   * Returns the value sent as {@code AgentMode}.
   *
   * @return {@code admin} or {@code restricted}
   */
  public String value() {
    return value;
  }
}
