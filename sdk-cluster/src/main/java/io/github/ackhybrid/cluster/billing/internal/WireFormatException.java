package io.github.ackhybrid.cluster.billing.internal;

/**
 * A field of a billing answer is not in its documented format. Raised while mapping and turned
 * into a malformed-answer error by the decoder, so the user sees a service error naming the field.
 */
final class WireFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WireFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
