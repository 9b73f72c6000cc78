package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.SdkException;
import java.util.Objects;

/**
 * The operation does not apply to this kind of node pool, such as scaling a hybrid cloud node pool,
 * whose servers the cloud cannot create. Raised before the operation is sent; the message says
 * what to do instead.
 *
 * @serial exclude
 */
public class UnsupportedPoolOperationException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String nodePoolId;
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param nodePoolId the pool
   * @param operation the API operation that does not apply, such as {@code ScaleClusterNodePool}
   * @param message why, and what to do instead
   */
  public UnsupportedPoolOperationException(String nodePoolId, String operation, String message) {
    super(message);
    this.nodePoolId = Objects.requireNonNull(nodePoolId, "nodePoolId");
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /**
   * Returns the pool the operation was meant for.
   *
   * @return the pool id
   */
  public String nodePoolId() {
    return nodePoolId;
  }

  /**
   * Returns the API operation that does not apply.
   *
   * @return the operation name
   */
  public String operation() {
    return operation;
  }
}
