package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pay-as-you-go list price of a configuration, per module ({@code GetPayAsYouGoPrice}).
 */
@ModelStyle
@Value.Immutable
public abstract class PayAsYouGoPrice {
  /**
   * Returns the currency of every amount.
   *
   * @return an ISO 4217 code
   */
  public abstract String currency();

  /**
   * Returns the price of each module.
   *
   * @return the module prices, in the order the service listed them
   */
  public abstract List<ModulePrice> modules();

  /**
   * Returns the promotions that apply.
   *
   * @return the promotions, possibly empty
   */
  public abstract List<Promotion> promotions();

  /**
   * Returns the service's id for the request, to quote to support.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> requestId();

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PayAsYouGoPrice}. */
  public static final class Builder extends ImmutablePayAsYouGoPrice.Builder {}
}
