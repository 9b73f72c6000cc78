package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The documented ACK fee rules as data: the cluster management fee per {@link ClusterEdition} and
 * {@link BillingSite}, the hybrid node management fee, the time zone billing hours are counted in,
 * and the product code ACK's fee lines are looked up under. {@link #defaults()} holds the published
 * rules with their sources; the builder overrides any of them, for example with a negotiated price
 * or a confirmed product code. What an account really pays is what its bills say; these rules only
 * estimate. Immutable.
 *
 * <pre>{@code
 * FeeSchedule mine = FeeSchedule.builder()
 *     .proClusterHourlyFee(BillingSite.INTERNATIONAL, Money.of("0.08", "USD"))
 *     .ackProductCode("csk")
 *     .build();
 * }</pre>
 */
public final class FeeSchedule {
  /**
   * The time zone of billing cycles: ACK bills the management fee per clock hour aligned to UTC+8
   * (e.g. 10:00-11:00), and BSS billing cycles and dates are UTC+8.
   * Source: https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee
   * (last updated 2024-12-18).
   */
  public static final ZoneOffset BILLING_ZONE = ZoneOffset.ofHours(8);

  /**
   * ACK managed Pro cluster management fee on the international site: USD 0.09 per cluster per
   * hour, pay-as-you-go ("prices may vary by region; your actual bill reflects the final charge").
   * Source: https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/product-overview/ack-pro-cluster-billing
   * (last updated 2026-03-26; copies of 2025-01-20 and 2025-08-13 say the same).
   */
  public static final Money PRO_FEE_PER_HOUR_INTERNATIONAL = Money.of("0.09", "USD");

  /** The source of {@link #PRO_FEE_PER_HOUR_INTERNATIONAL}, last updated 2026-03-26. */
  public static final URI PRO_FEE_SOURCE_INTERNATIONAL = URI.create(
      "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/product-overview/ack-pro-cluster-billing");

  /** The "last updated" date of {@link #PRO_FEE_SOURCE_INTERNATIONAL}: 2026-03-26. */
  public static final LocalDate PRO_FEE_AS_OF_INTERNATIONAL = LocalDate.of(2026, 3, 26);

  /**
   * ACK managed Pro cluster management fee on the China site: CNY 0.64 per cluster per hour,
   * pay-as-you-go (an ACK resource plan may offset it).
   * Source: https://help.aliyun.com/zh/ack/ack-managed-and-ack-dedicated/product-overview/ack-pro-cluster-billing
   * (the page showed no date; read alongside the international page of 2026-03-26).
   */
  public static final Money PRO_FEE_PER_HOUR_CHINA = Money.of("0.64", "CNY");

  /** The source of {@link #PRO_FEE_PER_HOUR_CHINA}; the page showed no date. */
  public static final URI PRO_FEE_SOURCE_CHINA = URI.create(
      "https://help.aliyun.com/zh/ack/ack-managed-and-ack-dedicated/product-overview/ack-pro-cluster-billing");

  /**
   * ACK One registered clusters: "No cluster management fee applies to registered clusters"; the
   * ACK One platform, registered cluster management included, is free.
   * Source: https://www.alibabacloud.com/help/en/ack/ack-one-billing (the page showed no date).
   */
  public static final URI REGISTERED_FEE_SOURCE = URI.create("https://www.alibabacloud.com/help/en/ack/ack-one-billing");

  /**
   * Hybrid cloud node pools: the "management fee for hybrid cloud nodes" is currently waived during
   * the preview; no price and no start date are published.
   * Source: https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/hybrid-cloud-node-pool
   * (the page showed no date).
   */
  public static final URI HYBRID_NODE_FEE_SOURCE = URI.create(
      "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/hybrid-cloud-node-pool");

  /**
   * The BSS product code ACK's fee lines are assumed to carry: {@code csk}. UNVERIFIED: no official
   * page states it; it is inferred from ACK's commodity codes {@code csk_propayasgo_public_cn} and
   * {@code csk_propayasgo_public_intl} in the activation links of the ACK quick-start pages (read
   * 2026). Set the confirmed code with {@link Builder#ackProductCode(String)}, or discover it from
   * {@code QueryBillOverview}.
   */
  public static final String DEFAULT_ACK_PRODUCT_CODE = "csk";

  /** The console's billing item name of the Pro cluster fee, from the Pro cluster billing pages. */
  public static final String PRO_FEE_BILLING_ITEM = "ACK Pro Pricing";

  private static final FeeSchedule DEFAULTS = defaultSchedule();

  private final Map<ClusterEdition, Map<BillingSite, ClusterFeeRule>> clusterFees;
  private final Map<BillingSite, HybridNodeFee> hybridNodeFees;
  private final String ackProductCode;
  private final ZoneOffset billingZone;

  private FeeSchedule(Builder b) {
    EnumMap<ClusterEdition, Map<BillingSite, ClusterFeeRule>> fees = new EnumMap<>(ClusterEdition.class);
    b.clusterFees.forEach((edition, bySite) -> fees.put(edition, new EnumMap<>(bySite)));
    this.clusterFees = fees;
    this.hybridNodeFees = new EnumMap<>(b.hybridNodeFees);
    this.ackProductCode = b.ackProductCode;
    this.billingZone = b.billingZone;
  }

  /**
   * Returns the published rules: ACK managed Pro at {@link #PRO_FEE_PER_HOUR_CHINA} and
   * {@link #PRO_FEE_PER_HOUR_INTERNATIONAL} per cluster-hour with the first and last hourly cycle
   * free; Basic, dedicated and registered clusters free; the hybrid node fee waived without a
   * price; cycles in {@link #BILLING_ZONE}; product code {@link #DEFAULT_ACK_PRODUCT_CODE}.
   *
   * @return the default schedule
   */
  public static FeeSchedule defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from {@link #defaults()} to override some rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * Returns a builder preset with this schedule.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    clusterFees.forEach((edition, bySite) -> b.clusterFees.put(edition, new EnumMap<>(bySite)));
    b.hybridNodeFees.putAll(hybridNodeFees);
    b.ackProductCode = ackProductCode;
    b.billingZone = billingZone;
    return b;
  }

  /**
   * Returns the management fee rule of an edition on a site.
   *
   * @param edition the cluster edition
   * @param site the billing site
   * @return the rule
   * @throws ValidationException if an argument is null
   */
  public ClusterFeeRule clusterFee(ClusterEdition edition, BillingSite site) {
    Validate.notNull(edition, "feeSchedule.edition");
    Validate.notNull(site, "feeSchedule.site");
    return clusterFees.get(edition).get(site);
  }

  /**
   * Returns the hybrid node management fee on a site.
   *
   * @param site the billing site
   * @return the fee, waived without a price unless overridden
   * @throws ValidationException if the site is null
   */
  public HybridNodeFee hybridNodeFee(BillingSite site) {
    return hybridNodeFees.get(Validate.notNull(site, "feeSchedule.site"));
  }

  /**
   * Returns the BSS product code ACK's fee lines are looked up under.
   *
   * @return the product code ({@link #DEFAULT_ACK_PRODUCT_CODE}, unverified, unless overridden)
   */
  public String ackProductCode() {
    return ackProductCode;
  }

  /**
   * Returns the zone whose clock hours and months the fee is counted in.
   *
   * @return the zone ({@link #BILLING_ZONE} unless overridden)
   */
  public ZoneOffset billingZone() {
    return billingZone;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FeeSchedule)) {
      return false;
    }
    FeeSchedule other = (FeeSchedule) o;
    return clusterFees.equals(other.clusterFees) && hybridNodeFees.equals(other.hybridNodeFees)
        && ackProductCode.equals(other.ackProductCode) && billingZone.equals(other.billingZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterFees, hybridNodeFees, ackProductCode, billingZone);
  }

  @Override
  public String toString() {
    return "FeeSchedule{proFee=" + clusterFee(ClusterEdition.MANAGED_PRO, BillingSite.CHINA).hourlyPrice()
        .map(Money::toString).orElse("free") + "/h (China), "
        + clusterFee(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL).hourlyPrice()
        .map(Money::toString).orElse("free") + "/h (international), ackProductCode=" + ackProductCode
        + ", billingZone=" + billingZone + "}";
  }

  private static FeeSchedule defaultSchedule() {
    Builder b = new Builder();
    b.clusterFee(ClusterFeeRule.builder().edition(ClusterEdition.MANAGED_PRO).site(BillingSite.INTERNATIONAL)
        .hourlyPrice(PRO_FEE_PER_HOUR_INTERNATIONAL).billingItem(PRO_FEE_BILLING_ITEM)
        .source(PRO_FEE_SOURCE_INTERNATIONAL).asOf(PRO_FEE_AS_OF_INTERNATIONAL).build());
    b.clusterFee(ClusterFeeRule.builder().edition(ClusterEdition.MANAGED_PRO).site(BillingSite.CHINA)
        .hourlyPrice(PRO_FEE_PER_HOUR_CHINA).billingItem(PRO_FEE_BILLING_ITEM)
        .source(PRO_FEE_SOURCE_CHINA).build());
    for (BillingSite site : BillingSite.values()) {
      URI proPage = site == BillingSite.CHINA ? PRO_FEE_SOURCE_CHINA : PRO_FEE_SOURCE_INTERNATIONAL;
      for (ClusterEdition free : new ClusterEdition[] {ClusterEdition.MANAGED_BASIC, ClusterEdition.DEDICATED}) {
        ClusterFeeRule.Builder rule = ClusterFeeRule.builder().edition(free).site(site).source(proPage);
        if (site == BillingSite.INTERNATIONAL) {
          rule.asOf(PRO_FEE_AS_OF_INTERNATIONAL);
        }
        b.clusterFee(rule.build());
      }
      b.clusterFee(ClusterFeeRule.builder().edition(ClusterEdition.REGISTERED).site(site)
          .source(REGISTERED_FEE_SOURCE).build());
      b.hybridNodeFee(site, HybridNodeFee.builder().status(FeeStatus.WAIVED_PREVIEW)
          .source(HYBRID_NODE_FEE_SOURCE).build());
    }
    return b.build();
  }

  /** Builds a {@link FeeSchedule}; starts from the defaults when made by {@link FeeSchedule#builder()}. */
  public static final class Builder {
    private final Map<ClusterEdition, Map<BillingSite, ClusterFeeRule>> clusterFees =
        new EnumMap<>(ClusterEdition.class);
    private final Map<BillingSite, HybridNodeFee> hybridNodeFees = new EnumMap<>(BillingSite.class);
    private String ackProductCode = DEFAULT_ACK_PRODUCT_CODE;
    private ZoneOffset billingZone = BILLING_ZONE;

    private Builder() {}

    /**
     * Sets the rule for the rule's own edition and site, replacing the one there.
     *
     * @param rule the rule
     * @return this builder
     * @throws ValidationException if the rule is null
     */
    public Builder clusterFee(ClusterFeeRule rule) {
      Validate.notNull(rule, "feeSchedule.clusterFee");
      clusterFees.computeIfAbsent(rule.edition(), e -> new EnumMap<>(BillingSite.class)).put(rule.site(), rule);
      return this;
    }

    /**
     * Replaces the hourly price of the ACK managed Pro fee on a site, keeping its other rules;
     * the as-of date is cleared, since the price is no longer the one the source page shows.
     *
     * @param site the site
     * @param price the price of one billed cluster-hour
     * @return this builder
     * @throws ValidationException if an argument is null or the price is negative
     */
    public Builder proClusterHourlyFee(BillingSite site, Money price) {
      Validate.notNull(site, "feeSchedule.site");
      Validate.notNull(price, "feeSchedule.proClusterHourlyFee");
      ClusterFeeRule current = clusterFees.get(ClusterEdition.MANAGED_PRO).get(site);
      return clusterFee(current.toBuilder().hourlyPrice(price).asOf(Optional.empty()).build());
    }

    /**
     * Sets the hybrid node management fee of a site, for example a price quoted to the caller.
     *
     * @param site the site
     * @param fee the fee
     * @return this builder
     * @throws ValidationException if an argument is null
     */
    public Builder hybridNodeFee(BillingSite site, HybridNodeFee fee) {
      hybridNodeFees.put(Validate.notNull(site, "feeSchedule.site"),
          Validate.notNull(fee, "feeSchedule.hybridNodeFee"));
      return this;
    }

    /**
     * Sets the BSS product code ACK's fee lines carry, once confirmed for the account.
     *
     * @param productCode 1-64 characters
     * @return this builder
     * @throws ValidationException if the code is blank or too long
     */
    public Builder ackProductCode(String productCode) {
      this.ackProductCode = RequestChecks.text(productCode, "feeSchedule.ackProductCode", 64);
      return this;
    }

    /**
     * Sets the zone whose clock hours and months the fee is counted in.
     *
     * @param zone the zone offset
     * @return this builder
     * @throws ValidationException if the zone is null
     */
    public Builder billingZone(ZoneOffset zone) {
      this.billingZone = Validate.notNull(zone, "feeSchedule.billingZone");
      return this;
    }

    /**
     * Builds the schedule.
     *
     * @return the schedule
     * @throws ValidationException if a rule for some edition and site is missing
     */
    public FeeSchedule build() {
      for (ClusterEdition edition : ClusterEdition.values()) {
        for (BillingSite site : BillingSite.values()) {
          if (!clusterFees.containsKey(edition) || !clusterFees.get(edition).containsKey(site)) {
            throw new ValidationException("feeSchedule.clusterFee", "must be set for " + edition + " on " + site);
          }
        }
      }
      for (BillingSite site : BillingSite.values()) {
        if (!hybridNodeFees.containsKey(site)) {
          throw new ValidationException("feeSchedule.hybridNodeFee", "must be set for " + site);
        }
      }
      return new FeeSchedule(this);
    }
  }
}
