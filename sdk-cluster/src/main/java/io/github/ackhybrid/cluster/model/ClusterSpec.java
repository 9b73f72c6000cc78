package io.github.ackhybrid.cluster.model;

import java.util.Locale;

/**
 * The edition of a managed cluster ({@code cluster_spec}). Open: an unrecognised value reads as
 * {@link #UNKNOWN} and {@link Cluster#specAsString()} keeps it.
 */
public enum ClusterSpec {
  /** ACK managed Pro, the edition that hosts hybrid cloud node pools. */
  ACK_PRO_SMALL("ack.pro.small"),
  /** ACK managed Basic, the service's default when none is given. */
  ACK_STANDARD("ack.standard"),
  /** An edition this SDK does not know. */
  UNKNOWN("");

  private final String value;

  ClusterSpec(String value) {
    this.value = value;
  }

  /**
   * Returns the value the service uses, such as {@code ack.pro.small}.
   *
   * @return the wire value; empty for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * Reads an edition the service reported, ignoring case and surrounding blanks.
   *
   * @param raw the reported value, may be null
   * @return the edition, or {@link #UNKNOWN} for null or an unrecognised value
   */
  public static ClusterSpec fromValue(String raw) {
    if (raw != null) {
      String v = raw.trim().toLowerCase(Locale.ROOT);
      for (ClusterSpec s : values()) {
        if (s != UNKNOWN && s.value.equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
