package io.github.ackhybrid.testing.internal.bss;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One raw bill record: an hour of a Pro cluster's management fee, or a charge a test added. The
 * bill operations aggregate these per instance (and per day for {@code DAILY}) or list them one
 * by one ({@code QueryBill}).
 *
 * @param recordId the bill id {@code QueryBill} shows as {@code RecordID}
 * @param instanceId the billed instance
 * @param productCode the BSS product code
 * @param productName the product's display name
 * @param billingItem the billable item's name, such as {@code ACK Pro Pricing}
 * @param clusterId the {@code ack.aliyun.com} tag value, empty for an untagged resource
 * @param nodePoolId the {@code ack.alibabacloud.com/nodepool-id} tag value, if any
 * @param amount the pre-tax amount, in the account's currency
 * @param cycle the billing month (UTC+8)
 * @param billingDate the billing day (UTC+8)
 * @param usageStart the start of the usage billed
 * @param usageEnd the end of the usage billed
 */
record Charge(
    String recordId,
    String instanceId,
    String productCode,
    String productName,
    String billingItem,
    Optional<String> clusterId,
    Optional<String> nodePoolId,
    BigDecimal amount,
    YearMonth cycle,
    LocalDate billingDate,
    Instant usageStart,
    Instant usageEnd) {

  /** The BSS {@code Tag} text, in the form the official SDK's example shows. */
  String tagText() {
    StringBuilder out = new StringBuilder();
    clusterId.ifPresent(id -> out.append("key:").append(BillingLedger.CLUSTER_TAG).append(" value:").append(id));
    nodePoolId.ifPresent(id -> out.append(out.length() == 0 ? "" : "; ")
        .append("key:").append(BillingLedger.NODE_POOL_TAG).append(" value:").append(id));
    return out.toString();
  }
}
