package io.github.ackhybrid.nodepool.model;

import java.util.Locale;

/**
 * How Terway Hybrid connects the pods of a hybrid cloud node pool, chosen once when the pool is
 * created (reference §5.1). Both modes need the {@code terway-hybrid-controlplane} and
 * {@code terway-hybrid} add-ons installed in the cluster.
 */
public enum TerwayHybridMode {
  /**
   * No encapsulation: pod traffic is routed natively, about 20% faster than overlay. Requires
   * Layer 2 connectivity between the nodes, or BGP to advertise pod routes across Layer 3 domains
   * (Terway Hybrid's {@code BGPClusterConfig} resource, bound to the pool by node selector and not
   * created by default).
   */
  UNDERLAY("underlay"),
  /**
   * VXLAN encapsulation over UDP port 8472. Requires only Layer 3 connectivity between the nodes;
   * open UDP 8472 between the data centre and the VPC.
   */
  OVERLAY("overlay"),
  /** A value this SDK does not know, read from the service; never valid in a request. */
  UNKNOWN("");

  private final String wireValue;

  TerwayHybridMode(String wireValue) {
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
  public static TerwayHybridMode fromWire(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (TerwayHybridMode m : values()) {
        if (m != UNKNOWN && m.wireValue.equals(v)) {
          return m;
        }
      }
    }
    return UNKNOWN;
  }
}
