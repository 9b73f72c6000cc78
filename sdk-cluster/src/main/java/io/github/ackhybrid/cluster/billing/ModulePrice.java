package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/**
 * The price of one module of a configuration ({@code ModuleDetail} of {@code GetPayAsYouGoPrice}).
 */
@ModelStyle
@Value.Immutable
public abstract class ModulePrice {
  /**
   * Returns the module code, such as {@code InstanceType}.
   *
   * @return the code
   */
  public abstract String moduleCode();

  /**
   * Returns the price before discounts.
   *
   * @return the amount
   */
  public abstract Money originalCost();

  /**
   * Returns the discount.
   *
   * @return the amount
   */
  public abstract Money invoiceDiscount();

  /**
   * Returns the price after discounts.
   *
   * @return the amount
   */
  public abstract Money costAfterDiscount();

  /**
   * Returns the unit price.
   *
   * @return the amount
   */
  public abstract Money unitPrice();

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModulePrice}. */
  public static final class Builder extends ImmutableModulePrice.Builder {}
}
