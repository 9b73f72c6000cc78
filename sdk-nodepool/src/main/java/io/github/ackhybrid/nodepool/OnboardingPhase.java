package io.github.ackhybrid.nodepool;

/** Where one server is in onboarding, as reported to the progress callback. */
public enum OnboardingPhase {
  /** The runner was handed the server and its attach script. */
  COMMAND_STARTED,
  /** The runner reported the command finished; the SDK now waits for the node to be Ready. */
  COMMAND_SUCCEEDED,
  /** The server's node is Ready. Final. */
  JOINED,
  /** The command failed or no attach script could be had. Final. */
  FAILED,
  /** The deadline passed first. Final. */
  TIMED_OUT
}
