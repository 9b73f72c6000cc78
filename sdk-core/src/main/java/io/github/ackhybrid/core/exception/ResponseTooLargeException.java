package io.github.ackhybrid.core.exception;

import java.util.OptionalLong;

/**
 * The answer's body was larger than the configured limit ({@code CloudConfig.Builder.maxResponseBytes}
 * or {@code KubeClient.Builder.maxResponseBytes}), so it was not read further and the connection was
 * dropped. Never retried: the same request would bring the same answer. A real service answer this
 * large is unexpected; it usually means a proxy or a misbehaving server in between.
 */
public class ResponseTooLargeException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;
  private final OptionalLong declaredBytes;

  /**
   * Creates the failure.
   *
   * @param operation the operation whose answer was refused
   * @param limitBytes the limit that was exceeded
   * @param declaredBytes the length the response declared in {@code Content-Length}, empty when it
   *     declared none and the limit was found while reading
   */
  public ResponseTooLargeException(String operation, long limitBytes, OptionalLong declaredBytes) {
    super(operation, operation + " refused an answer larger than the limit of " + limitBytes
        + " bytes (maxResponseBytes)" + (declaredBytes.isPresent()
            ? ": it declared " + declaredBytes.getAsLong() + " bytes"
            : ": more arrived before the body ended")
        + "; raise maxResponseBytes if such answers are expected", null);
    this.limitBytes = limitBytes;
    this.declaredBytes = declaredBytes;
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return the limit in bytes
   */
  public long limitBytes() {
    return limitBytes;
  }

  /**
   * Returns the body length the response declared, if it declared one.
   *
   * @return the declared length in bytes
   */
  public OptionalLong declaredBytes() {
    return declaredBytes;
  }
}
