package io.github.ackhybrid.nodepool;

/** The CPU architecture of the servers an attach script is for ({@code arch}). */
public enum AttachArch {
  /** x86-64, the service's default. */
  AMD64("amd64"),
  /** 32-bit ARM. */
  ARM("arm"),
  /** 64-bit ARM. */
  ARM64("arm64");

  private final String wireValue;

  AttachArch(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent on the wire.
   *
   * @return the wire value, such as {@code amd64}
   */
  public String wireValue() {
    return wireValue;
  }
}
