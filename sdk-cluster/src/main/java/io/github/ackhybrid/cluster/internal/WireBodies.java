package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.core.ResponseMetadata;
import java.util.List;

/**
 * The answer envelopes of the cluster API that are not models themselves: list pages, the
 * {@code cluster_id/task_id/request_id} receipt of asynchronous changes, the add-on list.
 */
final class WireBodies {
  private WireBodies() {}

  /** A page of {@code DescribeClustersV1}. */
  record ClusterList(
      @JsonProperty("clusters") List<Cluster> clusters,
      @JsonProperty("page_info") PageInfo pageInfo) {}

  /** A page of {@code DescribeClustersV1} together with the metadata of the call that brought it. */
  record ListedClusters(ClusterList page, ResponseMetadata metadata) {}

  /** The {@code page_info} of {@code DescribeClustersV1}; old answers send the numbers as text. */
  record PageInfo(
      @JsonProperty("page_number") Integer pageNumber,
      @JsonProperty("total_count") Long totalCount) {}

  /** The envelope of {@code ListClusterAddonInstances}. */
  record AddonList(@JsonProperty("addons") List<InstalledAddon> addons) {}

  /** What asynchronous changes answer; any part may be missing, and DeleteCluster may send no body. */
  record TaskReceipt(
      @JsonProperty("cluster_id") String clusterId,
      @JsonProperty("task_id") String taskId,
      @JsonProperty("request_id") String requestId) {
    static final TaskReceipt EMPTY = new TaskReceipt(null, null, null);
  }

  /** A receipt together with the metadata of the call that brought it. */
  record Receipt(TaskReceipt body, ResponseMetadata metadata) {}
}
