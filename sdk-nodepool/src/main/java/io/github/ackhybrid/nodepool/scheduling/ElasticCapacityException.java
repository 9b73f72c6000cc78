package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.exception.SdkException;
import java.util.Objects;

/**
 * An {@link ElasticCapacityPlan} does not fit the cluster as it is: the cluster is neither ACK
 * managed Pro nor registered, the hybrid pool does not exist or is not a hybrid pool, the burst
 * pool's name matches a pool that cannot burst, and the like. Raised after the cluster and its
 * pools were read but before anything was changed; the message says what to fix.
 *
 * @serial exclude
 */
public class ElasticCapacityException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the plan field that does not fit, such as {@code elasticCapacityPlan.hybridPoolId}
   * @param message what does not fit, and what to do
   */
  public ElasticCapacityException(String field, String message) {
    super(field + " " + message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Returns the plan field that does not fit the cluster.
   *
   * @return the dotted field name
   */
  public String field() {
    return field;
  }
}
