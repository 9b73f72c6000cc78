package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.AttributionSource;
import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.cluster.billing.ClusterCostRequest;
import io.github.ackhybrid.cluster.billing.ClusterEdition;
import io.github.ackhybrid.cluster.billing.ClusterFeeRule;
import io.github.ackhybrid.cluster.billing.CostBasis;
import io.github.ackhybrid.cluster.billing.CostEstimator;
import io.github.ackhybrid.cluster.billing.CostLine;
import io.github.ackhybrid.cluster.billing.CostLineKind;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.FeeEstimate;
import io.github.ackhybrid.cluster.billing.FeeSchedule;
import io.github.ackhybrid.cluster.billing.FeeStatus;
import io.github.ackhybrid.cluster.billing.HybridNodeFee;
import io.github.ackhybrid.cluster.billing.InstanceBill;
import io.github.ackhybrid.cluster.billing.ProductCost;
import io.github.ackhybrid.cluster.billing.SplitItemBill;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sorts the bill lines of one month into a cluster's cost report: the cluster's own fee lines,
 * the resources that carry its tag, and (when every line of the account is scanned) what went
 * unattributed. Lines are fed in one at a time, so a month of any size passes through in one page
 * of memory. Not thread-safe: one pass feeds one collector.
 */
final class ClusterCostCollector {
  /** The tag ACK puts on a cluster and every resource it creates for it, valued with the cluster id. */
  static final String CLUSTER_TAG = "ack.aliyun.com";
  /** The tag ACK puts on a node pool's nodes, valued with the node pool id. */
  static final String NODE_POOL_TAG = "ack.alibabacloud.com/nodepool-id";

  private static final Comparator<CostLine> ORDER = Comparator
      .comparing(CostLine::kind)
      .thenComparing(CostLine::productCode)
      .thenComparing(l -> l.instanceId().orElse(""))
      .thenComparing(l -> l.nodePoolId().orElse(""))
      .thenComparing(CostLine::basis)
      .thenComparing(l -> l.amount().currency());

  private final ClusterCostRequest request;
  private final BillingSite site;
  private final FeeSchedule schedule;
  private final Map<String, CostLine> lines = new LinkedHashMap<>();
  private final List<InstanceBill> lookedUpFees = new ArrayList<>();
  private final List<InstanceBill> taggedFees = new ArrayList<>();
  private final Map<String, ProductCost> unattributed = new TreeMap<>();

  ClusterCostCollector(ClusterCostRequest request, BillingSite site, FeeSchedule schedule) {
    this.request = request;
    this.site = site;
    this.schedule = schedule;
  }

  /** Takes a line of the fee lookup: an instance bill of the cluster itself. */
  void lookedUpFee(InstanceBill bill) {
    lookedUpFees.add(bill);
  }

  /** Takes a split bill line found by the cluster's tag. */
  void tagged(SplitItemBill split) {
    InstanceBill bill = split.bill();
    if (isClusterFee(bill)) {
      taggedFees.add(bill);
    } else {
      add(CostLineKind.RESOURCE, bill);
    }
  }

  /** Takes any instance bill line of the account and keeps it if it is the cluster's. */
  void scanned(InstanceBill bill) {
    Optional<String> clusterTag = Optional.ofNullable(bill.tags().get(CLUSTER_TAG));
    boolean tagged = clusterTag.filter(request.clusterId()::equals).isPresent();
    if (bill.instanceId().filter(request.clusterId()::equals).isPresent()
        || (tagged && isAckProduct(bill))) {
      lookedUpFees.add(bill);
    } else if (tagged) {
      add(CostLineKind.RESOURCE, bill);
    } else if (clusterTag.isEmpty()) {
      String code = bill.productCode().orElse("");
      unattributed.merge(code + "\u0000" + bill.amounts().currency(), ProductCost.builder().productCode(code)
          .productName(bill.productName()).amount(bill.amounts().pretaxAmount()).lineCount(1).build(),
          CostReportFormat::combine);
    }
  }

  /**
   * Builds the report.
   *
   * @param now the current instant, for whether the month is final and how far a fee estimate runs
   * @return the report
   */
  CostReport finish(Instant now) {
    List<String> notes = new ArrayList<>();
    List<InstanceBill> fees = lookedUpFees.isEmpty() ? taggedFees : lookedUpFees;
    fees.forEach(bill -> add(CostLineKind.CLUSTER_FEE, bill));
    if (fees.isEmpty()) {
      noFeeLine(now, notes);
    }
    notes.add(hybridNote());
    notes.add(request.source() == AttributionSource.SPLIT_BILL
        ? "Only split bill lines tagged " + CLUSTER_TAG + "=" + request.clusterId() + " are counted; resources"
            + " without the tag (a shared VPC, NAT gateway, EIP, shared bandwidth, Express Connect, CEN) are not"
            + " examined. Split billing and the cost allocation tag " + CLUSTER_TAG + " must be enabled."
        : "Only lines tagged " + CLUSTER_TAG + "=" + request.clusterId() + " are counted; lines without the tag"
            + " are totalled as not attributed and none is guessed to be this cluster's. Tags appear in bills"
            + " only once enabled as cost allocation tags.");
    List<CostLine> sorted = new ArrayList<>(lines.values());
    sorted.sort(ORDER);
    // Documented settlement: instance bills are final at 12:00 (UTC+8) on the 3rd of the next month,
    // split bills on the 4th.
    int settleDay = request.source() == AttributionSource.SPLIT_BILL ? 4 : 3;
    Instant finalAfter = request.billingCycle().plusMonths(1).atDay(settleDay).atTime(LocalTime.NOON)
        .toInstant(FeeSchedule.BILLING_ZONE);
    return CostReport.builder()
        .clusterId(request.clusterId())
        .billingCycle(request.billingCycle())
        .site(site)
        .source(request.source())
        .lines(sorted)
        .unattributed(unattributed.values())
        .notes(notes)
        .finalAfter(finalAfter)
        .provisional(now.isBefore(finalAfter))
        .build();
  }

  private void noFeeLine(Instant now, List<String> notes) {
    String lookedFor = "No management fee line was found for " + request.clusterId() + " (looked up as"
        + " InstanceID with product code " + schedule.ackProductCode() + ", which is unverified)";
    if (request.edition().isEmpty()) {
      notes.add(lookedFor + "; give the cluster's edition and lifetime to estimate the fee.");
      return;
    }
    ClusterEdition edition = request.edition().get();
    ClusterFeeRule rule = schedule.clusterFee(edition, site);
    if (rule.status() == FeeStatus.FREE) {
      notes.add("No management fee: " + edition + " clusters pay none (" + rule.source() + ").");
      return;
    }
    if (request.lifetime().isEmpty()) {
      notes.add(lookedFor + "; give the cluster's lifetime to estimate the fee.");
      return;
    }
    FeeEstimate estimate = CostEstimator.of(schedule)
        .estimate(edition, site, request.lifetime().get(), request.billingCycle(), now);
    if (estimate.billedHours() > 0) {
      lines.put("estimate", CostLine.builder().kind(CostLineKind.CLUSTER_FEE).basis(CostBasis.ESTIMATED)
          .productCode(schedule.ackProductCode()).productName(rule.billingItem()).instanceId(request.clusterId())
          .amount(estimate.amount()).billLines(0).build());
    }
    notes.add(lookedFor + "; estimated " + estimate.billedHours() + " billed hours at "
        + rule.hourlyPrice().map(Object::toString).orElse("no price") + " per hour from the fee schedule ("
        + rule.source() + ").");
  }

  private String hybridNote() {
    HybridNodeFee fee = schedule.hybridNodeFee(site);
    String status = fee.pricePerVcpuDay()
        .map(p -> "priced by you at " + p + " per vCPU-day, but not billed in these lines")
        .orElse(fee.status() == FeeStatus.WAIVED_PREVIEW ? "waived during the preview, with no published price"
            : fee.status().toString());
    return "Hybrid cloud nodes are your own servers and have no Alibaba Cloud bill lines; their management fee is "
        + status + " (" + fee.source() + ").";
  }

  private boolean isClusterFee(InstanceBill bill) {
    return bill.instanceId().filter(request.clusterId()::equals).isPresent() || isAckProduct(bill);
  }

  private boolean isAckProduct(InstanceBill bill) {
    return bill.productCode().filter(schedule.ackProductCode()::equals).isPresent();
  }

  private void add(CostLineKind kind, InstanceBill bill) {
    CostLine line = CostLine.builder()
        .kind(kind)
        .basis(CostBasis.BILLED)
        .productCode(bill.productCode().orElse(""))
        .productName(bill.productName())
        .instanceId(bill.instanceId())
        .nodePoolId(Optional.ofNullable(bill.tags().get(NODE_POOL_TAG)).filter(s -> !s.isEmpty()))
        .amount(bill.amounts().pretaxAmount())
        .billLines(1)
        .build();
    String key = String.join("\u0000", kind.name(), line.productCode(), line.instanceId().orElse(""),
        line.nodePoolId().orElse(""), line.amount().currency());
    lines.merge(key, line, (a, b) -> CostLine.builder().from(a)
        .productName(a.productName().isPresent() ? a.productName() : b.productName())
        .amount(a.amount().plus(b.amount())).billLines(a.billLines() + b.billLines()).build());
  }
}
