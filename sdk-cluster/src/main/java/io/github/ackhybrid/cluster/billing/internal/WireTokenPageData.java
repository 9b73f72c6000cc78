package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code Data} of the token-paged Describe* operations ({@code DescribeInstanceBill},
 * {@code DescribeSplitItemBill}): items as a plain array.
 *
 * @param accountId {@code AccountID}
 * @param accountName {@code AccountName}
 * @param billingCycle {@code BillingCycle}
 * @param totalCount {@code TotalCount}
 * @param maxResults {@code MaxResults}
 * @param nextToken {@code NextToken}, empty or absent on the last page
 * @param items {@code Items}
 */
record WireTokenPageData(
    @JsonProperty("AccountID") String accountId,
    @JsonProperty("AccountName") String accountName,
    @JsonProperty("BillingCycle") String billingCycle,
    @JsonProperty("TotalCount") Long totalCount,
    @JsonProperty("MaxResults") Integer maxResults,
    @JsonProperty("NextToken") String nextToken,
    @JsonProperty("Items") List<WireBillLine> items) {}
