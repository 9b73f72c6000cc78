package io.github.ackhybrid.mesh.model;

/**
 * The ASM edition ({@code Edition} when creating, {@code Profile} when reading). Open: an unknown
 * value reads as {@link #UNKNOWN}, which cannot be sent.
 */
public enum MeshEdition {
  /** The Standard edition ({@code Default}). */
  DEFAULT("Default"),
  /** The commercial edition ({@code Pro}), with the Enterprise and Ultimate tiers. */
  PRO("Pro"),
  /** An edition this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  MeshEdition(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value the service uses for this edition.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads an edition from its wire value, ignoring case.
   *
   * @param value the raw edition, may be null
   * @return the edition, or {@link #UNKNOWN} when the value is null or not known
   */
  public static MeshEdition fromWire(String value) {
    if (value != null && !value.isEmpty()) {
      for (MeshEdition e : values()) {
        if (e != UNKNOWN && e.wireValue.equalsIgnoreCase(value)) {
          return e;
        }
      }
    }
    return UNKNOWN;
  }
}
