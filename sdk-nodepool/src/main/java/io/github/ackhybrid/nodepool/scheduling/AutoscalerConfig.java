package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The cluster-wide settings of node auto scaling, sent by {@code CreateAutoscalingConfig}: how
 * often the autoscaler looks, when it removes idle nodes, and which pool it grows. Settings left
 * unset are not sent. Immutable; build it with {@link #builder()}, which checks every value.
 *
 * <pre>{@code
 * AutoscalerConfig config = AutoscalerConfig.builder()
 *     .scalerType(ScalerType.GOATSCALER)
 *     .scanInterval(Duration.ofSeconds(30))
 *     .scaleDownUtilizationThreshold(new BigDecimal("0.5"))
 *     .scaleDownUnneededTime(Duration.ofMinutes(10))
 *     .build();
 * }</pre>
 *
 * <p>The service has no call to read these settings back: keep the value you last sent if you
 * need it. Settings are named by their meaning in the ACK console; the service's field names for
 * the two scale-in delays are documented inconsistently, and this SDK maps
 * {@link #scaleDownDelayAfterScaleOut()} to {@code cool_down_duration} and
 * {@link #scaleDownUnneededTime()} to {@code unneeded_duration}, as the older official models and
 * the upstream autoscaler's flags do.
 */
public final class AutoscalerConfig {
  /** The scan intervals the service accepts. */
  public static final Set<Duration> SCAN_INTERVALS = Set.of(Duration.ofSeconds(15), Duration.ofSeconds(30),
      Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(180), Duration.ofSeconds(300));

  private static final String FIELD = "autoscalerConfig";
  private static final BigDecimal MIN_THRESHOLD = new BigDecimal("0.1");
  private static final Duration MIN_DELAY = Duration.ofMinutes(1);
  private static final Duration MAX_DELAY = Duration.ofMinutes(60);

  /** How durations are written on the wire. */
  public enum DurationFormat {
    /**
     * With a Go unit: minutes as {@code 10m}, the scan interval as {@code 30s}. What Alibaba's
     * Terraform provider sends; the default.
     */
    UNIT_SUFFIX,
    /** Bare numbers: minutes as {@code 10}, the scan interval in seconds as {@code 30}, as the API examples show. */
    BARE_NUMBER
  }

  private final Optional<Duration> scanInterval;
  private final Optional<Boolean> scaleDownEnabled;
  private final Optional<BigDecimal> scaleDownUtilizationThreshold;
  private final Optional<BigDecimal> gpuScaleDownUtilizationThreshold;
  private final Optional<Duration> scaleDownUnneededTime;
  private final Optional<Duration> scaleDownDelayAfterScaleOut;
  private final Optional<Expander> expander;
  private final Map<Integer, List<String>> priorities;
  private final Optional<Boolean> skipNodesWithSystemPods;
  private final Optional<Boolean> skipNodesWithLocalStorage;
  private final Optional<Boolean> evictDaemonSetPods;
  private final Optional<Duration> maxGracefulTermination;
  private final Optional<Integer> minReplicaCount;
  private final Optional<Boolean> recycleNodeDeletionEnabled;
  private final Optional<Boolean> scaleUpFromZero;
  private final Optional<ScalerType> scalerType;
  private final DurationFormat durationFormat;

  private AutoscalerConfig(Builder b) {
    this.scanInterval = b.scanInterval;
    this.scaleDownEnabled = b.scaleDownEnabled;
    this.scaleDownUtilizationThreshold = b.scaleDownUtilizationThreshold;
    this.gpuScaleDownUtilizationThreshold = b.gpuScaleDownUtilizationThreshold;
    this.scaleDownUnneededTime = b.scaleDownUnneededTime;
    this.scaleDownDelayAfterScaleOut = b.scaleDownDelayAfterScaleOut;
    this.expander = b.expander;
    this.priorities = Collections.unmodifiableMap(new TreeMap<>(b.priorities));
    this.skipNodesWithSystemPods = b.skipNodesWithSystemPods;
    this.skipNodesWithLocalStorage = b.skipNodesWithLocalStorage;
    this.evictDaemonSetPods = b.evictDaemonSetPods;
    this.maxGracefulTermination = b.maxGracefulTermination;
    this.minReplicaCount = b.minReplicaCount;
    this.recycleNodeDeletionEnabled = b.recycleNodeDeletionEnabled;
    this.scaleUpFromZero = b.scaleUpFromZero;
    this.scalerType = b.scalerType;
    this.durationFormat = b.durationFormat;
  }

  /**
   * Starts a configuration with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a configuration in one expression.
   *
   * @param settings sets the values on a new builder
   * @return the configuration
   * @throws ValidationException if a value breaks its rule
   */
  public static AutoscalerConfig of(Consumer<Builder> settings) {
    Validate.notNull(settings, FIELD);
    Builder builder = builder();
    settings.accept(builder);
    return builder.build();
  }

  /**
   * Returns a builder holding this configuration's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns how often the autoscaler checks for pods to place and nodes to remove
   * ({@code scan_interval}; console "Scan Interval"; service default 60 s).
   *
   * @return one of {@link #SCAN_INTERVALS}, if set
   */
  public Optional<Duration> scanInterval() {
    return scanInterval;
  }

  /**
   * Returns whether idle nodes are removed ({@code scale_down_enabled}; console "Allow Scale-in").
   *
   * @return the setting, if set
   */
  public Optional<Boolean> scaleDownEnabled() {
    return scaleDownEnabled;
  }

  /**
   * Returns the share of CPU and memory requested on a node below which it counts as idle
   * ({@code utilization_threshold}; console "Scale-in Threshold"; service default 0.5).
   *
   * @return 0.1-1, if set
   */
  public Optional<BigDecimal> scaleDownUtilizationThreshold() {
    return scaleDownUtilizationThreshold;
  }

  /**
   * Returns the share of CPU, memory and GPU requested on a GPU node below which it counts as idle
   * ({@code gpu_utilization_threshold}; console "GPU Scale-in Threshold").
   *
   * @return 0.1-1, if set
   */
  public Optional<BigDecimal> gpuScaleDownUtilizationThreshold() {
    return gpuScaleDownUtilizationThreshold;
  }

  /**
   * Returns how long a node must stay idle before it is removed (console "Defer Scale-in For";
   * written as {@code unneeded_duration}; service default 10 minutes).
   *
   * @return whole minutes, 1-60, if set
   */
  public Optional<Duration> scaleDownUnneededTime() {
    return scaleDownUnneededTime;
  }

  /**
   * Returns how long after a scale-out no node is removed (console "Cooldown"; written as
   * {@code cool_down_duration}; service default 10 minutes).
   *
   * @return whole minutes, 1-60, if set
   */
  public Optional<Duration> scaleDownDelayAfterScaleOut() {
    return scaleDownDelayAfterScaleOut;
  }

  /**
   * Returns how the pool to grow is picked ({@code expander}; console "Node Pool Scale-out Policy").
   *
   * @return the expander, if set
   */
  public Optional<Expander> expander() {
    return expander;
  }

  /**
   * Returns the pool priorities of the {@link Expander#PRIORITY} expander ({@code priorities}):
   * a larger number wins.
   *
   * @return an unmodifiable map from priority (1-100) to the ids it applies to, sorted by priority
   */
  public Map<Integer, List<String>> priorities() {
    return priorities;
  }

  /**
   * Returns whether nodes running kube-system pods (other than DaemonSet and mirror pods) are kept
   * ({@code skip_nodes_with_system_pods}).
   *
   * @return the setting, if set
   */
  public Optional<Boolean> skipNodesWithSystemPods() {
    return skipNodesWithSystemPods;
  }

  /**
   * Returns whether nodes running pods with emptyDir or hostPath volumes are kept
   * ({@code skip_nodes_with_local_storage}).
   *
   * @return the setting, if set
   */
  public Optional<Boolean> skipNodesWithLocalStorage() {
    return skipNodesWithLocalStorage;
  }

  /**
   * Returns whether DaemonSet pods are evicted from nodes being removed
   * ({@code daemonset_eviction_for_nodes}; console "Evict DaemonSet Pods").
   *
   * @return the setting, if set
   */
  public Optional<Boolean> evictDaemonSetPods() {
    return evictDaemonSetPods;
  }

  /**
   * Returns how long pods on a node being removed get to terminate
   * ({@code max_graceful_termination_sec}; console "Pod Termination Timeout"; service default 4 hours).
   *
   * @return whole seconds, if set
   */
  public Optional<Duration> maxGracefulTermination() {
    return maxGracefulTermination;
  }

  /**
   * Returns the fewest replicas a workload must keep for its pods' node to be removed
   * ({@code min_replica_count}; console "Minimum Number Of Replicated Pods").
   *
   * @return 0 or more, if set
   */
  public Optional<Integer> minReplicaCount() {
    return minReplicaCount;
  }

  /**
   * Returns whether the Node object is deleted after a swift-mode scale-in
   * ({@code recycle_node_deletion_enabled}).
   *
   * @return the setting, if set
   */
  public Optional<Boolean> recycleNodeDeletionEnabled() {
    return recycleNodeDeletionEnabled;
  }

  /**
   * Returns whether the cluster scales out when it has no Ready node ({@code scale_up_from_zero}).
   *
   * @return the setting, if set
   */
  public Optional<Boolean> scaleUpFromZero() {
    return scaleUpFromZero;
  }

  /**
   * Returns which component scales the pools ({@code scaler_type}).
   *
   * @return the scaler, if set
   */
  public Optional<ScalerType> scalerType() {
    return scalerType;
  }

  /**
   * Returns how durations are written on the wire.
   *
   * @return the format, {@link DurationFormat#UNIT_SUFFIX} unless changed
   */
  public DurationFormat durationFormat() {
    return durationFormat;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AutoscalerConfig)) {
      return false;
    }
    AutoscalerConfig other = (AutoscalerConfig) o;
    return scanInterval.equals(other.scanInterval)
        && scaleDownEnabled.equals(other.scaleDownEnabled)
        && scaleDownUtilizationThreshold.equals(other.scaleDownUtilizationThreshold)
        && gpuScaleDownUtilizationThreshold.equals(other.gpuScaleDownUtilizationThreshold)
        && scaleDownUnneededTime.equals(other.scaleDownUnneededTime)
        && scaleDownDelayAfterScaleOut.equals(other.scaleDownDelayAfterScaleOut)
        && expander.equals(other.expander)
        && priorities.equals(other.priorities)
        && skipNodesWithSystemPods.equals(other.skipNodesWithSystemPods)
        && skipNodesWithLocalStorage.equals(other.skipNodesWithLocalStorage)
        && evictDaemonSetPods.equals(other.evictDaemonSetPods)
        && maxGracefulTermination.equals(other.maxGracefulTermination)
        && minReplicaCount.equals(other.minReplicaCount)
        && recycleNodeDeletionEnabled.equals(other.recycleNodeDeletionEnabled)
        && scaleUpFromZero.equals(other.scaleUpFromZero)
        && scalerType.equals(other.scalerType)
        && durationFormat == other.durationFormat;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scanInterval, scaleDownEnabled, scaleDownUtilizationThreshold,
        gpuScaleDownUtilizationThreshold, scaleDownUnneededTime, scaleDownDelayAfterScaleOut, expander, priorities,
        skipNodesWithSystemPods, skipNodesWithLocalStorage, evictDaemonSetPods, maxGracefulTermination,
        minReplicaCount, recycleNodeDeletionEnabled, scaleUpFromZero, scalerType, durationFormat);
  }

  /**
   * Lists the settings that are set.
   *
   * @return e.g. {@code AutoscalerConfig{scanInterval=PT30S, scalerType=GOATSCALER}}
   */
  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "AutoscalerConfig{", "}");
    scanInterval.ifPresent(v -> s.add("scanInterval=" + v));
    scaleDownEnabled.ifPresent(v -> s.add("scaleDownEnabled=" + v));
    scaleDownUtilizationThreshold.ifPresent(v -> s.add("scaleDownUtilizationThreshold=" + v));
    gpuScaleDownUtilizationThreshold.ifPresent(v -> s.add("gpuScaleDownUtilizationThreshold=" + v));
    scaleDownUnneededTime.ifPresent(v -> s.add("scaleDownUnneededTime=" + v));
    scaleDownDelayAfterScaleOut.ifPresent(v -> s.add("scaleDownDelayAfterScaleOut=" + v));
    expander.ifPresent(v -> s.add("expander=" + v));
    if (!priorities.isEmpty()) {
      s.add("priorities=" + priorities);
    }
    skipNodesWithSystemPods.ifPresent(v -> s.add("skipNodesWithSystemPods=" + v));
    skipNodesWithLocalStorage.ifPresent(v -> s.add("skipNodesWithLocalStorage=" + v));
    evictDaemonSetPods.ifPresent(v -> s.add("evictDaemonSetPods=" + v));
    maxGracefulTermination.ifPresent(v -> s.add("maxGracefulTermination=" + v));
    minReplicaCount.ifPresent(v -> s.add("minReplicaCount=" + v));
    recycleNodeDeletionEnabled.ifPresent(v -> s.add("recycleNodeDeletionEnabled=" + v));
    scaleUpFromZero.ifPresent(v -> s.add("scaleUpFromZero=" + v));
    scalerType.ifPresent(v -> s.add("scalerType=" + v));
    if (durationFormat != DurationFormat.UNIT_SUFFIX) {
      s.add("durationFormat=" + durationFormat);
    }
    return s.toString();
  }

  /**
   * Collects the settings of an {@link AutoscalerConfig}. Each setter checks its value at once;
   * {@link #build()} checks the rules between settings.
   */
  public static final class Builder {
    private Optional<Duration> scanInterval = Optional.empty();
    private Optional<Boolean> scaleDownEnabled = Optional.empty();
    private Optional<BigDecimal> scaleDownUtilizationThreshold = Optional.empty();
    private Optional<BigDecimal> gpuScaleDownUtilizationThreshold = Optional.empty();
    private Optional<Duration> scaleDownUnneededTime = Optional.empty();
    private Optional<Duration> scaleDownDelayAfterScaleOut = Optional.empty();
    private Optional<Expander> expander = Optional.empty();
    private final Map<Integer, List<String>> priorities = new TreeMap<>();
    private Optional<Boolean> skipNodesWithSystemPods = Optional.empty();
    private Optional<Boolean> skipNodesWithLocalStorage = Optional.empty();
    private Optional<Boolean> evictDaemonSetPods = Optional.empty();
    private Optional<Duration> maxGracefulTermination = Optional.empty();
    private Optional<Integer> minReplicaCount = Optional.empty();
    private Optional<Boolean> recycleNodeDeletionEnabled = Optional.empty();
    private Optional<Boolean> scaleUpFromZero = Optional.empty();
    private Optional<ScalerType> scalerType = Optional.empty();
    private DurationFormat durationFormat = DurationFormat.UNIT_SUFFIX;

    private Builder() {}

    private Builder(AutoscalerConfig c) {
      scanInterval = c.scanInterval;
      scaleDownEnabled = c.scaleDownEnabled;
      scaleDownUtilizationThreshold = c.scaleDownUtilizationThreshold;
      gpuScaleDownUtilizationThreshold = c.gpuScaleDownUtilizationThreshold;
      scaleDownUnneededTime = c.scaleDownUnneededTime;
      scaleDownDelayAfterScaleOut = c.scaleDownDelayAfterScaleOut;
      expander = c.expander;
      priorities.putAll(c.priorities);
      skipNodesWithSystemPods = c.skipNodesWithSystemPods;
      skipNodesWithLocalStorage = c.skipNodesWithLocalStorage;
      evictDaemonSetPods = c.evictDaemonSetPods;
      maxGracefulTermination = c.maxGracefulTermination;
      minReplicaCount = c.minReplicaCount;
      recycleNodeDeletionEnabled = c.recycleNodeDeletionEnabled;
      scaleUpFromZero = c.scaleUpFromZero;
      scalerType = c.scalerType;
      durationFormat = c.durationFormat;
    }

    /**
     * Sets how often the autoscaler looks for work.
     *
     * @param interval 15, 30, 60, 120, 180 or 300 seconds
     * @return this builder
     * @throws ValidationException if the interval is null or not one of those
     */
    public Builder scanInterval(Duration interval) {
      Validate.notNull(interval, FIELD + ".scanInterval");
      if (!SCAN_INTERVALS.contains(interval)) {
        throw new ValidationException(FIELD + ".scanInterval",
            "must be 15, 30, 60, 120, 180 or 300 seconds, was " + interval);
      }
      this.scanInterval = Optional.of(interval);
      return this;
    }

    /**
     * Sets whether idle nodes are removed.
     *
     * @param enabled true to allow scale-in
     * @return this builder
     */
    public Builder scaleDownEnabled(boolean enabled) {
      this.scaleDownEnabled = Optional.of(enabled);
      return this;
    }

    /**
     * Sets the share of requested CPU and memory below which a node counts as idle.
     *
     * @param threshold 0.1-1, such as {@code new BigDecimal("0.5")}
     * @return this builder
     * @throws ValidationException if the threshold is null or out of range
     */
    public Builder scaleDownUtilizationThreshold(BigDecimal threshold) {
      this.scaleDownUtilizationThreshold = Optional.of(threshold(threshold, FIELD + ".scaleDownUtilizationThreshold"));
      return this;
    }

    /**
     * Sets the share of requested CPU, memory and GPU below which a GPU node counts as idle.
     *
     * @param threshold 0.1-1
     * @return this builder
     * @throws ValidationException if the threshold is null or out of range
     */
    public Builder gpuScaleDownUtilizationThreshold(BigDecimal threshold) {
      this.gpuScaleDownUtilizationThreshold =
          Optional.of(threshold(threshold, FIELD + ".gpuScaleDownUtilizationThreshold"));
      return this;
    }

    /**
     * Sets how long a node must stay idle before it is removed (console "Defer Scale-in For").
     *
     * @param time whole minutes, 1-60
     * @return this builder
     * @throws ValidationException if the time is null, not whole minutes or out of range
     */
    public Builder scaleDownUnneededTime(Duration time) {
      this.scaleDownUnneededTime = Optional.of(minutes(time, FIELD + ".scaleDownUnneededTime"));
      return this;
    }

    /**
     * Sets how long after a scale-out no node is removed (console "Cooldown").
     *
     * @param delay whole minutes, 1-60
     * @return this builder
     * @throws ValidationException if the delay is null, not whole minutes or out of range
     */
    public Builder scaleDownDelayAfterScaleOut(Duration delay) {
      this.scaleDownDelayAfterScaleOut = Optional.of(minutes(delay, FIELD + ".scaleDownDelayAfterScaleOut"));
      return this;
    }

    /**
     * Sets how the pool to grow is picked.
     *
     * @param value the expander
     * @return this builder
     * @throws ValidationException if the value is null or {@link Expander#UNKNOWN}
     */
    public Builder expander(Expander value) {
      Validate.notNull(value, FIELD + ".expander");
      if (value == Expander.UNKNOWN) {
        throw new ValidationException(FIELD + ".expander", "must be a known expander, was UNKNOWN");
      }
      this.expander = Optional.of(value);
      return this;
    }

    /**
     * Gives ids a priority for the {@link Expander#PRIORITY} expander, replacing any ids given
     * that priority before. ACK keeps the map in the ConfigMap
     * {@code kube-system/cluster-autoscaler-priority-expander}; the ids are most likely the
     * pools' scaling-group ids ({@code asg-...}).
     *
     * @param priority 1-100; larger wins
     * @param ids the ids, at least one; copied
     * @return this builder
     * @throws ValidationException if the priority is out of range or an id is null or blank
     */
    public Builder priority(int priority, List<String> ids) {
      String field = FIELD + ".priorities[" + priority + "]";
      Validate.inRange(priority, field, 1, 100);
      Validate.notNull(ids, field);
      if (ids.isEmpty()) {
        throw new ValidationException(field, "must hold at least one id");
      }
      List<String> copy = new ArrayList<>(ids.size());
      for (String id : ids) {
        copy.add(Validate.notBlank(id, field));
      }
      priorities.put(priority, List.copyOf(copy));
      return this;
    }

    /**
     * Sets whether nodes running kube-system pods are kept.
     *
     * @param skip true to keep them
     * @return this builder
     */
    public Builder skipNodesWithSystemPods(boolean skip) {
      this.skipNodesWithSystemPods = Optional.of(skip);
      return this;
    }

    /**
     * Sets whether nodes running pods with emptyDir or hostPath volumes are kept.
     *
     * @param skip true to keep them
     * @return this builder
     */
    public Builder skipNodesWithLocalStorage(boolean skip) {
      this.skipNodesWithLocalStorage = Optional.of(skip);
      return this;
    }

    /**
     * Sets whether DaemonSet pods are evicted from nodes being removed.
     *
     * @param evict true to evict them
     * @return this builder
     */
    public Builder evictDaemonSetPods(boolean evict) {
      this.evictDaemonSetPods = Optional.of(evict);
      return this;
    }

    /**
     * Sets how long pods on a node being removed get to terminate.
     *
     * @param timeout whole seconds, 0 to 2^31-1 seconds
     * @return this builder
     * @throws ValidationException if the timeout is null, negative, not whole seconds or too long
     */
    public Builder maxGracefulTermination(Duration timeout) {
      String field = FIELD + ".maxGracefulTermination";
      Validate.notNull(timeout, field);
      if (timeout.isNegative() || timeout.getNano() != 0 || timeout.getSeconds() > Integer.MAX_VALUE) {
        throw new ValidationException(field, "must be whole seconds from 0 to " + Integer.MAX_VALUE
            + " seconds, was " + timeout);
      }
      this.maxGracefulTermination = Optional.of(timeout);
      return this;
    }

    /**
     * Sets the fewest replicas a workload must keep for its pods' node to be removed.
     *
     * @param count 0 or more
     * @return this builder
     * @throws ValidationException if the count is negative
     */
    public Builder minReplicaCount(int count) {
      Validate.inRange(count, FIELD + ".minReplicaCount", 0, Integer.MAX_VALUE);
      this.minReplicaCount = Optional.of(count);
      return this;
    }

    /**
     * Sets whether the Node object is deleted after a swift-mode scale-in.
     *
     * @param enabled true to delete it
     * @return this builder
     */
    public Builder recycleNodeDeletionEnabled(boolean enabled) {
      this.recycleNodeDeletionEnabled = Optional.of(enabled);
      return this;
    }

    /**
     * Sets whether the cluster scales out when it has no Ready node.
     *
     * @param enabled true to allow it
     * @return this builder
     */
    public Builder scaleUpFromZero(boolean enabled) {
      this.scaleUpFromZero = Optional.of(enabled);
      return this;
    }

    /**
     * Sets which component scales the pools. {@link ScalerType#GOATSCALER} needs cluster 1.24 or later.
     *
     * @param type the scaler
     * @return this builder
     * @throws ValidationException if the type is null or {@link ScalerType#UNKNOWN}
     */
    public Builder scalerType(ScalerType type) {
      Validate.notNull(type, FIELD + ".scalerType");
      if (type == ScalerType.UNKNOWN) {
        throw new ValidationException(FIELD + ".scalerType", "must be a known scaler, was UNKNOWN");
      }
      this.scalerType = Optional.of(type);
      return this;
    }

    /**
     * Sets how durations are written on the wire. ACK documents both forms inconsistently; change
     * it only if the service refuses the default.
     *
     * @param format the format
     * @return this builder
     * @throws ValidationException if the format is null
     */
    public Builder durationFormat(DurationFormat format) {
      this.durationFormat = Validate.notNull(format, FIELD + ".durationFormat");
      return this;
    }

    /**
     * Checks the rules between settings and builds the configuration.
     *
     * @return the configuration
     * @throws ValidationException if nothing is set, or priorities are given without the
     *     {@link Expander#PRIORITY} expander
     */
    public AutoscalerConfig build() {
      if (!priorities.isEmpty() && !expander.equals(Optional.of(Expander.PRIORITY))) {
        throw new ValidationException(FIELD + ".priorities", "must only be set with expander PRIORITY, was "
            + expander.map(Expander::name).orElse("unset"));
      }
      if (nothingSet()) {
        throw new ValidationException(FIELD, "must set at least one setting; an empty request would leave every "
            + "value to the service");
      }
      return new AutoscalerConfig(this);
    }

    private boolean nothingSet() {
      return scanInterval.isEmpty() && scaleDownEnabled.isEmpty() && scaleDownUtilizationThreshold.isEmpty()
          && gpuScaleDownUtilizationThreshold.isEmpty() && scaleDownUnneededTime.isEmpty()
          && scaleDownDelayAfterScaleOut.isEmpty() && expander.isEmpty() && priorities.isEmpty()
          && skipNodesWithSystemPods.isEmpty() && skipNodesWithLocalStorage.isEmpty() && evictDaemonSetPods.isEmpty()
          && maxGracefulTermination.isEmpty() && minReplicaCount.isEmpty() && recycleNodeDeletionEnabled.isEmpty()
          && scaleUpFromZero.isEmpty() && scalerType.isEmpty();
    }

    private static BigDecimal threshold(BigDecimal value, String field) {
      Validate.notNull(value, field);
      if (value.compareTo(MIN_THRESHOLD) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        throw new ValidationException(field, "must be 0.1-1, was " + value.toPlainString());
      }
      return value;
    }

    private static Duration minutes(Duration value, String field) {
      Validate.notNull(value, field);
      if (value.toSeconds() % 60 != 0 || value.getNano() != 0 || value.compareTo(MIN_DELAY) < 0
          || value.compareTo(MAX_DELAY) > 0) {
        throw new ValidationException(field, "must be whole minutes from 1 to 60, was " + value);
      }
      return value;
    }
  }
}
