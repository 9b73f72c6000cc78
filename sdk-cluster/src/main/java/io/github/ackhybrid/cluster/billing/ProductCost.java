package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** What one product cost in one currency, summed over bill lines. */
@ModelStyle
@Value.Immutable
public abstract class ProductCost {
  /**
   * Returns the product code, such as {@code ecs}.
   *
   * @return the code, empty when the bills named none
   */
  public abstract String productCode();

  /**
   * Returns the product's display name.
   *
   * @return the name, if a bill gave one
   */
  public abstract Optional<String> productName();

  /**
   * Returns the sum of the amounts due.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns how many bill lines were added up.
   *
   * @return the number of bill lines
   */
  public abstract int lineCount();

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductCost}. */
  public static final class Builder extends ImmutableProductCost.Builder {}
}
