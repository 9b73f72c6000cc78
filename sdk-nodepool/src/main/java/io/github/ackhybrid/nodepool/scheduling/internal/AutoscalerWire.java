package io.github.ackhybrid.nodepool.scheduling.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.nodepool.scheduling.AutoscalerConfig;
import io.github.ackhybrid.nodepool.scheduling.AutoscalerConfig.DurationFormat;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The body of {@code CreateAutoscalingConfig}: the one place that maps {@link AutoscalerConfig}'s
 * settings to the service's field names and formats. Settings left unset are not written.
 */
public final class AutoscalerWire {
  private AutoscalerWire() {}

  /**
   * Writes the request body.
   *
   * @param config the settings
   * @return a new JSON object
   */
  public static ObjectNode body(AutoscalerConfig config) {
    DurationFormat format = config.durationFormat();
    ObjectNode body = Json.mapper().createObjectNode();
    config.scanInterval().ifPresent(v -> body.put("scan_interval", seconds(v, format)));
    config.scaleDownEnabled().ifPresent(v -> body.put("scale_down_enabled", v));
    config.scaleDownUtilizationThreshold().ifPresent(v -> body.put("utilization_threshold", decimal(v)));
    config.gpuScaleDownUtilizationThreshold().ifPresent(v -> body.put("gpu_utilization_threshold", decimal(v)));
    // Console "Cooldown" is cool_down_duration and "Defer Scale-in For" is unneeded_duration, per the
    // older official models and the upstream flags; the newest model comments say the reverse.
    config.scaleDownDelayAfterScaleOut().ifPresent(v -> body.put("cool_down_duration", minutes(v, format)));
    config.scaleDownUnneededTime().ifPresent(v -> body.put("unneeded_duration", minutes(v, format)));
    config.expander().ifPresent(v -> body.put("expander", v.wireValue()));
    if (!config.priorities().isEmpty()) {
      ObjectNode priorities = body.putObject("priorities");
      config.priorities().forEach((priority, ids) -> {
        ArrayNode array = priorities.putArray(String.valueOf(priority));
        ids.forEach(array::add);
      });
    }
    config.skipNodesWithSystemPods().ifPresent(v -> body.put("skip_nodes_with_system_pods", v));
    config.skipNodesWithLocalStorage().ifPresent(v -> body.put("skip_nodes_with_local_storage", v));
    config.evictDaemonSetPods().ifPresent(v -> body.put("daemonset_eviction_for_nodes", v));
    config.maxGracefulTermination().ifPresent(v -> body.put("max_graceful_termination_sec", (int) v.getSeconds()));
    config.minReplicaCount().ifPresent(v -> body.put("min_replica_count", v));
    config.recycleNodeDeletionEnabled().ifPresent(v -> body.put("recycle_node_deletion_enabled", v));
    config.scaleUpFromZero().ifPresent(v -> body.put("scale_up_from_zero", v));
    config.scalerType().ifPresent(v -> body.put("scaler_type", v.wireValue()));
    return body;
  }

  private static String seconds(Duration value, DurationFormat format) {
    return value.getSeconds() + (format == DurationFormat.UNIT_SUFFIX ? "s" : "");
  }

  private static String minutes(Duration value, DurationFormat format) {
    return value.toMinutes() + (format == DurationFormat.UNIT_SUFFIX ? "m" : "");
  }

  private static String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
