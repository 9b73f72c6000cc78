package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.ClientRuntime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The non-blocking twin of {@link SchedulingClient}, obtained from {@link SchedulingClient#async()}.
 * Methods never throw: failures, validation included, complete the future exceptionally with the
 * same exception types the blocking client throws. Futures complete on the client's completion
 * executor, never on an I/O thread. Thread-safe; closed with its {@link SchedulingClient}.
 */
public final class SchedulingAsyncClient {
  private final ClientRuntime runtime;

  SchedulingAsyncClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Sets the cluster's autoscaler configuration; see
   * {@link SchedulingClient#configureAutoscaler(String, AutoscalerConfig)}.
   *
   * @param clusterId the cluster's id
   * @param config the settings
   * @return the future result, failing with {@link ValidationException} before anything is sent if
   *     an argument breaks a rule, or another {@link SdkException} if the call fails
   */
  public CompletableFuture<AutoscalerConfigResult> configureAutoscaler(String clusterId, AutoscalerConfig config) {
    try {
      return runtime.executeAsync(SchedulingClient.request(clusterId, config))
          .thenApply(reply -> SchedulingClient.result(clusterId, config, reply));
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Like {@link #configureAutoscaler(String, AutoscalerConfig)}, building the settings in place.
   *
   * @param clusterId the cluster's id
   * @param config sets the values on a new {@link AutoscalerConfig.Builder}
   * @return the future result
   */
  public CompletableFuture<AutoscalerConfigResult> configureAutoscaler(String clusterId,
      Consumer<AutoscalerConfig.Builder> config) {
    try {
      return configureAutoscaler(clusterId, AutoscalerConfig.of(config));
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
