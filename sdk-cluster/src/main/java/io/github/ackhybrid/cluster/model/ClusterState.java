package io.github.ackhybrid.cluster.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lifecycle state of a cluster, as {@code DescribeClusterDetail} and {@code DescribeClustersV1}
 * report it. Open: a state this SDK does not know yet reads as {@link #UNKNOWN}, and
 * {@link Cluster#stateAsString()} keeps the raw value.
 */
public enum ClusterState {
  /** Being created. */
  INITIAL("initial"),
  /** Running; for a registered cluster, its agent is connected. */
  RUNNING("running"),
  /** Creation failed. */
  FAILED("failed"),
  /** A change of settings is being applied. */
  UPDATING("updating"),
  /** A change of settings failed. */
  UPDATING_FAILED("updating_failed"),
  /** The Kubernetes version is being upgraded. */
  UPGRADING("upgrading"),
  /** Nodes are being added. */
  SCALING("scaling"),
  /** Nodes are being removed. */
  REMOVING("removing"),
  /** Nodes are being drained. */
  DRAINING("draining"),
  /** A registered cluster waits for its agent to connect. */
  WAITING("waiting"),
  /** The agent of a registered cluster has lost contact. */
  DISCONNECTED("disconnected"),
  /** Stopped. */
  STOPPED("stopped"),
  /** Being deleted. */
  DELETING("deleting"),
  /** Deletion failed. */
  DELETE_FAILED("delete_failed"),
  /** Deleted; normally the service answers "not found" instead. */
  DELETED("deleted"),
  /** A state this SDK does not know, or none was reported. */
  UNKNOWN("");

  private static final Map<String, ClusterState> BY_VALUE = new HashMap<>();

  static {
    for (ClusterState s : values()) {
      BY_VALUE.put(s.value, s);
    }
  }

  private final String value;

  ClusterState(String value) {
    this.value = value;
  }

  /**
   * Returns the value the service uses, such as {@code running}.
   *
   * @return the wire value; empty for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * Reads a state the service reported, ignoring case and surrounding blanks.
   *
   * @param raw the reported value, may be null
   * @return the state, or {@link #UNKNOWN} for null or an unrecognised value
   */
  public static ClusterState fromValue(String raw) {
    return raw == null ? UNKNOWN : BY_VALUE.getOrDefault(raw.trim().toLowerCase(Locale.ROOT), UNKNOWN);
  }
}
