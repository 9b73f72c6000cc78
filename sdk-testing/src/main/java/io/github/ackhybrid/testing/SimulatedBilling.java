package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.bss.BillingLedger;
import io.github.ackhybrid.testing.internal.bss.BssService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The simulated account's billing, reached as {@link CloudSimulator#billing()}. The BSS endpoints
 * bill the simulated clusters by themselves: each Pro cluster ({@code ack.pro.small}) pays the
 * management fee for every whole UTC+8 clock hour between the hour it was created in and the hour
 * its deletion finished (both free), once the hour has ended, as one {@code ACK Pro Pricing}
 * record per hour with {@code InstanceID} = the cluster id, the tag {@code ack.aliyun.com=<id>}
 * and product code {@code csk}; registered and Basic clusters
 * pay nothing. Pay-as-you-go ECS nodes of node pools, auto-scaled ones included, bill the seconds
 * they lived in each ended UTC+8 clock hour at a simulated price of 0.50 per vCPU-hour (2.00 for
 * {@code ecs.g7.xlarge}; not a real price), as {@code ecs} records with {@code InstanceID} = the
 * instance id and the tags {@code ack.aliyun.com=<cluster>} and
 * {@code ack.alibabacloud.com/nodepool-id=<pool>}; hybrid servers are the customer's and bill
 * nothing. Here a test adds the other resources' charges, sets the balance, prices and
 * the account currency, and shortens the life of paging tokens.
 *
 * <p>Defaults, restored by {@link CloudSimulator#reset()}: CNY, CNY 0.64 per Pro cluster-hour
 * (the China site list price), a balance of 10000.00, tokens valid for one simulated day.
 * Thread-safe.
 */
public final class SimulatedBilling {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final CloudState state;
  private final BillingLedger ledger;
  private final BssService service;

  SimulatedBilling(CloudState state, BillingLedger ledger, BssService service) {
    this.state = state;
    this.ledger = ledger;
    this.service = service;
  }

  /**
   * Adds a charge for a resource ACK created for a cluster (an ECS node, its disk, the API
   * server's SLB): the bill line carries the tag {@code ack.aliyun.com=<clusterId>}.
   *
   * @param clusterId the cluster id the resource is tagged with
   * @param instanceId the billed instance id, such as {@code i-bp1...}
   * @param productCode the BSS product code, such as {@code ecs}, {@code disk} or {@code slb}
   * @param amount the pre-tax amount in the account currency, zero or positive
   * @param cycle the billing month; the charge is dated its first day
   * @throws ValidationException if a value is null, blank or negative
   */
  public void addClusterCharge(String clusterId, String instanceId, String productCode, BigDecimal amount,
      YearMonth cycle) {
    add(Optional.of(Validate.notBlank(clusterId, "clusterId")), Optional.empty(), instanceId, productCode,
        amount, cycle);
  }

  /**
   * Adds a charge for a node of a node pool: the bill line carries the tags
   * {@code ack.aliyun.com=<clusterId>} and {@code ack.alibabacloud.com/nodepool-id=<nodePoolId>}.
   *
   * @param clusterId the cluster id
   * @param nodePoolId the node pool id
   * @param instanceId the billed instance id
   * @param productCode the BSS product code
   * @param amount the pre-tax amount in the account currency, zero or positive
   * @param cycle the billing month
   * @throws ValidationException if a value is null, blank or negative
   */
  public void addNodePoolCharge(String clusterId, String nodePoolId, String instanceId, String productCode,
      BigDecimal amount, YearMonth cycle) {
    add(Optional.of(Validate.notBlank(clusterId, "clusterId")),
        Optional.of(Validate.notBlank(nodePoolId, "nodePoolId")), instanceId, productCode, amount, cycle);
  }

  /**
   * Adds a charge for a resource with no cluster tag, which no cluster's cost report may claim.
   *
   * @param instanceId the billed instance id
   * @param productCode the BSS product code
   * @param amount the pre-tax amount in the account currency, zero or positive
   * @param cycle the billing month
   * @throws ValidationException if a value is null, blank or negative
   */
  public void addUntaggedCharge(String instanceId, String productCode, BigDecimal amount, YearMonth cycle) {
    add(Optional.empty(), Optional.empty(), instanceId, productCode, amount, cycle);
  }

  private void add(Optional<String> clusterId, Optional<String> nodePoolId, String instanceId, String productCode,
      BigDecimal amount, YearMonth cycle) {
    Validate.notBlank(instanceId, "instanceId");
    Validate.notBlank(productCode, "productCode");
    nonNegative(amount, "amount");
    Validate.notNull(cycle, "cycle");
    state.locked(now -> {
      ledger.addCharge(clusterId, nodePoolId, instanceId, productCode, amount, cycle);
      return null;
    });
  }

  /**
   * Sets the available balance {@code QueryAccountBalance} reports.
   *
   * @param amount the amount in the account currency; negative for an account in arrears
   * @throws ValidationException if it is null
   */
  public void accountBalance(BigDecimal amount) {
    Validate.notNull(amount, "amount");
    state.locked(now -> {
      ledger.balance(amount);
      return null;
    });
  }

  /**
   * Sets the Pro cluster management fee per cluster-hour and the currency of every amount, for
   * instance {@code 0.09 USD} to play an international-site account.
   *
   * @param perHour the fee, zero or positive
   * @param currency an ISO 4217 code in upper case
   * @throws ValidationException if a value is null, negative or not a currency code
   */
  public void proClusterFee(BigDecimal perHour, String currency) {
    nonNegative(perHour, "perHour");
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      throw new ValidationException("currency", "must be three upper-case letters, was " + Validate.quote(currency));
    }
    state.locked(now -> {
      ledger.proClusterFee(perHour, currency);
      return null;
    });
  }

  /**
   * Sets the product code of the management fee lines (default
   * {@code csk}, unverified against a live account).
   *
   * @param productCode the code
   * @throws ValidationException if it is null or blank
   */
  public void ackProductCode(String productCode) {
    Validate.notBlank(productCode, "productCode");
    state.locked(now -> {
      ledger.ackProductCode(productCode);
      return null;
    });
  }

  /**
   * Sets the hourly price {@code GetPayAsYouGoPrice} quotes for a module of a product other than
   * ACK (ACK modules are quoted at the Pro cluster fee).
   *
   * @param productCode the product code, such as {@code ecs}
   * @param moduleCode the module code, such as {@code InstanceType}
   * @param perHour the price, zero or positive
   * @throws ValidationException if a value is null, blank or negative
   */
  public void payAsYouGoPrice(String productCode, String moduleCode, BigDecimal perHour) {
    Validate.notBlank(productCode, "productCode");
    Validate.notBlank(moduleCode, "moduleCode");
    nonNegative(perHour, "perHour");
    state.locked(now -> {
      service.price(productCode, moduleCode, perHour);
      return null;
    });
  }

  /**
   * Sets how long, in simulated time, a {@code NextToken} stays usable; a later call with it
   * answers 400 {@code InvalidParameter}.
   *
   * @param lifetime a positive duration
   * @throws ValidationException if it is null, zero or negative
   */
  public void tokenLifetime(Duration lifetime) {
    Validate.notNull(lifetime, "lifetime");
    if (lifetime.isZero() || lifetime.isNegative()) {
      throw new ValidationException("lifetime", "must be positive, was " + lifetime);
    }
    state.locked(now -> {
      ledger.tokenLifetime(lifetime);
      return null;
    });
  }

  private static void nonNegative(BigDecimal amount, String field) {
    Validate.notNull(amount, field);
    if (amount.signum() < 0) {
      throw new ValidationException(field, "must not be negative, was " + amount.toPlainString());
    }
  }

  @Override
  public String toString() {
    return "SimulatedBilling{}";
  }
}
