package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.scheduling.internal.AutoscalerWire;
import io.github.ackhybrid.nodepool.scheduling.internal.SchedulingOperations;
import io.github.ackhybrid.nodepool.scheduling.internal.SchedulingOperations.Reply;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Unified scheduling for a cluster with hybrid and cloud node pools: the cluster-wide autoscaler
 * settings through ACK's API, and {@code ResourcePolicy} objects through the cluster's Kubernetes
 * API ({@link #policies()}).
 *
 * <pre>{@code
 * try (SchedulingClient scheduling = SchedulingClient.create(cloud)) {
 *   scheduling.configureAutoscaler(clusterId, a -> a.scalerType(ScalerType.GOATSCALER)
 *       .scaleDownUnneededTime(Duration.ofMinutes(10)));
 *   scheduling.policies().apply(kubeconfig,
 *       PriorityScheduling.hybridFirst("web", "prod", Map.of("app", "web"), idcPoolId, burstPoolId));
 * }
 * }</pre>
 *
 * <p>Every ACK call exists blocking here and non-blocking on {@link #async()}, both on one request
 * pipeline. Thread-safe; close it to release its connections.
 */
public final class SchedulingClient implements AutoCloseable {
  private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private final ClientRuntime runtime;
  private final SchedulingAsyncClient async;
  private final SchedulingPolicies policies = SchedulingPolicies.create();

  private SchedulingClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.async = new SchedulingAsyncClient(runtime);
  }

  /**
   * Creates a client with its own connections.
   *
   * @param config the region, credentials and HTTP settings
   * @return the client
   * @throws ValidationException if {@code config} is null
   */
  public static SchedulingClient create(CloudConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sets the cluster's autoscaler configuration ({@code CreateAutoscalingConfig}). The call
   * writes the cluster's one configuration (an upsert), so repeating it is safe and it is retried
   * like a read. Whether settings left unset keep earlier values or return to the service's
   * defaults is not documented: send every setting that matters. Enable auto scaling on each burst
   * pool as well; a {@code ResourcePolicy} over auto-scaling pools needs {@link ScalerType#GOATSCALER}.
   *
   * @param clusterId the cluster's id
   * @param config the settings
   * @return the result, with the settings sent (the service cannot return them later)
   * @throws ValidationException if the cluster id or the settings break a rule; nothing is sent
   * @throws SdkException (a typed subclass) if the call fails
   */
  public AutoscalerConfigResult configureAutoscaler(String clusterId, AutoscalerConfig config) {
    ApiRequest<Reply> request = request(clusterId, config);
    return result(clusterId, config, runtime.execute(request));
  }

  /**
   * Like {@link #configureAutoscaler(String, AutoscalerConfig)}, building the settings in place.
   *
   * @param clusterId the cluster's id
   * @param config sets the values on a new {@link AutoscalerConfig.Builder}
   * @return the result
   * @throws ValidationException if the cluster id or the settings break a rule; nothing is sent
   * @throws SdkException (a typed subclass) if the call fails
   */
  public AutoscalerConfigResult configureAutoscaler(String clusterId, Consumer<AutoscalerConfig.Builder> config) {
    return configureAutoscaler(clusterId, AutoscalerConfig.of(config));
  }

  /**
   * Returns the non-blocking twin of this client. It shares this client's connections and is
   * closed with it.
   *
   * @return the async client
   */
  public SchedulingAsyncClient async() {
    return async;
  }

  /**
   * Returns the {@code ResourcePolicy} operations, which talk to the cluster's Kubernetes API.
   *
   * @return the policy operations
   */
  public SchedulingPolicies policies() {
    return policies;
  }

  /** Releases the connections this client created; a shared transport is left open. */
  @Override
  public void close() {
    runtime.close();
  }

  static ApiRequest<Reply> request(String clusterId, AutoscalerConfig config) {
    Validate.matches(clusterId, "clusterId", 1, 64, CLUSTER_ID, "[A-Za-z0-9_-] starting alphanumeric");
    Validate.notNull(config, "autoscalerConfig");
    return SchedulingOperations.CREATE_AUTOSCALING_CONFIG.request()
        .pathParam("ClusterId", clusterId)
        .jsonBody(AutoscalerWire.body(config))
        .build();
  }

  static AutoscalerConfigResult result(String clusterId, AutoscalerConfig config, Reply reply) {
    JsonNode body = reply.body();
    AutoscalerConfigResult.Builder result = AutoscalerConfigResult.builder()
        .clusterId(text(body, "cluster_id").isEmpty() ? clusterId : text(body, "cluster_id"))
        .config(config)
        .responseMetadata(reply.metadata());
    String taskId = text(body, "task_id");
    if (!taskId.isEmpty()) {
      result.taskId(taskId);
    }
    return result.build();
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.path(field);
    return value.isTextual() ? value.asText() : "";
  }

  /** Configures a {@link SchedulingClient}. */
  public static final class Builder {
    private CloudConfig config;
    private HttpTransport transport;

    private Builder() {}

    /**
     * Sets the region, credentials and HTTP settings. Required.
     *
     * @param config the configuration
     * @return this builder
     * @throws ValidationException if {@code config} is null
     */
    public Builder config(CloudConfig config) {
      this.config = Validate.notNull(config, "config");
      return this;
    }

    /**
     * Shares a transport (connection pool and concurrency limit) with other clients. The client
     * never closes a transport it was given.
     *
     * @param transport the transport, created by {@link HttpTransport#create(CloudConfig)}
     * @return this builder
     * @throws ValidationException if {@code transport} is null
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Validate.notNull(transport, "transport");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException if no configuration was set
     * @throws io.github.ackhybrid.core.exception.ConfigurationException if the transport was not
     *     created by {@link HttpTransport#create(CloudConfig)}
     */
    public SchedulingClient build() {
      Validate.notNull(config, "config");
      return new SchedulingClient(new ClientRuntime(config, transport));
    }
  }
}
