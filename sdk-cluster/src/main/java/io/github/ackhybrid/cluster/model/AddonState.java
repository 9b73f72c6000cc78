package io.github.ackhybrid.cluster.model;

import java.util.Locale;

/**
 * The state of an add-on installed in a cluster ({@code ListClusterAddonInstances}). Open: an
 * unrecognised value reads as {@link #UNKNOWN} and {@link InstalledAddon#stateAsString()} keeps it.
 */
public enum AddonState {
  /** Installed and serving. */
  ACTIVE,
  /** Its settings are being changed. */
  UPDATING,
  /** It is being upgraded to another version. */
  UPGRADING,
  /** It is being uninstalled. */
  DELETING,
  /** A state this SDK does not know, or none was reported. */
  UNKNOWN;

  /**
   * Reads a state the service reported, ignoring case and surrounding blanks.
   *
   * @param raw the reported value, may be null
   * @return the state, or {@link #UNKNOWN} for null or an unrecognised value
   */
  public static AddonState fromValue(String raw) {
    if (raw != null) {
      String v = raw.trim().toUpperCase(Locale.ROOT);
      for (AddonState s : values()) {
        if (s != UNKNOWN && s.name().equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
