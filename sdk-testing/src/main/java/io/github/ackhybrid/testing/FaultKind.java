package io.github.ackhybrid.testing;

/** The failures {@link Faults} can inject into calls. */
public enum FaultKind {
  /** Refused by flow control: {@code Throttling.User}, HTTP 400 or 429, nothing carried out. */
  THROTTLE(false),
  /** HTTP 500 {@code InternalError}, nothing carried out. */
  SERVER_ERROR(false),
  /** HTTP 503 {@code ServiceUnavailable}, nothing carried out. */
  SERVICE_UNAVAILABLE(false),
  /** The call is carried out and its answer held back for a while before the status line. */
  DELAY(true),
  /** The connection is closed once the request is read, before the call is carried out. */
  DROP_BEFORE_ACTING(false),
  /**
   * The call is carried out, then the connection is closed without an answer: the client cannot
   * tell whether its write happened, which is what write-safety tests need.
   */
  DROP_AFTER_ACTING(true),
  /** The call is carried out and answered 200 with a body that is not valid JSON. */
  MALFORMED_BODY(true),
  /** The call is carried out and the connection closed halfway through the answer's body. */
  TRUNCATED_BODY(true);

  private final boolean acts;

  FaultKind(boolean acts) {
    this.acts = acts;
  }

  /**
   * Tells whether a call hit by this fault is still carried out (state changes happen).
   *
   * @return true if the call acts before the fault shows
   */
  public boolean acts() {
    return acts;
  }
}
