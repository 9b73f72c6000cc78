package io.github.ackhybrid.cluster.billing;

/** Which bills a cluster cost report finds the cluster's resources in. */
public enum AttributionSource {
  /**
   * Split bills filtered by the tag {@code ack.aliyun.com=<cluster id>} on the service side
   * ({@code DescribeSplitItemBill}): the recommended way. Split billing must be enabled in the
   * console and {@code ack.aliyun.com} must be a cost allocation tag.
   */
  SPLIT_BILL,
  /**
   * Every instance bill of the month ({@code DescribeInstanceBill}), filtered here on the parsed
   * {@code Tag}: works without split billing, reads the whole account's month, and shows what the
   * account spent on lines without the tag.
   */
  INSTANCE_BILL
}
