package io.github.ackhybrid.testing.internal.bss;

import io.github.ackhybrid.testing.internal.Ids;
import io.github.ackhybrid.testing.internal.InstanceUsage;
import io.github.ackhybrid.testing.internal.ack.ClusterStore;
import io.github.ackhybrid.testing.internal.ack.SimCluster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The simulated account's money: its settings (currency, the Pro cluster fee, ACK's product code,
 * how long paging tokens live), its balance, the charges tests added, and the management fee lines
 * generated from the clusters' lifetimes. Touched only under the state lock.
 *
 * <p>The fee follows billing.md §1.2: hourly cycles aligned to the top of the hour in UTC+8; the
 * cycle the cluster was created in and the cycle it was released in are free; every whole cycle
 * in between is billed once it has ended. A cluster's release is the moment its deletion finished
 * (the fee is charged while it is being removed). Registered and Basic ({@code ack.standard})
 * clusters pay nothing, and a cluster whose creation failed is not billed.
 *
 * <p>Pay-as-you-go ECS nodes of node pools (auto-scaled ones included; hybrid servers are the
 * customer's and bill nothing) are billed from their lifetimes at {@link InstancePrices}'
 * simulated prices: one {@code ecs} record per UTC+8 clock hour the node lived in, for the seconds
 * it lived in that hour, once the hour has ended, tagged {@code ack.aliyun.com=<cluster>} and
 * {@code ack.alibabacloud.com/nodepool-id=<pool>}.
 */
public final class BillingLedger {
  /** The tag ACK puts on a cluster and its resources, valued with the cluster id. */
  static final String CLUSTER_TAG = "ack.aliyun.com";
  /** The tag ACK puts on a node pool's nodes. */
  static final String NODE_POOL_TAG = "ack.alibabacloud.com/nodepool-id";
  /** Billing cycles and days are UTC+8 (billing.md §1.2, §2.1). */
  static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
  /** The billing item of the Pro cluster fee (billing.md §1.2). */
  static final String PRO_FEE_ITEM = "ACK Pro Pricing";
  /** The simulated account's id. */
  static final String ACCOUNT_ID = "1234567890123456";
  /** The simulated account's name. */
  static final String ACCOUNT_NAME = "sim@example.aliyunid.com";

  /** China site list price, CNY 0.64 per cluster-hour (billing.md §1.1). */
  public static final BigDecimal DEFAULT_PRO_FEE = new BigDecimal("0.64");
  /** The China site's currency, matching the simulator's region. */
  public static final String DEFAULT_CURRENCY = "CNY";
  /** billing.md §2.10: unverified, most likely {@code csk}; the SDK defaults to the same. */
  public static final String DEFAULT_ACK_PRODUCT_CODE = "csk";
  /** No source gives a token lifetime; a day of simulated time outlives any paging loop. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(1);
  /** The balance a fresh account holds. */
  public static final BigDecimal DEFAULT_BALANCE = new BigDecimal("10000.00");

  private final ClusterStore clusters;
  private final Supplier<List<InstanceUsage>> instances;
  private final List<Charge> added = new ArrayList<>();
  private final TokenPages tokens = new TokenPages();
  private BigDecimal proFee;
  private String currency;
  private String ackProductCode;
  private BigDecimal balance;

  /**
   * Creates the ledger.
   *
   * @param clusters the cluster store whose lifetimes are billed
   * @param instances the lifetimes of the pay-as-you-go ECS nodes to bill
   */
  public BillingLedger(ClusterStore clusters, Supplier<List<InstanceUsage>> instances) {
    this.clusters = clusters;
    this.instances = instances;
    reset();
  }

  /** Forgets added charges and tokens and restores every default setting. */
  void reset() {
    added.clear();
    tokens.clear();
    tokens.lifetime(DEFAULT_TOKEN_LIFETIME);
    proFee = DEFAULT_PRO_FEE;
    currency = DEFAULT_CURRENCY;
    ackProductCode = DEFAULT_ACK_PRODUCT_CODE;
    balance = DEFAULT_BALANCE;
  }

  /**
   * Adds a charge for one instance in one month.
   *
   * @param clusterId the cluster the instance is tagged with, empty for an untagged resource
   * @param nodePoolId the node pool it is tagged with, if any
   * @param instanceId the instance id
   * @param productCode the BSS product code, such as {@code ecs}
   * @param amount the pre-tax amount in the account currency
   * @param cycle the month; the charge is dated its first day
   */
  public void addCharge(Optional<String> clusterId, Optional<String> nodePoolId, String instanceId,
      String productCode, BigDecimal amount, YearMonth cycle) {
    Instant start = cycle.atDay(1).atStartOfDay().toInstant(ZONE);
    Instant end = cycle.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZONE);
    added.add(new Charge(Ids.hex("", 20), instanceId, productCode, productCode.toUpperCase(Locale.ROOT),
        productCode, clusterId, nodePoolId, amount, cycle, cycle.atDay(1), start, end));
  }

  /**
   * Sets the Pro cluster fee and the account currency.
   *
   * @param perHour the fee per cluster-hour
   * @param currencyCode the ISO 4217 code every amount is in
   */
  public void proClusterFee(BigDecimal perHour, String currencyCode) {
    this.proFee = perHour;
    this.currency = currencyCode;
  }

  /**
   * Sets the product code the fee lines carry.
   *
   * @param productCode the code
   */
  public void ackProductCode(String productCode) {
    this.ackProductCode = productCode;
  }

  /**
   * Sets the available balance.
   *
   * @param amount the amount in the account currency
   */
  public void balance(BigDecimal amount) {
    this.balance = amount;
  }

  /**
   * Sets how long, in simulated time, a {@code NextToken} stays usable.
   *
   * @param lifetime a positive duration
   */
  public void tokenLifetime(Duration lifetime) {
    tokens.lifetime(lifetime);
  }

  BigDecimal proFee() {
    return proFee;
  }

  String currency() {
    return currency;
  }

  String ackProductCode() {
    return ackProductCode;
  }

  BigDecimal balance() {
    return balance;
  }

  TokenPages tokens() {
    return tokens;
  }

  /**
   * Returns every raw record of a month as of now: fee hours first (clusters oldest first, hours in
   * order), then ECS node hours (nodes oldest first), then added charges in the order they were added.
   */
  List<Charge> charges(YearMonth cycle, Instant now) {
    List<Charge> out = new ArrayList<>();
    for (SimCluster cluster : clusters.history()) {
      feeHours(cluster, cycle, now, out);
    }
    for (InstanceUsage usage : instances.get()) {
      instanceHours(usage, cycle, now, out);
    }
    for (Charge charge : added) {
      if (charge.cycle().equals(cycle)) {
        out.add(charge);
      }
    }
    return out;
  }

  private static void instanceHours(InstanceUsage usage, YearMonth cycle, Instant now, List<Charge> out) {
    Instant monthStart = cycle.atDay(1).atStartOfDay().toInstant(ZONE);
    Instant monthEnd = cycle.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZONE);
    Instant end = usage.end().filter(e -> e.isBefore(now)).orElse(now);
    BigDecimal perHour = InstancePrices.perHour(usage.instanceType());
    Instant hour = usage.start().truncatedTo(ChronoUnit.HOURS);
    for (; hour.isBefore(end) && hour.isBefore(monthEnd); hour = hour.plusSeconds(3600)) {
      Instant hourEnd = hour.plusSeconds(3600);
      if (hour.isBefore(monthStart) || hourEnd.isAfter(now)) {
        continue;
      }
      Instant from = usage.start().isAfter(hour) ? usage.start() : hour;
      Instant until = end.isBefore(hourEnd) ? end : hourEnd;
      long seconds = Duration.between(from, until).getSeconds();
      BigDecimal amount = perHour.multiply(BigDecimal.valueOf(seconds))
          .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
      out.add(new Charge(usage.instanceId() + "-" + hour.getEpochSecond(), usage.instanceId(), "ecs",
          "Elastic Compute Service", "Instance Type", Optional.of(usage.clusterId()), Optional.of(usage.nodePoolId()),
          amount, cycle, LocalDate.ofInstant(hour, ZONE), from, until));
    }
  }

  private void feeHours(SimCluster cluster, YearMonth cycle, Instant now, List<Charge> out) {
    var json = cluster.snapshot();
    if (cluster.registered() || !json.path("cluster_spec").asText().equals("ack.pro.small")
        || json.path("state").asText().equals("failed")) {
      return;
    }
    // UTC+8 is a whole number of hours from UTC, so UTC hour boundaries are the billing cycles.
    Instant firstBilled = cluster.createdAt().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    Instant billedUntil = cluster.removedAt().map(at -> at.truncatedTo(ChronoUnit.HOURS))
        .orElse(now.truncatedTo(ChronoUnit.HOURS));
    Instant monthStart = cycle.atDay(1).atStartOfDay().toInstant(ZONE);
    Instant monthEnd = cycle.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZONE);
    Instant from = firstBilled.isAfter(monthStart) ? firstBilled : monthStart;
    Instant until = billedUntil.isBefore(monthEnd) ? billedUntil : monthEnd;
    for (Instant hour = from; !hour.plus(Duration.ofHours(1)).isAfter(until); hour = hour.plusSeconds(3600)) {
      out.add(new Charge(cluster.id() + "-" + hour.getEpochSecond(), cluster.id(), ackProductCode,
          "Container Service for Kubernetes", PRO_FEE_ITEM, Optional.of(cluster.id()), Optional.empty(),
          proFee, cycle, LocalDate.ofInstant(hour, ZONE), hour, hour.plusSeconds(3600)));
    }
  }
}
