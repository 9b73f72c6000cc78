package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.AccountBalance;
import io.github.ackhybrid.cluster.billing.BillOverview;
import io.github.ackhybrid.cluster.billing.BillRecord;
import io.github.ackhybrid.cluster.billing.BillingAsyncClient;
import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.cluster.billing.ClusterCostRequest;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.DescribeInstanceBillRequest;
import io.github.ackhybrid.cluster.billing.DescribeSplitItemBillRequest;
import io.github.ackhybrid.cluster.billing.FeeSchedule;
import io.github.ackhybrid.cluster.billing.GetPayAsYouGoPriceRequest;
import io.github.ackhybrid.cluster.billing.InstanceBill;
import io.github.ackhybrid.cluster.billing.PayAsYouGoPrice;
import io.github.ackhybrid.cluster.billing.QueryBillOverviewRequest;
import io.github.ackhybrid.cluster.billing.QueryBillRequest;
import io.github.ackhybrid.cluster.billing.QueryInstanceBillRequest;
import io.github.ackhybrid.cluster.billing.SplitItemBill;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Clock;

/** The {@link BillingClient} behind {@link BillingClient#create} and {@link BillingClient#builder()}. */
public final class DefaultBillingClient implements BillingClient {
  private final ClientRuntime runtime;
  private final BssOperations operations;
  private final FeeSchedule feeSchedule;
  private final Clock clock;
  private final DefaultBillingAsyncClient async;

  /**
   * Creates the client and its pipeline.
   *
   * @param config the settings
   * @param transport a shared transport, or null for one the client owns
   * @param site the account's billing site
   * @param feeSchedule the fee rules
   */
  public DefaultBillingClient(CloudConfig config, HttpTransport transport, BillingSite site, FeeSchedule feeSchedule) {
    this.runtime = new ClientRuntime(config, transport);
    this.operations = new BssOperations(site);
    this.feeSchedule = feeSchedule;
    this.clock = config.clock();
    this.async = new DefaultBillingAsyncClient(runtime, operations, feeSchedule);
  }

  @Override
  public BillingSite site() {
    return operations.site();
  }

  @Override
  public FeeSchedule feeSchedule() {
    return feeSchedule;
  }

  @Override
  public BillOverview queryBillOverview(QueryBillOverviewRequest request) {
    Validate.notNull(request, "queryBillOverviewRequest");
    RequestChecks.notFuture(request.billingCycle(), clock, "queryBillOverviewRequest.billingCycle");
    return call(operations.queryBillOverview(request));
  }

  @Override
  public Paginator<BillRecord> queryBill(QueryBillRequest request) {
    Validate.notNull(request, "queryBillRequest");
    RequestChecks.notFuture(request.billingCycle(), clock, "queryBillRequest.billingCycle");
    return Paginator.byPageNumber(request.pageSize(), (page, size) -> call(operations.queryBill(request, page)));
  }

  @Override
  public Paginator<InstanceBill> describeInstanceBill(DescribeInstanceBillRequest request) {
    Validate.notNull(request, "describeInstanceBillRequest");
    RequestChecks.notFuture(request.billingCycle(), clock, "describeInstanceBillRequest.billingCycle");
    RequestChecks.notFuture(request.billingDate(), clock, "describeInstanceBillRequest.billingDate");
    return Paginator.byToken(token -> call(operations.describeInstanceBill(request, token)));
  }

  @Override
  public Paginator<InstanceBill> queryInstanceBill(QueryInstanceBillRequest request) {
    Validate.notNull(request, "queryInstanceBillRequest");
    RequestChecks.notFuture(request.billingCycle(), clock, "queryInstanceBillRequest.billingCycle");
    RequestChecks.notFuture(request.billingDate(), clock, "queryInstanceBillRequest.billingDate");
    return Paginator.byPageNumber(request.pageSize(),
        (page, size) -> call(operations.queryInstanceBill(request, page)));
  }

  @Override
  public Paginator<SplitItemBill> describeSplitItemBill(DescribeSplitItemBillRequest request) {
    Validate.notNull(request, "describeSplitItemBillRequest");
    RequestChecks.notFuture(request.billingCycle(), clock, "describeSplitItemBillRequest.billingCycle");
    RequestChecks.notFuture(request.billingDate(), clock, "describeSplitItemBillRequest.billingDate");
    return Paginator.byToken(token -> call(operations.describeSplitItemBill(request, token)));
  }

  @Override
  public AccountBalance queryAccountBalance() {
    return call(operations.queryAccountBalance());
  }

  @Override
  public PayAsYouGoPrice getPayAsYouGoPrice(GetPayAsYouGoPriceRequest request) {
    Validate.notNull(request, "getPayAsYouGoPriceRequest");
    return call(operations.getPayAsYouGoPrice(request));
  }

  @Override
  public CostReport clusterCost(ClusterCostRequest request) {
    ClusterCostPlan plan = new ClusterCostPlan(request, site(), feeSchedule, clock);
    ClusterCostCollector collector = plan.collector();
    plan.feeLookup().ifPresent(lookup -> describeInstanceBill(lookup).forEach(collector::lookedUpFee));
    if (plan.splitBills()) {
      describeSplitItemBill(plan.taggedSplitBills()).forEach(collector::tagged);
    } else {
      describeInstanceBill(plan.allInstanceBills()).forEach(collector::scanned);
    }
    return collector.finish(clock.instant());
  }

  @Override
  public BillingAsyncClient async() {
    return async;
  }

  @Override
  public void close() {
    runtime.close();
  }

  private <T> T call(ApiRequest<BssAnswer<T>> request) {
    try {
      return runtime.execute(request).valueOrThrow();
    } catch (ServiceException e) {
      throw BssErrors.translate(e, site());
    }
  }

  @Override
  public String toString() {
    return "BillingClient{site=" + site() + ", " + runtime.config() + "}";
  }
}
