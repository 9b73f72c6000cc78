package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Asks for the pay-as-you-go list price of a product configuration ({@code GetPayAsYouGoPrice}).
 * The product code comes from {@code QueryProductList} and the modules from
 * {@code DescribePricingModule}. The modules of the ACK cluster fee are not documented, so the ACK
 * management fee is priced by {@link FeeSchedule} instead.
 */
@ModelStyle
@Value.Immutable
public abstract class GetPayAsYouGoPriceRequest {
  /** How many modules one query may price. */
  public static final int MAX_MODULES = 50;
  private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

  /**
   * Returns the product to price, such as {@code ecs}. Required.
   *
   * @return the product code
   */
  public abstract String productCode();

  /**
   * Returns the product type, where the product needs one.
   *
   * @return the product type
   */
  public abstract Optional<String> productType();

  /**
   * Returns the region the instance would run in, such as {@code cn-hangzhou} (not the API
   * endpoint).
   *
   * @return the region id
   */
  public abstract Optional<String> region();

  /**
   * Returns the parts of the configuration to price.
   *
   * @return 1-50 modules
   */
  public abstract List<PricingModule> modules();

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the values; throws {@link ValidationException} naming the field. */
  @Value.Check
  protected void check() {
    RequestChecks.text(productCode(), "getPayAsYouGoPriceRequest.productCode", 64);
    RequestChecks.optionalText(productType(), "getPayAsYouGoPriceRequest.productType", 64);
    region().ifPresent(r -> {
      if (!REGION.matcher(r).matches() || r.length() > 64) {
        throw new ValidationException("getPayAsYouGoPriceRequest.region",
            "must be a region id such as cn-hangzhou, was " + Validate.quote(r));
      }
    });
    if (modules().isEmpty() || modules().size() > MAX_MODULES) {
      throw new ValidationException("getPayAsYouGoPriceRequest.modules", "must hold 1-" + MAX_MODULES
          + " modules, was " + modules().size());
    }
  }

  /** Builds a {@link GetPayAsYouGoPriceRequest}. */
  public static final class Builder extends ImmutableGetPayAsYouGoPriceRequest.Builder {
    /**
     * Builds the request.
     *
     * @return the request
     * @throws ValidationException if the product code is missing or a value is invalid
     */
    @Override
    public GetPayAsYouGoPriceRequest build() {
      return RequestChecks.requireSet(super::build, "getPayAsYouGoPriceRequest", "productCode");
    }
  }
}
