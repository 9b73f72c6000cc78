package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The non-blocking twin of {@link BillingClient}, from {@link BillingClient#async()}: the same
 * calls, each returning at once with a future completed on the client's completion executor (never
 * on an I/O thread), lists as {@link AsyncPaginator}s. Nothing is thrown from these methods: bad
 * input fails the future (for a list, the future of each pass) with a {@link ValidationException}
 * before anything is sent, and every other failure with the {@link SdkException} the blocking call
 * would have thrown. Cancelling a future cancels the HTTP exchange. Fee estimates send nothing and
 * live on {@link BillingClient} and {@link CostEstimator}. Thread-safe.
 */
public interface BillingAsyncClient {

  /**
   * Returns the site whose billing endpoint this client calls.
   *
   * @return the site
   */
  BillingSite site();

  /**
   * Returns a month's bill totals per product.
   *
   * @param request what to total
   * @return the future overview, failing with a {@link ValidationException} if the request is null or its
   *     billing cycle lies in the future
   */
  CompletableFuture<BillOverview> queryBillOverview(QueryBillOverviewRequest request);

  /**
   * Like {@link #queryBillOverview(QueryBillOverviewRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return the future overview, failing with a {@link ValidationException} if the request is invalid
   */
  default CompletableFuture<BillOverview> queryBillOverview(Consumer<QueryBillOverviewRequest.Builder> request) {
    return Futures.failInstead(() -> {
      QueryBillOverviewRequest.Builder b = QueryBillOverviewRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return queryBillOverview(b.build());
    });
  }

  /**
   * Lists a month's bill records, fetched by page number.
   *
   * @param request what to list
   * @return a lazy list of records, whose passes fail with a {@link ValidationException} if the request is
   *     null or its billing cycle lies in the future
   */
  AsyncPaginator<BillRecord> queryBill(QueryBillRequest request);

  /**
   * Like {@link #queryBill(QueryBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of records, whose passes fail with a {@link ValidationException} if the request is
   *     invalid
   */
  default AsyncPaginator<BillRecord> queryBill(Consumer<QueryBillRequest.Builder> request) {
    return Futures.failInstead(() -> {
      QueryBillRequest.Builder b = QueryBillRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return queryBill(b.build());
    }, SdkExecutors.completion());
  }

  /**
   * Lists a month's bills per instance, fetched by continuation token.
   *
   * @param request what to list
   * @return a lazy list of instance bills, whose passes fail with a {@link ValidationException} if the
   *     request is null or its billing cycle or date lies in the future
   */
  AsyncPaginator<InstanceBill> describeInstanceBill(DescribeInstanceBillRequest request);

  /**
   * Like {@link #describeInstanceBill(DescribeInstanceBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of instance bills, whose passes fail with a {@link ValidationException} if the
   *     request is invalid
   */
  default AsyncPaginator<InstanceBill> describeInstanceBill(Consumer<DescribeInstanceBillRequest.Builder> request) {
    return Futures.failInstead(() -> {
      DescribeInstanceBillRequest.Builder b = DescribeInstanceBillRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return describeInstanceBill(b.build());
    }, SdkExecutors.completion());
  }

  /**
   * Lists a month's bills per instance the legacy way, fetched by page number.
   *
   * @param request what to list
   * @return a lazy list of instance bills, whose passes fail with a {@link ValidationException} if the
   *     request is null or its billing cycle or date lies in the future
   */
  AsyncPaginator<InstanceBill> queryInstanceBill(QueryInstanceBillRequest request);

  /**
   * Like {@link #queryInstanceBill(QueryInstanceBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of instance bills, whose passes fail with a {@link ValidationException} if the
   *     request is invalid
   */
  default AsyncPaginator<InstanceBill> queryInstanceBill(Consumer<QueryInstanceBillRequest.Builder> request) {
    return Futures.failInstead(() -> {
      QueryInstanceBillRequest.Builder b = QueryInstanceBillRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return queryInstanceBill(b.build());
    }, SdkExecutors.completion());
  }

  /**
   * Lists a month's split bills, optionally narrowed by tags, fetched by continuation token.
   *
   * @param request what to list
   * @return a lazy list of split bills, whose passes fail with a {@link ValidationException} if the request
   *     is null or its billing cycle or date lies in the future
   */
  AsyncPaginator<SplitItemBill> describeSplitItemBill(DescribeSplitItemBillRequest request);

  /**
   * Like {@link #describeSplitItemBill(DescribeSplitItemBillRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return a lazy list of split bills, whose passes fail with a {@link ValidationException} if the request
   *     is invalid
   */
  default AsyncPaginator<SplitItemBill> describeSplitItemBill(Consumer<DescribeSplitItemBillRequest.Builder> request) {
    return Futures.failInstead(() -> {
      DescribeSplitItemBillRequest.Builder b = DescribeSplitItemBillRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return describeSplitItemBill(b.build());
    }, SdkExecutors.completion());
  }

  /**
   * Returns what the account has left to spend.
   *
   * @return the future balance
   */
  CompletableFuture<AccountBalance> queryAccountBalance();

  /**
   * Returns the pay-as-you-go list price of a product configuration.
   *
   * @param request the configuration to price
   * @return the future price, failing with a {@link ValidationException} if the request is null
   */
  CompletableFuture<PayAsYouGoPrice> getPayAsYouGoPrice(GetPayAsYouGoPriceRequest request);

  /**
   * Like {@link #getPayAsYouGoPrice(GetPayAsYouGoPriceRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return the future price, failing with a {@link ValidationException} if the request is invalid
   */
  default CompletableFuture<PayAsYouGoPrice> getPayAsYouGoPrice(Consumer<GetPayAsYouGoPriceRequest.Builder> request) {
    return Futures.failInstead(() -> {
      GetPayAsYouGoPriceRequest.Builder b = GetPayAsYouGoPriceRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return getPayAsYouGoPrice(b.build());
    });
  }

  /**
   * Reports what a cluster cost in a month, as {@link BillingClient#clusterCost(String, YearMonth)}.
   *
   * @param clusterId the cluster
   * @param billingCycle the month
   * @return the future report, failing with a {@link ValidationException} if the id is blank or the month
   *     lies in the future
   */
  default CompletableFuture<CostReport> clusterCost(String clusterId, YearMonth billingCycle) {
    return Futures.failInstead(
        () -> clusterCost(ClusterCostRequest.builder().clusterId(clusterId).billingCycle(billingCycle).build()));
  }

  /**
   * Reports what a cluster cost in a month, as {@link BillingClient#clusterCost(ClusterCostRequest)}.
   *
   * @param request the cluster, month, source and what is known of the cluster
   * @return the future report, failing with a {@link ValidationException} if the request is null or its month
   *     lies in the future
   */
  CompletableFuture<CostReport> clusterCost(ClusterCostRequest request);

  /**
   * Like {@link #clusterCost(ClusterCostRequest)}, building the request in place.
   *
   * @param request fills in the request
   * @return the future report, failing with a {@link ValidationException} if the request is invalid
   */
  default CompletableFuture<CostReport> clusterCost(Consumer<ClusterCostRequest.Builder> request) {
    return Futures.failInstead(() -> {
      ClusterCostRequest.Builder b = ClusterCostRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return clusterCost(b.build());
    });
  }
}
