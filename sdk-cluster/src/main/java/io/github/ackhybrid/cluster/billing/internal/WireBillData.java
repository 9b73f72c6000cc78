package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code Data} of the Query* bill operations ({@code QueryBillOverview}, {@code QueryBill},
 * {@code QueryInstanceBill}): items wrapped in {@code {"Item": [...]}}, paged by page number.
 *
 * @param accountId {@code AccountID}
 * @param accountName {@code AccountName}
 * @param billingCycle {@code BillingCycle}
 * @param pageNum {@code PageNum}
 * @param pageSize {@code PageSize}
 * @param totalCount {@code TotalCount}
 * @param items {@code Items}
 */
record WireBillData(
    @JsonProperty("AccountID") String accountId,
    @JsonProperty("AccountName") String accountName,
    @JsonProperty("BillingCycle") String billingCycle,
    @JsonProperty("PageNum") Integer pageNum,
    @JsonProperty("PageSize") Integer pageSize,
    @JsonProperty("TotalCount") Long totalCount,
    @JsonProperty("Items") WireItemList items) {}
