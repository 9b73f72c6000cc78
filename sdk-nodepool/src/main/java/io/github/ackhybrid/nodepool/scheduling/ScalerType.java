package io.github.ackhybrid.nodepool.scheduling;

/**
 * Which component scales the cluster's auto-scaling node pools: the {@code scaler_type} setting.
 * Open: a value this SDK does not know reads as {@link #UNKNOWN}.
 */
public enum ScalerType {
  /**
   * Instant scaling ({@code ack-goatscaler}); the default for clusters 1.24 and later, and the one
   * a {@code ResourcePolicy} over auto-scaling pools needs.
   */
  GOATSCALER("goatscaler"),
  /**
   * Auto scaling with {@code cluster-autoscaler}; the default below 1.24. It may grow the wrong
   * pool for a {@code ResourcePolicy}.
   */
  CLUSTER_AUTOSCALER("cluster-autoscaler"),
  /** A value this SDK does not know; cannot be sent. */
  UNKNOWN("");

  private final String wireValue;

  ScalerType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent to the service.
   *
   * @return e.g. {@code goatscaler}; empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a service value.
   *
   * @param value the value, may be null
   * @return the constant, {@link #UNKNOWN} if the value is not known
   */
  public static ScalerType fromWire(String value) {
    for (ScalerType s : values()) {
      if (s != UNKNOWN && s.wireValue.equals(value)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
