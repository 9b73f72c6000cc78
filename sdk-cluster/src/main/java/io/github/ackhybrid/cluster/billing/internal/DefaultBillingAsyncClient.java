package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.AccountBalance;
import io.github.ackhybrid.cluster.billing.BillOverview;
import io.github.ackhybrid.cluster.billing.BillRecord;
import io.github.ackhybrid.cluster.billing.BillingAsyncClient;
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
import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The {@link BillingAsyncClient} twin of {@link DefaultBillingClient}, sharing its pipeline. */
final class DefaultBillingAsyncClient implements BillingAsyncClient {
  private final ClientRuntime runtime;
  private final BssOperations operations;
  private final FeeSchedule feeSchedule;
  private final Clock clock;
  private final Executor completion;

  DefaultBillingAsyncClient(ClientRuntime runtime, BssOperations operations, FeeSchedule feeSchedule) {
    this.runtime = runtime;
    this.operations = operations;
    this.feeSchedule = feeSchedule;
    this.clock = runtime.config().clock();
    this.completion = runtime.config().completionExecutor().orElse(SdkExecutors.completion());
  }

  @Override
  public BillingSite site() {
    return operations.site();
  }

  @Override
  public CompletableFuture<BillOverview> queryBillOverview(QueryBillOverviewRequest request) {
    return Futures.failInstead(() -> {
      Validate.notNull(request, "queryBillOverviewRequest");
      RequestChecks.notFuture(request.billingCycle(), clock, "queryBillOverviewRequest.billingCycle");
      return call(operations.queryBillOverview(request));
    });
  }

  @Override
  public AsyncPaginator<BillRecord> queryBill(QueryBillRequest request) {
    return Futures.failInstead(() -> {
      Validate.notNull(request, "queryBillRequest");
      RequestChecks.notFuture(request.billingCycle(), clock, "queryBillRequest.billingCycle");
      return AsyncPaginator.<BillRecord>byPageNumber(request.pageSize(),
          (page, size) -> call(operations.queryBill(request, page))).withExecutor(completion);
    }, completion);
  }

  @Override
  public AsyncPaginator<InstanceBill> describeInstanceBill(DescribeInstanceBillRequest request) {
    return Futures.failInstead(() -> {
      Validate.notNull(request, "describeInstanceBillRequest");
      RequestChecks.notFuture(request.billingCycle(), clock, "describeInstanceBillRequest.billingCycle");
      RequestChecks.notFuture(request.billingDate(), clock, "describeInstanceBillRequest.billingDate");
      return AsyncPaginator.<InstanceBill>byToken(token -> call(operations.describeInstanceBill(request, token)))
          .withExecutor(completion);
    }, completion);
  }

  @Override
  public AsyncPaginator<InstanceBill> queryInstanceBill(QueryInstanceBillRequest request) {
    return Futures.failInstead(() -> {
      Validate.notNull(request, "queryInstanceBillRequest");
      RequestChecks.notFuture(request.billingCycle(), clock, "queryInstanceBillRequest.billingCycle");
      RequestChecks.notFuture(request.billingDate(), clock, "queryInstanceBillRequest.billingDate");
      return AsyncPaginator.<InstanceBill>byPageNumber(request.pageSize(),
          (page, size) -> call(operations.queryInstanceBill(request, page))).withExecutor(completion);
    }, completion);
  }

  @Override
  public AsyncPaginator<SplitItemBill> describeSplitItemBill(DescribeSplitItemBillRequest request) {
    return Futures.failInstead(() -> {
      Validate.notNull(request, "describeSplitItemBillRequest");
      RequestChecks.notFuture(request.billingCycle(), clock, "describeSplitItemBillRequest.billingCycle");
      RequestChecks.notFuture(request.billingDate(), clock, "describeSplitItemBillRequest.billingDate");
      return AsyncPaginator.<SplitItemBill>byToken(token -> call(operations.describeSplitItemBill(request, token)))
          .withExecutor(completion);
    }, completion);
  }

  @Override
  public CompletableFuture<AccountBalance> queryAccountBalance() {
    return call(operations.queryAccountBalance());
  }

  @Override
  public CompletableFuture<PayAsYouGoPrice> getPayAsYouGoPrice(GetPayAsYouGoPriceRequest request) {
    return Futures.failInstead(() -> call(operations.getPayAsYouGoPrice(
        Validate.notNull(request, "getPayAsYouGoPriceRequest"))));
  }

  @Override
  public CompletableFuture<CostReport> clusterCost(ClusterCostRequest request) {
    return Futures.failInstead(() -> cost(new ClusterCostPlan(request, site(), feeSchedule, clock)));
  }

  private CompletableFuture<CostReport> cost(ClusterCostPlan plan) {
    ClusterCostCollector collector = plan.collector();
    CompletableFuture<Void> fees = plan.feeLookup()
        .map(lookup -> describeInstanceBill(lookup).forEach(collector::lookedUpFee))
        .orElse(CompletableFuture.completedFuture(null));
    CompletableFuture<Void> resources = fees.thenCompose(done -> plan.splitBills()
        ? describeSplitItemBill(plan.taggedSplitBills()).forEach(collector::tagged)
        : describeInstanceBill(plan.allInstanceBills()).forEach(collector::scanned));
    return relay(resources.thenApply(done -> collector.finish(clock.instant())), resources);
  }

  /** Sends a call and hands over its result, or its failure exactly as the blocking call would throw it. */
  private <T> CompletableFuture<T> call(ApiRequest<BssAnswer<T>> request) {
    CompletableFuture<BssAnswer<T>> sent = runtime.executeAsync(request);
    return relay(sent.thenApply(BssAnswer::valueOrThrow), sent);
  }

  /**
   * Completes a new future with a stage's outcome, its failure stripped of the wrappers future
   * chains add; cancelling the new future cancels {@code upstream}.
   */
  private <T> CompletableFuture<T> relay(CompletableFuture<T> stage, CompletableFuture<?> upstream) {
    CompletableFuture<T> result = new CompletableFuture<>();
    result.whenComplete((value, error) -> {
      if (error instanceof CancellationException) {
        upstream.cancel(true);
      }
    });
    stage.whenComplete((value, error) -> {
      if (error == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(BssErrors.translate(Futures.unwrap(error), site()));
      }
    });
    return result;
  }
}
