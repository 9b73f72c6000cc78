package io.github.ackhybrid.nodepool.scheduling;

/**
 * The kind of capacity a {@link SchedulingUnit} places pods on: the {@code resource} field of a
 * {@code ResourcePolicy} unit. Open: a value this SDK does not know reads as {@link #UNKNOWN}.
 */
public enum UnitResource {
  /** Nodes of the cluster, usually one node pool's, picked by a node selector. */
  ECS("ecs"),
  /** Elastic Container Instance pods on virtual nodes; needs the {@code ack-virtual-node} add-on. */
  ECI("eci"),
  /** Alibaba Cloud Container Compute Service pods; cluster 1.26 or later, scheduler 6.7.1 or later. */
  ACS("acs"),
  /**
   * Being deprecated by ACK in favour of an auto-scaling node pool in an {@link #ECS} unit that
   * waits for scale-out; read only, never written by this SDK.
   */
  ELASTIC("elastic"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  UnitResource(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value written in the manifest.
   *
   * @return e.g. {@code ecs}; empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a manifest value.
   *
   * @param value the {@code resource} field, may be null
   * @return the constant, {@link #UNKNOWN} if the value is not known
   */
  public static UnitResource fromWire(String value) {
    for (UnitResource r : values()) {
      if (r != UNKNOWN && r.wireValue.equals(value)) {
        return r;
      }
    }
    return UNKNOWN;
  }
}
