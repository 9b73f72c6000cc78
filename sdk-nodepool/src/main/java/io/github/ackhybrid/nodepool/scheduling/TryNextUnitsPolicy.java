package io.github.ackhybrid.nodepool.scheduling;

/**
 * When a pod may move on from a {@code ResourcePolicy} unit to the next: the
 * {@code whenTryNextUnits.policy} field. Needs cluster 1.24 or later and scheduler 6.4 or later.
 * Open: a value this SDK does not know reads as {@link #UNKNOWN}.
 */
public enum TryNextUnitsPolicy {
  /**
   * The unit has reached its {@code max} or lacks resources. ACK's default, and the right one for
   * a hybrid pool followed by cloud pools.
   */
  LACK_RESOURCE_OR_EXCEED_MAX("LackResourceOrExceedMax"),
  /**
   * Only once the unit has reached its {@code max} (a unit without one is passed at once): prefers
   * node-pool scale-out over the next unit, but pods may stay Pending if the pool never grows.
   */
  EXCEED_MAX("ExceedMax"),
  /**
   * A unit short of resources that is below its {@code max}, or has no {@code max} but waits for
   * scale-out, holds the pod for at most the timeout, then lets it move on: scale out first, fall
   * back to ECI after the timeout.
   */
  TIMEOUT_OR_EXCEED_MAX("TimeoutOrExceedMax"),
  /**
   * The unit lacks resources or has reached its {@code max}, and none of its pods is terminating:
   * keeps rolling updates in the preferred unit.
   */
  LACK_RESOURCE_AND_NO_TERMINATING("LackResourceAndNoTerminating"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  // ACK's published Go types spell this value with a lower-case "t"; it is accepted on read only.
  private static final String GO_TYPES_SPELLING = "LackResourceAndNoterminating";

  private final String wireValue;

  TryNextUnitsPolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the documented value written in the manifest.
   *
   * @return e.g. {@code TimeoutOrExceedMax}; empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a manifest value, accepting both spellings of {@link #LACK_RESOURCE_AND_NO_TERMINATING}.
   *
   * @param value the {@code policy} field, may be null
   * @return the constant, {@link #UNKNOWN} if the value is not known
   */
  public static TryNextUnitsPolicy fromWire(String value) {
    if (GO_TYPES_SPELLING.equals(value)) {
      return LACK_RESOURCE_AND_NO_TERMINATING;
    }
    for (TryNextUnitsPolicy p : values()) {
      if (p != UNKNOWN && p.wireValue.equals(value)) {
        return p;
      }
    }
    return UNKNOWN;
  }
}
