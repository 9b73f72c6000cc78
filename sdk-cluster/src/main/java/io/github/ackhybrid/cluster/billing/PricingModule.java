package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import org.immutables.value.Value;

/**
 * One priced part of a product configuration in a price query, such as an ECS instance type.
 * Module codes and configuration keys come from {@code DescribePricingModule}.
 *
 * <pre>{@code
 * PricingModule.of("InstanceType", "InstanceType:ecs.g5.xlarge,IoOptimized:IoOptimized,ImageOs:linux", PriceType.HOUR)
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class PricingModule {
  /**
   * Returns the module code, such as {@code InstanceType}.
   *
   * @return the code
   */
  public abstract String moduleCode();

  /**
   * Returns the module's configuration as the API expects it: {@code Key:value} pairs joined by
   * commas.
   *
   * @return the configuration text
   */
  public abstract String config();

  /**
   * Returns the unit to quote the price per.
   *
   * @return the price type, never {@link PriceType#UNKNOWN}
   */
  public abstract PriceType priceType();

  /**
   * Creates a module.
   *
   * @param moduleCode the module code
   * @param config the configuration text
   * @param priceType the unit to quote the price per
   * @return the module
   * @throws ValidationException if a value is blank or the price type is UNKNOWN
   */
  public static PricingModule of(String moduleCode, String config, PriceType priceType) {
    Validate.notNull(moduleCode, "pricingModule.moduleCode");
    Validate.notNull(config, "pricingModule.config");
    Validate.notNull(priceType, "pricingModule.priceType");
    return ImmutablePricingModule.builder().moduleCode(moduleCode).config(config).priceType(priceType).build();
  }

  /** Checks the values; throws {@link ValidationException} naming the field. */
  @Value.Check
  protected void check() {
    RequestChecks.text(moduleCode(), "pricingModule.moduleCode", 64);
    RequestChecks.text(config(), "pricingModule.config", 1024);
    if (priceType() == PriceType.UNKNOWN) {
      throw new ValidationException("pricingModule.priceType", "must be a known price type, was UNKNOWN");
    }
  }
}
