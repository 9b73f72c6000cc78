package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link PriorityScheduling} policy: a set of capacity pods fill before they may go
 * to the next step, written as one item of a {@code ResourcePolicy}'s {@code units}. Start from a
 * factory for the kind of capacity, then refine; every step returns a new immutable unit.
 *
 * <pre>{@code
 * SchedulingUnit idc = SchedulingUnit.hybridPool("np-idc-0001").withMax(20);
 * SchedulingUnit burst = SchedulingUnit.autoScalingPool("np-ecs-burst-0001");
 * SchedulingUnit serverless = SchedulingUnit.eci();
 * }</pre>
 *
 * <p>A node pool is selected by the node label {@code alibabacloud.com/nodepool-id}, which ACK puts
 * on every node of a pool. A unit holding an auto-scaling pool must not set {@code max}: ACK warns
 * that the pool may then create nodes the unit cannot use. It carries instead the pod label
 * {@value #WAIT_FOR_SCALE_OUT_LABEL}, which makes pods wait in the unit for the pool to grow (for
 * as long as {@link WhenTryNextUnits} allows) instead of moving on at once. ACK requires instant
 * scaling ({@link ScalerType#GOATSCALER}) for policies over auto-scaling pools.
 */
public final class SchedulingUnit {
  /** Pod label, set in a unit's {@code podLabels}, that makes pods wait there for node-pool scale-out. */
  public static final String WAIT_FOR_SCALE_OUT_LABEL = "k8s.aliyun.com/resource-policy-wait-for-ecs-scaling";

  private static final String FIELD = "schedulingUnit";

  /** The kinds of unit this SDK writes. */
  public enum Kind {
    /** The nodes of one node pool of fixed size. */
    NODE_POOL,
    /** The data-centre nodes of one hybrid node pool; pods need the hybrid-pool toleration. */
    HYBRID_POOL,
    /** The nodes of one node pool with auto scaling enabled. */
    AUTO_SCALING_POOL,
    /** The nodes carrying a set of labels. */
    NODE_SELECTOR,
    /** Elastic Container Instance pods on virtual nodes. */
    ECI,
    /** Container Compute Service pods. */
    ACS
  }

  private final Kind kind;
  private final Map<String, String> nodeSelector;
  private final Optional<Integer> max;
  private final boolean waitForScaleOut;
  private final Map<String, String> podLabels;
  private final Map<String, String> podAnnotations;

  private SchedulingUnit(Kind kind, Map<String, String> nodeSelector, Optional<Integer> max, boolean waitForScaleOut,
      Map<String, String> podLabels, Map<String, String> podAnnotations) {
    this.kind = kind;
    this.nodeSelector = nodeSelector;
    this.max = max;
    this.waitForScaleOut = waitForScaleOut;
    this.podLabels = podLabels;
    this.podAnnotations = podAnnotations;
  }

  /**
   * Makes a unit of the nodes of one node pool of fixed size.
   *
   * @param nodePoolId the pool's id, such as {@code np-ecs-0001}
   * @return the unit
   * @throws ValidationException if the id is not a valid label value
   */
  public static SchedulingUnit nodePool(String nodePoolId) {
    return poolUnit(Kind.NODE_POOL, nodePoolId, false);
  }

  /**
   * Makes a unit of the data-centre nodes of one hybrid node pool. The policy's
   * {@link PriorityScheduling#requiredTolerations()} then include the hybrid-pool toleration, which
   * the workload's pod template must carry.
   *
   * @param hybridPoolId the hybrid pool's id, such as {@code np-idc-0001}
   * @return the unit
   * @throws ValidationException if the id is not a valid label value
   */
  public static SchedulingUnit hybridPool(String hybridPoolId) {
    return poolUnit(Kind.HYBRID_POOL, hybridPoolId, false);
  }

  /**
   * Makes a unit of the nodes of one auto-scaling node pool, with pods waiting there for
   * scale-out ({@value #WAIT_FOR_SCALE_OUT_LABEL}). Such a unit takes no {@code max}.
   *
   * @param nodePoolId the pool's id, such as {@code np-ecs-burst-0001}
   * @return the unit
   * @throws ValidationException if the id is not a valid label value
   */
  public static SchedulingUnit autoScalingPool(String nodePoolId) {
    return poolUnit(Kind.AUTO_SCALING_POOL, nodePoolId, true);
  }

  /**
   * Makes a unit of the nodes carrying all of the given labels.
   *
   * @param nodeLabels the node labels, at least one; copied, order kept
   * @return the unit
   * @throws ValidationException if there is no label or a key or value breaks the label rules
   */
  public static SchedulingUnit nodeSelector(Map<String, String> nodeLabels) {
    String field = FIELD + ".nodeSelector";
    KubernetesNames.labels(nodeLabels, field);
    if (nodeLabels.isEmpty()) {
      throw new ValidationException(field, "must hold at least one node label");
    }
    return new SchedulingUnit(Kind.NODE_SELECTOR, copy(nodeLabels), Optional.empty(), false, Map.of(), Map.of());
  }

  /**
   * Makes a unit of Elastic Container Instance pods, usually the last unit. Needs the
   * {@code ack-virtual-node} add-on; cannot be combined with ECI scheduling through
   * {@code ElasticResource}.
   *
   * @return the unit
   */
  public static SchedulingUnit eci() {
    return new SchedulingUnit(Kind.ECI, Map.of(), Optional.empty(), false, Map.of(), Map.of());
  }

  /**
   * Makes a unit of Container Compute Service pods. Needs cluster 1.26 and scheduler 6.7.1 or
   * later; ACK labels such pods {@code alibabacloud.com/compute-class} unless
   * {@link #withPodLabel(String, String)} sets it.
   *
   * @return the unit
   */
  public static SchedulingUnit acs() {
    return new SchedulingUnit(Kind.ACS, Map.of(), Optional.empty(), false, Map.of(), Map.of());
  }

  /**
   * Returns a unit that takes at most {@code max} of the policy's pods; the rest go on to the next
   * unit. Needs cluster 1.22 and scheduler 5.0 or later.
   *
   * @param max the most pods, 0 or more
   * @return a new unit
   * @throws ValidationException if {@code max} is negative, or the unit holds an auto-scaling pool
   *     or waits for scale-out
   */
  public SchedulingUnit withMax(int max) {
    Validate.inRange(max, FIELD + ".max", 0, Integer.MAX_VALUE);
    if (holdsAutoScalingPool()) {
      throw new ValidationException(FIELD + ".max", "must not be set on a unit holding an auto-scaling node pool ("
          + nodePoolId().orElse("nodes " + nodeSelector) + "): the pool may create nodes the unit cannot use; "
          + "leave max unset and bound the pool with its maximum instances");
    }
    return new SchedulingUnit(kind, nodeSelector, Optional.of(max), waitForScaleOut, podLabels, podAnnotations);
  }

  /**
   * Returns a unit whose pods wait, or do not wait, for its node pool to scale out before moving
   * on, by the pod label {@value #WAIT_FOR_SCALE_OUT_LABEL}. A waiting unit counts as holding an
   * auto-scaling pool.
   *
   * @param wait true to wait
   * @return a new unit
   * @throws ValidationException if waiting is asked of an ECI, ACS or hybrid-pool unit, or of a
   *     unit with a {@code max}
   */
  public SchedulingUnit withWaitForScaleOut(boolean wait) {
    String field = FIELD + ".waitForScaleOut";
    if (wait && (kind == Kind.ECI || kind == Kind.ACS)) {
      throw new ValidationException(field, "must only be set on a unit of cluster nodes: the pod label waits for "
          + "node-pool scale-out, and this is an " + resource().wireValue() + " unit");
    }
    if (wait && kind == Kind.HYBRID_POOL) {
      throw new ValidationException(field, "must not be set on a hybrid pool unit (" + describe()
          + "): hybrid pools hold data-centre servers and never scale out");
    }
    if (wait && max.isPresent()) {
      throw new ValidationException(field, "must not be set on a unit with max " + max.get()
          + ": a unit waiting for scale-out holds an auto-scaling pool, which must not have a max");
    }
    return new SchedulingUnit(kind, nodeSelector, max, wait, podLabels, podAnnotations);
  }

  /**
   * Returns a unit that adds a label to the pods it places. Only pods carrying the unit's pod
   * labels and annotations count toward its {@code max}.
   *
   * @param key the label key
   * @param value the label value
   * @return a new unit
   * @throws ValidationException if the key or value breaks the label rules, or the key is
   *     {@value #WAIT_FOR_SCALE_OUT_LABEL} (use {@link #withWaitForScaleOut(boolean)})
   */
  public SchedulingUnit withPodLabel(String key, String value) {
    String field = FIELD + ".podLabels";
    KubernetesNames.labelKey(key, field);
    KubernetesNames.labelValue(value, field + "[" + key + "]");
    if (key.equals(WAIT_FOR_SCALE_OUT_LABEL)) {
      throw new ValidationException(field, "must not set " + WAIT_FOR_SCALE_OUT_LABEL
          + " directly; use withWaitForScaleOut(true)");
    }
    Map<String, String> labels = new LinkedHashMap<>(podLabels);
    labels.put(key, value);
    return new SchedulingUnit(kind, nodeSelector, max, waitForScaleOut, Collections.unmodifiableMap(labels),
        podAnnotations);
  }

  /**
   * Returns a unit that adds an annotation to the pods it places.
   *
   * @param key the annotation key, in label-key syntax
   * @param value the annotation value, any text
   * @return a new unit
   * @throws ValidationException if the key breaks the rule, the value is null or the unit's
   *     annotations would exceed the Kubernetes size limit
   */
  public SchedulingUnit withPodAnnotation(String key, String value) {
    Map<String, String> annotations = new LinkedHashMap<>(podAnnotations);
    annotations.put(key, value);
    KubernetesNames.annotations(annotations, FIELD + ".podAnnotations");
    return new SchedulingUnit(kind, nodeSelector, max, waitForScaleOut, podLabels,
        Collections.unmodifiableMap(annotations));
  }

  /**
   * Returns the kind of unit.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the {@code resource} the unit is written with.
   *
   * @return {@link UnitResource#ECS} for node units, else {@link UnitResource#ECI} or {@link UnitResource#ACS}
   */
  public UnitResource resource() {
    return switch (kind) {
      case ECI -> UnitResource.ECI;
      case ACS -> UnitResource.ACS;
      default -> UnitResource.ECS;
    };
  }

  /**
   * Returns the node pool the unit holds.
   *
   * @return the pool id for node-pool, hybrid-pool and auto-scaling-pool units, else empty
   */
  public Optional<String> nodePoolId() {
    return kind == Kind.NODE_POOL || kind == Kind.HYBRID_POOL || kind == Kind.AUTO_SCALING_POOL
        ? Optional.of(nodeSelector.get(HybridPlacement.NODE_POOL_ID_LABEL)) : Optional.empty();
  }

  /**
   * Returns the node labels that select the unit's nodes.
   *
   * @return an unmodifiable map; empty for ECI and ACS units
   */
  public Map<String, String> nodeSelector() {
    return nodeSelector;
  }

  /**
   * Returns the most pods the unit takes.
   *
   * @return the limit, empty for none
   */
  public Optional<Integer> max() {
    return max;
  }

  /**
   * Returns whether pods wait in the unit for node-pool scale-out.
   *
   * @return true if the unit carries {@value #WAIT_FOR_SCALE_OUT_LABEL}
   */
  public boolean waitsForScaleOut() {
    return waitForScaleOut;
  }

  /**
   * Returns whether the unit holds an auto-scaling node pool: made by
   * {@link #autoScalingPool(String)} or waiting for scale-out.
   *
   * @return true if so
   */
  public boolean holdsAutoScalingPool() {
    return kind == Kind.AUTO_SCALING_POOL || waitForScaleOut;
  }

  /**
   * Returns whether the unit's nodes are hybrid-pool nodes, which pods must tolerate.
   *
   * @return true for a hybrid-pool unit or a selector on {@code alibabacloud.com/nodepool-type: hybridcloud}
   */
  public boolean selectsHybridNodes() {
    return kind == Kind.HYBRID_POOL
        || HybridPlacement.HYBRID.equals(nodeSelector.get(HybridPlacement.NODE_POOL_TYPE_LABEL));
  }

  /**
   * Returns the labels the unit adds to its pods, without the wait-for-scale-out label.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> podLabels() {
    return podLabels;
  }

  /**
   * Returns the annotations the unit adds to its pods.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> podAnnotations() {
    return podAnnotations;
  }

  /**
   * Writes the unit as an item of a {@code ResourcePolicy}'s {@code units}.
   *
   * @return a new JSON object such as {@code {"resource":"ecs","nodeSelector":{"alibabacloud.com/nodepool-id":"np-1"}}}
   */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode().put("resource", resource().wireValue());
    if (!nodeSelector.isEmpty()) {
      ObjectNode selector = node.putObject("nodeSelector");
      nodeSelector.forEach(selector::put);
    }
    max.ifPresent(m -> node.put("max", m));
    if (!podLabels.isEmpty() || waitForScaleOut) {
      ObjectNode labels = node.putObject("podLabels");
      podLabels.forEach(labels::put);
      if (waitForScaleOut) {
        labels.put(WAIT_FOR_SCALE_OUT_LABEL, "true");
      }
    }
    if (!podAnnotations.isEmpty()) {
      ObjectNode annotations = node.putObject("podAnnotations");
      podAnnotations.forEach(annotations::put);
    }
    return node;
  }

  /**
   * Describes the unit in a few words.
   *
   * @return e.g. {@code hybrid pool np-idc-0001 (max 20)} or {@code auto-scaling pool np-ecs-1 (waits for scale-out)}
   */
  public String describe() {
    String what = switch (kind) {
      case NODE_POOL -> "node pool " + nodePoolId().orElseThrow();
      case HYBRID_POOL -> "hybrid pool " + nodePoolId().orElseThrow();
      case AUTO_SCALING_POOL -> "auto-scaling pool " + nodePoolId().orElseThrow();
      case NODE_SELECTOR -> "nodes " + nodeSelector;
      case ECI -> "eci";
      case ACS -> "acs";
    };
    return what + max.map(m -> " (max " + m + ")").orElse("") + (waitForScaleOut ? " (waits for scale-out)" : "");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SchedulingUnit)) {
      return false;
    }
    SchedulingUnit other = (SchedulingUnit) o;
    return kind == other.kind && nodeSelector.equals(other.nodeSelector) && max.equals(other.max)
        && waitForScaleOut == other.waitForScaleOut && podLabels.equals(other.podLabels)
        && podAnnotations.equals(other.podAnnotations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, nodeSelector, max, waitForScaleOut, podLabels, podAnnotations);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }

  private static SchedulingUnit poolUnit(Kind kind, String poolId, boolean wait) {
    HybridPlacement.nodePoolId(poolId, FIELD + ".nodePoolId");
    return new SchedulingUnit(kind, Map.of(HybridPlacement.NODE_POOL_ID_LABEL, poolId), Optional.empty(), wait,
        Map.of(), Map.of());
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
