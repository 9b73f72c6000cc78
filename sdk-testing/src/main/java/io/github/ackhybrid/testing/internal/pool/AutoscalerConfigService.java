package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import io.github.ackhybrid.testing.internal.ack.ClusterStore;
import io.github.ackhybrid.testing.internal.ack.SimCluster;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code CreateAutoscalingConfig}: {@code POST /cluster/{ClusterId}/autoscale/config/} (singular
 * {@code cluster}, trailing slash; elastic-scheduling.md 4.2). It is an upsert with no read
 * counterpart in CS, so the simulator keeps the last body per cluster for tests to inspect, and the
 * autoscaler reads its scale-in delay from it. Checked before storing, with the ranges the official
 * SDK models document (section 4.2 and 7.2 item 10): durations 1-60 minutes (bare numbers, as the
 * SDK examples send, or with an {@code m} as Terraform sends), thresholds 0.1-1, a scan interval of
 * 15, 30, 60, 120, 180 or 300 seconds, the known expanders and scaler types, and priority keys
 * 1-100. Answers {@code {cluster_id, request_id, task_id}} as the newer SDKs read it; the task
 * ({@code autoscaler_config}, the simulator's name) ends 30 simulated seconds later.
 */
public final class AutoscalerConfigService implements SimService {
  /** The scale-in delay while a cluster has no stored {@code unneeded_duration}: the documented 10 minutes. */
  public static final Duration DEFAULT_UNNEEDED = Duration.ofMinutes(10);
  private static final Duration APPLY = Duration.ofSeconds(30);
  private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*m?");
  private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*s?");
  private static final Pattern DIGITS = Pattern.compile("(\\d+)");
  private static final Set<Long> SCAN_INTERVALS = Set.of(15L, 30L, 60L, 120L, 180L, 300L);
  private static final Set<String> EXPANDERS = Set.of("least-waste", "random", "priority");
  private static final Set<String> SCALERS = Set.of("goatscaler", "cluster-autoscaler");
  private static final Set<String> RUNNING = Set.of("running", "updating", "scaling", "upgrading");
  private static final BigDecimal LOWEST = new BigDecimal("0.1");

  private final CloudState state;
  private final ClusterStore clusters;
  private final Map<String, ObjectNode> configs = new HashMap<>();

  /**
   * Creates the service.
   *
   * @param state the shared state
   * @param clusters the clusters configurations belong to
   */
  public AutoscalerConfigService(CloudState state, ClusterStore clusters) {
    this.state = state;
    this.clusters = clusters;
  }

  @Override
  public void register(Routes routes) {
    routes.roa(Product.ACK, "POST", "/cluster/{ClusterId}/autoscale/config/", "CreateAutoscalingConfig", this::create);
  }

  @Override
  public void reset() {
    configs.clear();
  }

  /**
   * Returns the last configuration body a cluster received. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @return a deep copy; empty if none was sent or the cluster is gone
   */
  public Optional<ObjectNode> find(String clusterId) {
    return clusters.find(clusterId).map(c -> configs.get(clusterId)).map(ObjectNode::deepCopy);
  }

  /**
   * Returns how long a node must stay unneeded before the autoscaler removes it: the stored
   * {@code unneeded_duration} (console "Defer Scale-in For", the mapping the SDK uses), else 10
   * minutes. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @return the delay
   */
  public Duration scaleDownDelay(String clusterId) {
    JsonNode value = Optional.ofNullable(configs.get(clusterId)).map(c -> c.path("unneeded_duration"))
        .orElse(null);
    return value == null || value.isMissingNode() || value.isNull() ? DEFAULT_UNNEEDED
        : Duration.ofMinutes(number(value.asText(), MINUTES, "unneeded_duration"));
  }

  private SimResponse create(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    if (!RUNNING.contains(cluster.state())) {
      throw new ApiError(400, "ErrorClusterState", "The cluster " + cluster.id() + " is " + cluster.state()
          + "; the autoscaler can be configured in a running cluster only.");
    }
    JsonNode body = request.jsonBody();
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    check((ObjectNode) body);
    configs.put(cluster.id(), ((ObjectNode) body).deepCopy());
    String taskId = state.tasks().start("autoscaler_config", cluster.id(), "ConfigureAutoscaler", now, APPLY,
        at -> { }, (at, code) -> { });
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("cluster_id", cluster.id());
    answer.put("request_id", request.requestId());
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  private static void check(ObjectNode body) {
    for (String field : new String[] {"cool_down_duration", "unneeded_duration"}) {
      if (body.hasNonNull(field)) {
        long minutes = number(body.get(field).asText(), MINUTES, field);
        if (minutes < 1 || minutes > 60) {
          throw ApiError.invalidParameter(field + " must be 1-60 minutes, was \"" + body.get(field).asText() + "\".");
        }
      }
    }
    for (String field : new String[] {"utilization_threshold", "gpu_utilization_threshold"}) {
      if (body.hasNonNull(field)) {
        BigDecimal value = decimal(body.get(field).asText(), field);
        if (value.compareTo(LOWEST) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
          throw ApiError.invalidParameter(field + " must be 0.1-1, was \"" + body.get(field).asText() + "\".");
        }
      }
    }
    if (body.hasNonNull("scan_interval")
        && !SCAN_INTERVALS.contains(number(body.get("scan_interval").asText(), SECONDS, "scan_interval"))) {
      throw ApiError.invalidParameter("scan_interval must be 15, 30, 60, 120, 180 or 300 seconds, was \""
          + body.get("scan_interval").asText() + "\".");
    }
    oneOf(body, "expander", EXPANDERS);
    oneOf(body, "scaler_type", SCALERS);
    JsonNode priorities = body.path("priorities");
    if (!priorities.isMissingNode() && !priorities.isNull()) {
      if (!priorities.isObject()) {
        throw ApiError.invalidParameter("priorities must be an object of priorities to lists of ids.");
      }
      Iterator<Map.Entry<String, JsonNode>> entries = priorities.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        long priority = number(entry.getKey(), DIGITS, "priorities");
        if (priority < 1 || priority > 100 || !entry.getValue().isArray()) {
          throw ApiError.invalidParameter("priorities keys must be 1-100, each holding a list of ids, was \""
              + entry.getKey() + "\".");
        }
      }
    }
  }

  private static void oneOf(ObjectNode body, String field, Set<String> values) {
    if (body.hasNonNull(field) && !values.contains(body.get(field).asText())) {
      throw ApiError.invalidParameter(field + " must be one of " + String.join(", ", values.stream().sorted().toList())
          + ", was \"" + body.get(field).asText() + "\".");
    }
  }

  private static long number(String text, Pattern pattern, String field) {
    Matcher m = pattern.matcher(text.strip());
    if (!m.matches()) {
      throw ApiError.invalidParameter(field + " must be a whole number, was \"" + text + "\".");
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw ApiError.invalidParameter(field + " is out of range, was \"" + text + "\".");
    }
  }

  private static BigDecimal decimal(String text, String field) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw ApiError.invalidParameter(field + " must be a decimal number, was \"" + text + "\".");
    }
  }
}
