package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.nodepool.scheduling.internal.YamlText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a workload's pod spec needs to run on the data-centre servers of a hybrid node pool, as
 * typed values and as snippets to paste into a manifest. Every hybrid-pool node carries the label
 * {@code alibabacloud.com/nodepool-type: hybridcloud} and the taint
 * {@code nodepool-type=hybridcloud:NoSchedule}: the toleration only makes pods <em>eligible</em>
 * for those nodes, and a node selector or node affinity makes them go there.
 *
 * <pre>{@code
 * String yaml = HybridPlacement.preferHybridNodes().toYaml();   // paste under the pod template's spec:
 * }</pre>
 *
 * <p>Pick one: {@link #tolerateHybridNodes()} when a {@link PriorityScheduling} policy orders the
 * pools; {@link #requireHybridNodes()} or {@link #requireHybridPool(String)} to keep pods on the
 * data centre; {@link #preferHybridNodes()} to prefer it and still allow cloud nodes. On a
 * registered cluster, whose own nodes are the data centre and carry no taint,
 * {@link #preferOnPremisesNodes()} keeps pods off the cloud nodes while the data centre has room.
 * Immutable.
 */
public final class HybridPlacement {
  /** Node label holding the node pool id, on every node of a node pool. */
  public static final String NODE_POOL_ID_LABEL = "alibabacloud.com/nodepool-id";

  /** Node label marking the nodes of a hybrid node pool; ACK's docs warn never to remove it. */
  public static final String NODE_POOL_TYPE_LABEL = "alibabacloud.com/nodepool-type";

  /** Value of {@link #NODE_POOL_TYPE_LABEL} on hybrid-pool nodes, and of their taint. */
  public static final String HYBRID = "hybridcloud";

  /** Key of the taint on every hybrid-pool node. */
  public static final String HYBRID_TAINT_KEY = "nodepool-type";

  /**
   * Node label ACK puts on the cloud (ECS) nodes it adds to a registered cluster, with the value
   * {@code true} (reference ack-cs-api §5.3(c)).
   */
  public static final String EXTERNAL_NODE_LABEL = "alibabacloud.com/external";

  /** The weight {@link #preferHybridNodes()} gives its preference: the strongest. */
  public static final int DEFAULT_PREFERENCE_WEIGHT = 100;

  private static final Toleration HYBRID_TOLERATION =
      Toleration.equal(HYBRID_TAINT_KEY, HYBRID, Toleration.Effect.NO_SCHEDULE);

  /**
   * A soft node affinity term: the scheduler adds {@code weight} to the score of nodes meeting all
   * of the requirements.
   *
   * @param weight 1-100
   * @param requirements the node label conditions, all of which must hold; at least one
   */
  public record Preference(int weight, List<NodeLabelRequirement> requirements) {
    /**
     * Checks the weight and copies the requirements.
     *
     * @param weight 1-100
     * @param requirements the node label conditions, all of which must hold; at least one
     * @throws ValidationException if the weight is out of range or there is no requirement
     */
    public Preference {
      Validate.inRange(weight, "hybridPlacement.preference.weight", 1, 100);
      Validate.notNull(requirements, "hybridPlacement.preference.requirements");
      if (requirements.isEmpty()) {
        throw new ValidationException("hybridPlacement.preference.requirements", "must hold at least one requirement");
      }
      requirements = List.copyOf(requirements);
    }
  }

  private final List<Toleration> tolerations;
  private final Map<String, String> nodeSelector;
  private final List<NodeLabelRequirement> requiredNodeAffinity;
  private final Optional<Preference> preferredNodeAffinity;

  private HybridPlacement(Map<String, String> nodeSelector, List<NodeLabelRequirement> required,
      Optional<Preference> preferred) {
    this(List.of(HYBRID_TOLERATION), nodeSelector, required, preferred);
  }

  private HybridPlacement(List<Toleration> tolerations, Map<String, String> nodeSelector,
      List<NodeLabelRequirement> required, Optional<Preference> preferred) {
    this.tolerations = tolerations;
    this.nodeSelector = nodeSelector;
    this.requiredNodeAffinity = required;
    this.preferredNodeAffinity = preferred;
  }

  /**
   * Returns the toleration of the hybrid-pool taint.
   *
   * @return {@code nodepool-type=hybridcloud:NoSchedule} with operator {@code Equal}
   */
  public static Toleration hybridToleration() {
    return HYBRID_TOLERATION;
  }

  /**
   * Makes pods eligible for hybrid nodes without steering them there: the toleration alone. Use it
   * with a {@link PriorityScheduling} policy, which decides the order of the pools.
   *
   * @return the placement
   */
  public static HybridPlacement tolerateHybridNodes() {
    return new HybridPlacement(Map.of(), List.of(), Optional.empty());
  }

  /**
   * Keeps pods on the nodes of any hybrid pool: the toleration plus a required node affinity on
   * {@code alibabacloud.com/nodepool-type In [hybridcloud]}.
   *
   * @return the placement
   */
  public static HybridPlacement requireHybridNodes() {
    return new HybridPlacement(Map.of(), List.of(NodeLabelRequirement.in(NODE_POOL_TYPE_LABEL, HYBRID)),
        Optional.empty());
  }

  /**
   * Keeps pods on the nodes of one hybrid pool: the toleration plus the node selector
   * {@code alibabacloud.com/nodepool-id: <poolId>}.
   *
   * @param hybridPoolId the hybrid node pool's id, such as {@code np-idc-0001}
   * @return the placement
   * @throws ValidationException if the id is null or not a valid label value
   */
  public static HybridPlacement requireHybridPool(String hybridPoolId) {
    return new HybridPlacement(Map.of(NODE_POOL_ID_LABEL, nodePoolId(hybridPoolId, "hybridPlacement.hybridPoolId")),
        List.of(), Optional.empty());
  }

  /**
   * Checks a node pool id, which nodes carry as the value of {@value #NODE_POOL_ID_LABEL} and so
   * must be a label value that is not empty.
   *
   * @throws ValidationException if the id is null, empty or not a label value
   */
  static String nodePoolId(String value, String field) {
    if (KubernetesNames.labelValue(value, field).isEmpty()) {
      throw new ValidationException(field, "must be a node pool id such as np-idc-0001, was \"\"");
    }
    return value;
  }

  /**
   * Prefers hybrid nodes and still allows cloud nodes when the data centre is full: the toleration
   * plus a preferred node affinity of weight {@value #DEFAULT_PREFERENCE_WEIGHT} on the pool-type label.
   * Unlike a {@link PriorityScheduling} policy it gives no scale-in order.
   *
   * @return the placement
   */
  public static HybridPlacement preferHybridNodes() {
    return preferHybridNodes(DEFAULT_PREFERENCE_WEIGHT);
  }

  /**
   * Like {@link #preferHybridNodes()} with another weight, for pod specs that weigh other
   * preferences too.
   *
   * @param weight 1-100
   * @return the placement
   * @throws ValidationException if the weight is out of range
   */
  public static HybridPlacement preferHybridNodes(int weight) {
    Preference preference = new Preference(weight, List.of(NodeLabelRequirement.in(NODE_POOL_TYPE_LABEL, HYBRID)));
    return new HybridPlacement(Map.of(), List.of(), Optional.of(preference));
  }

  /**
   * For a registered (ACK One) cluster bursting to cloud node pools: prefers the cluster's own
   * nodes and still allows the cloud nodes when they are full, by a preferred node affinity of
   * weight {@value #DEFAULT_PREFERENCE_WEIGHT} on {@code alibabacloud.com/external NotIn [true]}. No
   * toleration is needed. It is the fallback for a {@link PriorityScheduling} policy, which ACK
   * documents only for managed Pro clusters (reference elastic-scheduling §5.3): it orders
   * placement but not scale-in, so give cloud pods a lower
   * {@code controller.kubernetes.io/pod-deletion-cost} if they should go first.
   *
   * @return the placement
   */
  public static HybridPlacement preferOnPremisesNodes() {
    Preference preference = new Preference(DEFAULT_PREFERENCE_WEIGHT,
        List.of(NodeLabelRequirement.notIn(EXTERNAL_NODE_LABEL, "true")));
    return new HybridPlacement(List.of(), Map.of(), List.of(), Optional.of(preference));
  }

  /**
   * Returns the tolerations the pod spec needs.
   *
   * @return an unmodifiable list holding the hybrid-pool toleration; empty for
   *     {@link #preferOnPremisesNodes()}
   */
  public List<Toleration> tolerations() {
    return tolerations;
  }

  /**
   * Returns the pod spec's {@code nodeSelector}.
   *
   * @return an unmodifiable map, empty when none is needed
   */
  public Map<String, String> nodeSelector() {
    return nodeSelector;
  }

  /**
   * Returns the required node affinity: one term whose requirements must all hold.
   *
   * @return an unmodifiable list, empty when none is needed
   */
  public List<NodeLabelRequirement> requiredNodeAffinity() {
    return requiredNodeAffinity;
  }

  /**
   * Returns the preferred node affinity.
   *
   * @return the preference, empty when none is needed
   */
  public Optional<Preference> preferredNodeAffinity() {
    return preferredNodeAffinity;
  }

  /**
   * Writes the pod spec fields as JSON, to merge into a pod template's {@code spec}: any of
   * {@code tolerations}, {@code nodeSelector} and {@code affinity}, only those needed.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode spec = Json.mapper().createObjectNode();
    if (!tolerations.isEmpty()) {
      ArrayNode tolerationNodes = spec.putArray("tolerations");
      tolerations.forEach(t -> tolerationNodes.add(t.toJson()));
    }
    if (!nodeSelector.isEmpty()) {
      ObjectNode selector = spec.putObject("nodeSelector");
      nodeSelector.forEach(selector::put);
    }
    if (!requiredNodeAffinity.isEmpty() || preferredNodeAffinity.isPresent()) {
      ObjectNode affinity = spec.putObject("affinity").putObject("nodeAffinity");
      if (!requiredNodeAffinity.isEmpty()) {
        ArrayNode expressions = affinity.putObject("requiredDuringSchedulingIgnoredDuringExecution")
            .putArray("nodeSelectorTerms").addObject().putArray("matchExpressions");
        requiredNodeAffinity.forEach(r -> expressions.add(r.toJson()));
      }
      preferredNodeAffinity.ifPresent(p -> {
        ObjectNode term = affinity.putArray("preferredDuringSchedulingIgnoredDuringExecution").addObject()
            .put("weight", p.weight());
        ArrayNode expressions = term.putObject("preference").putArray("matchExpressions");
        p.requirements().forEach(r -> expressions.add(r.toJson()));
      });
    }
    return spec;
  }

  /**
   * Writes the pod spec fields as YAML, to paste under a pod template's {@code spec:} and indent
   * to its level.
   *
   * @return the YAML text, ending with a newline
   */
  public String toYaml() {
    return YamlText.write(toJson());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HybridPlacement)) {
      return false;
    }
    HybridPlacement other = (HybridPlacement) o;
    return tolerations.equals(other.tolerations) && nodeSelector.equals(other.nodeSelector)
        && requiredNodeAffinity.equals(other.requiredNodeAffinity)
        && preferredNodeAffinity.equals(other.preferredNodeAffinity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tolerations, nodeSelector, requiredNodeAffinity, preferredNodeAffinity);
  }

  /**
   * Describes the placement.
   *
   * @return e.g. {@code HybridPlacement{tolerations=[nodepool-type=hybridcloud:NoSchedule], nodeSelector={...}}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("HybridPlacement{tolerations=").append(tolerations);
    if (!nodeSelector.isEmpty()) {
      sb.append(", nodeSelector=").append(nodeSelector);
    }
    if (!requiredNodeAffinity.isEmpty()) {
      sb.append(", required=").append(requiredNodeAffinity);
    }
    preferredNodeAffinity.ifPresent(p -> sb.append(", preferred(").append(p.weight()).append(")=")
        .append(p.requirements()));
    return sb.append('}').toString();
  }
}
