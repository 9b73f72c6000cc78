package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.DefaultBillingClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * What hybrid clusters cost: the account's bills and prices from the Alibaba Cloud billing API
 * (BSS OpenAPI 2017-12-14), the documented ACK fee rules, and per-cluster cost reports.
 *
 * <pre>{@code
 * try (BillingClient billing = BillingClient.create(cloud)) {
 *   CostReport report = billing.clusterCost(clusterId, YearMonth.of(2026, 10));
 *   System.out.print(report.toTable());
 *   FeeEstimate week = billing.estimate(ClusterEdition.MANAGED_PRO, Duration.ofDays(7));
 * }
 * }</pre>
 *
 * <p>Bills are requested from the endpoint of the account's {@link BillingSite}, which follows
 * the account and not the region. Requests are validated before anything is sent: a billing cycle
 * in the future, a page size outside 1-300 or a blank id fail with a {@link ValidationException}.
 * Lists are lazy {@link Paginator}s: nothing is fetched until they are iterated. Every call is a
 * read and may be retried. A {@link BillingSiteMismatchException} means the other site's endpoint
 * is the account's. Thread-safe; close it to release its connections.
 */
public interface BillingClient extends AutoCloseable {

  /**
   * Creates a client with its own transport, on the site the configuration's region suggests.
   *
   * @param config the settings
   * @return the client
   * @throws ValidationException if the configuration is null or its region maps to no billing site
   */
  static BillingClient create(CloudConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts a client with more choices: a shared transport, the billing site, the fee rules.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the site whose billing endpoint this client calls.
   *
   * @return the site
   */
  BillingSite site();

  /**
   * Returns the fee rules this client estimates with.
   *
   * @return the fee schedule
   */
  FeeSchedule feeSchedule();

  /**
   * Returns a month's bill totals per product.
   *
   * @param request what to total
   * @return the overview
   * @throws ValidationException if the request is null or its billing cycle lies in the future
   * @throws ServiceException if the service refuses the call
   * @throws SdkException if the call fails otherwise
   */
  BillOverview queryBillOverview(QueryBillOverviewRequest request);

  /**
   * Like {@link #queryBillOverview(QueryBillOverviewRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return the overview
   * @throws ValidationException if the request is invalid
   */
  default BillOverview queryBillOverview(Consumer<QueryBillOverviewRequest.Builder> request) {
    QueryBillOverviewRequest.Builder b = QueryBillOverviewRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return queryBillOverview(b.build());
  }

  /**
   * Lists a month's bill records (orders and pay-as-you-go bills), fetched by page number as the
   * list is iterated.
   *
   * @param request what to list
   * @return a lazy list of records
   * @throws ValidationException if the request is null or its billing cycle lies in the future
   */
  Paginator<BillRecord> queryBill(QueryBillRequest request);

  /**
   * Like {@link #queryBill(QueryBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of records
   * @throws ValidationException if the request is invalid
   */
  default Paginator<BillRecord> queryBill(Consumer<QueryBillRequest.Builder> request) {
    QueryBillRequest.Builder b = QueryBillRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return queryBill(b.build());
  }

  /**
   * Lists a month's (or day's) bills per instance, fetched by continuation token as the list is
   * iterated: the operation to use for per-instance amounts.
   *
   * @param request what to list
   * @return a lazy list of instance bills
   * @throws ValidationException if the request is null or its billing cycle or date lies in the future
   */
  Paginator<InstanceBill> describeInstanceBill(DescribeInstanceBillRequest request);

  /**
   * Like {@link #describeInstanceBill(DescribeInstanceBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of instance bills
   * @throws ValidationException if the request is invalid
   */
  default Paginator<InstanceBill> describeInstanceBill(Consumer<DescribeInstanceBillRequest.Builder> request) {
    DescribeInstanceBillRequest.Builder b = DescribeInstanceBillRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return describeInstanceBill(b.build());
  }

  /**
   * Lists a month's bills per instance the legacy way, fetched by page number as the list is
   * iterated; the service serves at most 50,000 rows. Prefer
   * {@link #describeInstanceBill(DescribeInstanceBillRequest)}.
   *
   * @param request what to list
   * @return a lazy list of instance bills
   * @throws ValidationException if the request is null or its billing cycle or date lies in the future
   */
  Paginator<InstanceBill> queryInstanceBill(QueryInstanceBillRequest request);

  /**
   * Like {@link #queryInstanceBill(QueryInstanceBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of instance bills
   * @throws ValidationException if the request is invalid
   */
  default Paginator<InstanceBill> queryInstanceBill(Consumer<QueryInstanceBillRequest.Builder> request) {
    QueryInstanceBillRequest.Builder b = QueryInstanceBillRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return queryInstanceBill(b.build());
  }

  /**
   * Lists a month's split bills, optionally narrowed by tags, fetched by continuation token as the
   * list is iterated.
   *
   * @param request what to list
   * @return a lazy list of split bills
   * @throws ValidationException if the request is null or its billing cycle or date lies in the future
   */
  Paginator<SplitItemBill> describeSplitItemBill(DescribeSplitItemBillRequest request);

  /**
   * Like {@link #describeSplitItemBill(DescribeSplitItemBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of split bills
   * @throws ValidationException if the request is invalid
   */
  default Paginator<SplitItemBill> describeSplitItemBill(Consumer<DescribeSplitItemBillRequest.Builder> request) {
    DescribeSplitItemBillRequest.Builder b = DescribeSplitItemBillRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return describeSplitItemBill(b.build());
  }

  /**
   * Returns what the account has left to spend.
   *
   * @return the balance
   * @throws ServiceException if the service refuses the call
   * @throws SdkException if the call fails otherwise
   */
  AccountBalance queryAccountBalance();

  /**
   * Returns the pay-as-you-go list price of a product configuration.
   *
   * @param request the configuration to price
   * @return the price per module
   * @throws ValidationException if the request is null
   * @throws ServiceException if the service refuses the call
   * @throws SdkException if the call fails otherwise
   */
  PayAsYouGoPrice getPayAsYouGoPrice(GetPayAsYouGoPriceRequest request);

  /**
   * Like {@link #getPayAsYouGoPrice(GetPayAsYouGoPriceRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return the price per module
   * @throws ValidationException if the request is invalid
   */
  default PayAsYouGoPrice getPayAsYouGoPrice(Consumer<GetPayAsYouGoPriceRequest.Builder> request) {
    GetPayAsYouGoPriceRequest.Builder b = GetPayAsYouGoPriceRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return getPayAsYouGoPrice(b.build());
  }

  /**
   * Estimates the management fee of a cluster over its planned life on this client's site, by the
   * {@link #feeSchedule()} rules. Sends nothing.
   *
   * @param edition the cluster edition
   * @param createdAt when the cluster is created
   * @param deletedAt when it is deleted
   * @return the estimate
   * @throws ValidationException if an argument is null or the instants are out of order
   */
  default FeeEstimate estimate(ClusterEdition edition, Instant createdAt, Instant deletedAt) {
    return CostEstimator.of(feeSchedule()).estimate(edition, site(), createdAt, deletedAt);
  }

  /**
   * Estimates the most a cluster living for the given time can pay in management fees on this
   * client's site, whatever minute it is created. Sends nothing.
   *
   * @param edition the cluster edition
   * @param lifetime how long the cluster lives
   * @return the estimate, marked as an upper bound
   * @throws ValidationException if an argument is null or the lifetime is not positive
   */
  default FeeEstimate estimate(ClusterEdition edition, Duration lifetime) {
    return CostEstimator.of(feeSchedule()).estimate(edition, site(), lifetime);
  }

  /**
   * Reports what a cluster cost in a month: its management fee and the resources tagged
   * {@code ack.aliyun.com=<cluster id>}, read from split bills. The edition is not known here, so
   * the fee is looked up in the bills and never estimated; use
   * {@link #clusterCost(ClusterCostRequest)} to give the edition and lifetime.
   *
   * @param clusterId the cluster
   * @param billingCycle the month
   * @return the report
   * @throws ValidationException if the id is blank or the month lies in the future
   * @throws ServiceException if the service refuses a call
   * @throws SdkException if a call fails otherwise
   */
  default CostReport clusterCost(String clusterId, YearMonth billingCycle) {
    return clusterCost(r -> r.clusterId(clusterId).billingCycle(billingCycle));
  }

  /**
   * Reports what a cluster cost in a month, as the request describes.
   *
   * @param request the cluster, month, source and what is known of the cluster
   * @return the report
   * @throws ValidationException if the request is null or its month lies in the future
   * @throws ServiceException if the service refuses a call
   * @throws SdkException if a call fails otherwise
   */
  CostReport clusterCost(ClusterCostRequest request);

  /**
   * Like {@link #clusterCost(ClusterCostRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return the report
   * @throws ValidationException if the request is invalid
   */
  default CostReport clusterCost(Consumer<ClusterCostRequest.Builder> request) {
    ClusterCostRequest.Builder b = ClusterCostRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return clusterCost(b.build());
  }

  /**
   * Returns the non-blocking twin of this client, sharing its connections and settings. Closing
   * this client closes the twin too.
   *
   * @return the asynchronous client
   */
  BillingAsyncClient async();

  /** Releases the client's transport, unless it was given a shared one. Idempotent. */
  @Override
  void close();

  /** Builds a {@link BillingClient}. */
  final class Builder {
    private CloudConfig config;
    private HttpTransport transport;
    private BillingSite site;
    private FeeSchedule feeSchedule = FeeSchedule.defaults();

    private Builder() {}

    /**
     * Sets the settings: credentials, timeouts, retries, endpoint override. Required.
     *
     * @param config the settings
     * @return this builder
     */
    public Builder config(CloudConfig config) {
      this.config = config;
      return this;
    }

    /**
     * Shares a transport with other clients; the client will not close it.
     *
     * @param transport the transport, or null for a transport of the client's own
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets the account's billing site. Defaults to the site the configuration's region suggests
     * ({@link BillingSite#forRegion(String)}); set it when the account's site differs.
     *
     * @param site the site
     * @return this builder
     */
    public Builder site(BillingSite site) {
      this.site = site;
      return this;
    }

    /**
     * Sets the fee rules for estimates and the ACK product code for fee lookups.
     *
     * @param feeSchedule the rules (default {@link FeeSchedule#defaults()})
     * @return this builder
     */
    public Builder feeSchedule(FeeSchedule feeSchedule) {
      this.feeSchedule = feeSchedule;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException if the configuration is missing, no site is set and the region
     *     maps to none, or the fee schedule is null
     * @throws ConfigurationException if the transport was not made by {@link HttpTransport#create}
     */
    public BillingClient build() {
      Validate.notNull(config, "billingClient.config");
      Validate.notNull(feeSchedule, "billingClient.feeSchedule");
      BillingSite chosen = site != null ? site : BillingSite.forRegion(config.region());
      return new DefaultBillingClient(config, transport, chosen, feeSchedule);
    }
  }
}
