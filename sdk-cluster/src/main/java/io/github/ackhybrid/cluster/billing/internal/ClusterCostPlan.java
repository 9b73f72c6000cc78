package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.AttributionSource;
import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.cluster.billing.ClusterCostRequest;
import io.github.ackhybrid.cluster.billing.DescribeInstanceBillRequest;
import io.github.ackhybrid.cluster.billing.DescribeSplitItemBillRequest;
import io.github.ackhybrid.cluster.billing.FeeSchedule;
import io.github.ackhybrid.cluster.billing.FeeStatus;
import io.github.ackhybrid.cluster.billing.TagFilter;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Clock;
import java.util.Optional;

/**
 * Which bills a cluster cost report reads, shared by the blocking and the non-blocking client so
 * both ask the same questions: the fee lookup (the cluster's own instance bills under the ACK
 * product code) unless the edition is known to be free or every line is scanned anyway, then the
 * tagged split bills or every instance bill of the month.
 */
final class ClusterCostPlan {
  private final ClusterCostRequest request;
  private final Optional<DescribeInstanceBillRequest> feeLookup;
  private final DescribeSplitItemBillRequest taggedSplitBills;
  private final DescribeInstanceBillRequest allInstanceBills;
  private final ClusterCostCollector collector;

  ClusterCostPlan(ClusterCostRequest request, BillingSite site, FeeSchedule schedule, Clock clock) {
    this.request = Validate.notNull(request, "clusterCostRequest");
    RequestChecks.notFuture(request.billingCycle(), clock, "clusterCostRequest.billingCycle");
    boolean feeFree = request.edition()
        .map(e -> schedule.clusterFee(e, site).status() == FeeStatus.FREE)
        .orElse(false);
    this.feeLookup = request.source() == AttributionSource.SPLIT_BILL && !feeFree
        ? Optional.of(DescribeInstanceBillRequest.builder().billingCycle(request.billingCycle())
            .instanceId(request.clusterId()).productCode(schedule.ackProductCode()).build())
        : Optional.empty();
    this.taggedSplitBills = DescribeSplitItemBillRequest.builder().billingCycle(request.billingCycle())
        .addTagFilter(TagFilter.of(ClusterCostCollector.CLUSTER_TAG, request.clusterId())).build();
    this.allInstanceBills = DescribeInstanceBillRequest.builder().billingCycle(request.billingCycle()).build();
    this.collector = new ClusterCostCollector(request, site, schedule);
  }

  /** Whether the cluster's resources come from tagged split bills rather than a scan of every instance bill. */
  boolean splitBills() {
    return request.source() == AttributionSource.SPLIT_BILL;
  }

  Optional<DescribeInstanceBillRequest> feeLookup() {
    return feeLookup;
  }

  DescribeSplitItemBillRequest taggedSplitBills() {
    return taggedSplitBills;
  }

  DescribeInstanceBillRequest allInstanceBills() {
    return allInstanceBills;
  }

  ClusterCostCollector collector() {
    return collector;
  }
}
