package io.github.ackhybrid.nodepool.model;

import java.util.Locale;

/**
 * What an auto scaling ECS pool scales ({@code auto_scaling.type}); fixed when the pool is created.
 * Open: a value this SDK does not know reads as {@link #UNKNOWN}, and
 * {@link AutoScaling#typeAsString()} keeps what the service sent.
 */
public enum AutoScalingType {
  /** Regular instances ({@code cpu}); the service's default. */
  CPU("cpu"),
  /** GPU instances ({@code gpu}). */
  GPU("gpu"),
  /** Shared-GPU instances ({@code gpushare}). */
  GPUSHARE("gpushare"),
  /** Preemptible (spot) instances ({@code spot}). */
  SPOT("spot"),
  /** A value this SDK does not know; the raw value is kept by the model that holds it. */
  UNKNOWN("");

  private final String wireValue;

  AutoScalingType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent on the wire.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a wire value, ignoring case.
   *
   * @param value the value the service sent, may be null
   * @return the matching constant, or {@link #UNKNOWN}
   */
  public static AutoScalingType fromWire(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (AutoScalingType t : values()) {
      if (t != UNKNOWN && t.wireValue.equals(v)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
