package io.github.ackhybrid.cluster.model;

import java.util.Locale;
import java.util.Map;

/**
 * The state of an asynchronous ACK task ({@code DescribeTaskInfo}). The service spells some states
 * several ways across task kinds; each spelling maps to one constant here, and
 * {@link ClusterTask#stateAsString()} keeps the raw value. Open: an unrecognised value reads as
 * {@link #UNKNOWN}.
 */
public enum TaskState {
  /** Queued, not started ({@code pending}). */
  PENDING,
  /** In progress ({@code running}). */
  RUNNING,
  /** Paused, as pausable upgrade tasks can be ({@code paused}). */
  PAUSED,
  /** Finished successfully ({@code success} or {@code succeeded}). */
  SUCCESS,
  /** Finished with an error ({@code failed}, {@code fail} or {@code error}). */
  FAILED,
  /** Cancelled ({@code canceled} or {@code cancelled}). */
  CANCELED,
  /** A state this SDK does not know, or none was reported. */
  UNKNOWN;

  private static final Map<String, TaskState> SPELLINGS = Map.ofEntries(
      Map.entry("pending", PENDING),
      Map.entry("running", RUNNING),
      Map.entry("paused", PAUSED),
      Map.entry("success", SUCCESS),
      Map.entry("succeeded", SUCCESS),
      Map.entry("failed", FAILED),
      Map.entry("fail", FAILED),
      Map.entry("error", FAILED),
      Map.entry("canceled", CANCELED),
      Map.entry("cancelled", CANCELED));

  /**
   * Reads a state the service reported, ignoring case and surrounding blanks.
   *
   * @param raw the reported value, may be null
   * @return the state, or {@link #UNKNOWN} for null or an unrecognised value
   */
  public static TaskState fromValue(String raw) {
    return raw == null ? UNKNOWN : SPELLINGS.getOrDefault(raw.trim().toLowerCase(Locale.ROOT), UNKNOWN);
  }

  /**
   * Tells whether the task has stopped for good, successfully or not.
   *
   * @return true for {@link #SUCCESS}, {@link #FAILED} and {@link #CANCELED}
   */
  public boolean isFinished() {
    return this == SUCCESS || this == FAILED || this == CANCELED;
  }
}
