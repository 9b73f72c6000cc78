package io.github.ackhybrid.core.exception;

import java.util.Objects;

/**
 * A request or setting was rejected on the client, before anything was sent over the network.
 * The message names the field and the rule it broke, for example
 * {@code nodePool.name must be 1-63 characters [a-z0-9-], was ""}.
 */
public class ValidationException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates a validation failure for one field.
   *
   * @param field the dotted name of the offending field, such as {@code nodePool.name}
   * @param rule the rule it broke, phrased to follow the field name (e.g. "must not be blank")
   */
  public ValidationException(String field, String rule) {
    super(Objects.requireNonNull(field, "field") + " " + Objects.requireNonNull(rule, "rule"));
    this.field = field;
  }

  /**
   * Returns the dotted name of the field that failed validation.
   *
   * @return the field name, never null
   */
  public String field() {
    return field;
  }
}
