package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code Data} of {@code GetPayAsYouGoPrice}: module prices and promotions, each list wrapped
 * in an object as the Query*-style operations do.
 *
 * @param currency {@code Currency}
 * @param moduleDetails {@code ModuleDetails}
 * @param promotionDetails {@code PromotionDetails}
 */
record WirePrice(
    @JsonProperty("Currency") String currency,
    @JsonProperty("ModuleDetails") ModuleDetails moduleDetails,
    @JsonProperty("PromotionDetails") PromotionDetails promotionDetails) {

  /**
   * {@code {"ModuleDetail": [...]}}.
   *
   * @param moduleDetail the module prices
   */
  record ModuleDetails(@JsonProperty("ModuleDetail") List<Module> moduleDetail) {}

  /**
   * {@code {"PromotionDetail": [...]}}.
   *
   * @param promotionDetail the promotions
   */
  record PromotionDetails(@JsonProperty("PromotionDetail") List<Promotion> promotionDetail) {}

  /**
   * One module price.
   *
   * @param moduleCode {@code ModuleCode}
   * @param originalCost {@code OriginalCost}
   * @param invoiceDiscount {@code InvoiceDiscount}
   * @param costAfterDiscount {@code CostAfterDiscount}
   * @param unitPrice {@code UnitPrice}
   */
  record Module(
      @JsonProperty("ModuleCode") String moduleCode,
      @JsonProperty("OriginalCost") @JsonDeserialize(using = WireAmount.class) BigDecimal originalCost,
      @JsonProperty("InvoiceDiscount") @JsonDeserialize(using = WireAmount.class) BigDecimal invoiceDiscount,
      @JsonProperty("CostAfterDiscount") @JsonDeserialize(using = WireAmount.class) BigDecimal costAfterDiscount,
      @JsonProperty("UnitPrice") @JsonDeserialize(using = WireAmount.class) BigDecimal unitPrice) {}

  /**
   * One promotion.
   *
   * @param promotionId {@code PromotionId}
   * @param promotionName {@code PromotionName}
   * @param promotionDesc {@code PromotionDesc}
   */
  record Promotion(
      @JsonProperty("PromotionId") Long promotionId,
      @JsonProperty("PromotionName") String promotionName,
      @JsonProperty("PromotionDesc") String promotionDesc) {}
}
