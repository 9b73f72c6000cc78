package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.nodepool.model.Node;
import java.util.List;
import java.util.Optional;

/** The JSON answers of the node pool operations, bound as they arrive. */
final class Answers {
  private Answers() {}

  /** CreateClusterNodePool: {@code {nodepool_id, task_id, request_id}}. */
  record Created(
      @JsonProperty("nodepool_id") String nodePoolId,
      @JsonProperty("task_id") String taskId,
      @JsonProperty("request_id") String requestId) {}

  /** The task envelope of the asynchronous changes: {@code {task_id, request_id, nodepool_id}}. */
  record Task(
      @JsonProperty("task_id") String taskId,
      @JsonProperty("request_id") String requestId,
      @JsonProperty("nodepool_id") String nodePoolId) {}

  /** DescribeClusterNodes: {@code {nodes[], page{page_number, page_size, total_count}}}. */
  record Nodes(@JsonProperty("nodes") List<Node> nodes, @JsonProperty("page") PageInfo page) {}

  /** The paging object of DescribeClusterNodes; the service may send the numbers as text. */
  record PageInfo(
      @JsonProperty("page_number") Integer pageNumber,
      @JsonProperty("page_size") Integer pageSize,
      @JsonProperty("total_count") Long totalCount) {}

  /** A bound answer and the metadata of the response that carried it. */
  record Answered<T>(T value, ResponseMetadata metadata) {
    /** Returns the body's request id, or else the {@code x-acs-request-id} header's. */
    Optional<String> requestId(String fromBody) {
      return fromBody != null && !fromBody.isBlank() ? Optional.of(fromBody) : metadata.requestId();
    }
  }
}
