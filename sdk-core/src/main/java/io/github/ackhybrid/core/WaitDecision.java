package io.github.ackhybrid.core;

/**
 * What a {@link Waiter} does after one poll: stop with success, stop with failure, or poll again.
 */
public enum WaitDecision {
  /** The awaited state was reached; the wait ends and returns. */
  SUCCESS,
  /** The awaited state can no longer be reached; the wait ends with a waiter failure. */
  FAILURE,
  /** Not there yet; poll again after the next interval, unless time has run out. */
  RETRY
}
