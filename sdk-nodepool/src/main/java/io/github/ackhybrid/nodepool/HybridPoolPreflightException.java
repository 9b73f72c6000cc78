package io.github.ackhybrid.nodepool;

import java.util.List;

/**
 * The cluster cannot host a hybrid cloud node pool yet. Raised before anything is sent; the
 * message and {@link #failures()} list every reason, each with what to do about it.
 */
public class HybridPoolPreflightException extends PreflightException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failures every failed condition, at least one
   */
  public HybridPoolPreflightException(List<PreflightFailure> failures) {
    super(HybridPoolPreflight.PURPOSE, failures);
  }
}
