package io.github.ackhybrid.cluster.model;

import java.util.Locale;

/**
 * The scenario of a managed cluster ({@code profile}). Open: an unrecognised value reads as
 * {@link #UNKNOWN} and {@link Cluster#profileAsString()} keeps it.
 */
public enum ClusterProfile {
  /** ACK managed Basic or Pro. */
  DEFAULT("Default"),
  /** ACK Edge. */
  EDGE("Edge"),
  /** ACK Serverless. */
  SERVERLESS("Serverless"),
  /** ACK Lingjun. */
  LINGJUN("Lingjun"),
  /** A profile this SDK does not know. */
  UNKNOWN("");

  private final String value;

  ClusterProfile(String value) {
    this.value = value;
  }

  /**
   * Returns the value the service uses, such as {@code Default}.
   *
   * @return the wire value; empty for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * Reads a profile the service reported, ignoring case and surrounding blanks.
   *
   * @param raw the reported value, may be null
   * @return the profile, or {@link #UNKNOWN} for null or an unrecognised value
   */
  public static ClusterProfile fromValue(String raw) {
    if (raw != null) {
      String v = raw.trim().toLowerCase(Locale.ROOT);
      for (ClusterProfile p : values()) {
        if (p != UNKNOWN && p.value.toLowerCase(Locale.ROOT).equals(v)) {
          return p;
        }
      }
    }
    return UNKNOWN;
  }
}
