package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.testing.Product;
import java.util.List;
import java.util.Optional;

/**
 * What an expectation matches and what it answers: a literal body, or an error rendered in the
 * product's envelope with the call's request id.
 *
 * @param method the HTTP method to match, any when empty
 * @param path the path template to match, any when empty
 * @param action the operation to match, any when empty
 * @param product the product to match, any when empty
 * @param status the HTTP status to answer
 * @param body the literal body, when the answer is not an error envelope
 * @param errorCode the error code, when the answer is an error envelope
 * @param errorMessage the error message, when the answer is an error envelope
 */
public record ExpectationSpec(Optional<String> method, Optional<PathTemplate> path, Optional<String> action,
    Optional<Product> product, int status, Optional<String> body, Optional<String> errorCode,
    Optional<String> errorMessage) {

  /**
   * Tells whether a call matches.
   *
   * @param callMethod the call's method
   * @param segments the call's decoded path segments
   * @param callAction the call's operation, may be null
   * @param callProduct the call's product, may be null
   * @return true if every given criterion matches
   */
  public boolean matches(String callMethod, List<String> segments, String callAction, Product callProduct) {
    return method.map(m -> m.equalsIgnoreCase(callMethod)).orElse(true)
        && path.map(p -> p.match(segments).isPresent()).orElse(true)
        && action.map(a -> a.equals(callAction)).orElse(true)
        && product.map(p -> p == callProduct).orElse(true);
  }
}
