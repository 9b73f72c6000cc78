package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.nodepool.scheduling.internal.YamlText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a namespace's pods go, in order: an ACK {@code ResourcePolicy}
 * ({@code scheduling.alibabacloud.com/v1alpha1}). The scheduler fills the units in order on
 * scale-out and empties them in reverse on scale-in (best effort), so "data centre first, burst to
 * the cloud, release the cloud first" is three units:
 *
 * <pre>{@code
 * PriorityScheduling policy = PriorityScheduling.create("web", "prod")
 *     .addSelectorLabel("app", "web")
 *     .addUnit(SchedulingUnit.hybridPool("np-idc-0001"))
 *     .addUnit(SchedulingUnit.autoScalingPool("np-ecs-burst-0001"))
 *     .addUnit(SchedulingUnit.eci())
 *     .whenTryNextUnits(WhenTryNextUnits.timeoutOrExceedMax(Duration.ofMinutes(10)));
 * client.policies().apply(kubeconfig, policy);
 * }</pre>
 *
 * <p>The policy is its own builder: every step returns a new immutable policy. Each step checks its
 * own arguments at once; {@link #validate()} checks the rules that need the whole policy, and
 * {@link #toResource()} runs it first. Needs an ACK managed Pro cluster, Kubernetes 1.20.11 or
 * later, and the ACK scheduler versions noted on each setting. The workload's pod template must
 * carry the labels of {@link #selector()} and the {@link #requiredTolerations()};
 * {@link #validateWorkload(ObjectNode)} checks a manifest for both.
 *
 * <p>Written with the strategy {@code prefer}, the only one ACK documents, and with both
 * {@code ignorePreviousPod} and {@code ignoreTerminatingPod} always present: ACK's types omit a
 * {@code false}, which would let the server's version-dependent default decide.
 */
public final class PriorityScheduling {
  /** Label put on every rendered policy, so the SDK can tell its own policies apart. */
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  /** Value of {@link #MANAGED_BY_LABEL} on rendered policies. */
  public static final String MANAGED_BY = "ackhybrid-sdk";

  /** The wait {@link #hybridFirst} gives pods for the burst pool to scale out before they move on. */
  public static final Duration HYBRID_FIRST_TIMEOUT = Duration.ofMinutes(10);

  static final String FIELD = "priorityScheduling";
  static final String STRATEGY = "prefer";
  static final Set<String> COMPUTE_LABELS =
      Set.of("alibabacloud.com/compute-class", "alibabacloud.com/compute-qos");

  private final String name;
  private final String namespace;
  private final Map<String, String> selector;
  private final List<SchedulingUnit> units;
  private final Optional<WhenTryNextUnits> whenTryNextUnits;
  private final Optional<PreemptPolicy> preemptPolicy;
  private final boolean ignorePreviousPod;
  private final boolean ignoreTerminatingPod;
  private final List<String> matchLabelKeys;

  private PriorityScheduling(String name, String namespace, Map<String, String> selector, List<SchedulingUnit> units,
      Optional<WhenTryNextUnits> whenTryNextUnits, Optional<PreemptPolicy> preemptPolicy, boolean ignorePreviousPod,
      boolean ignoreTerminatingPod, List<String> matchLabelKeys) {
    this.name = name;
    this.namespace = namespace;
    this.selector = selector;
    this.units = units;
    this.whenTryNextUnits = whenTryNextUnits;
    this.preemptPolicy = preemptPolicy;
    this.ignorePreviousPod = ignorePreviousPod;
    this.ignoreTerminatingPod = ignoreTerminatingPod;
    this.matchLabelKeys = matchLabelKeys;
  }

  /**
   * Starts a policy with no units, an empty selector, {@code ignorePreviousPod=false} and
   * {@code ignoreTerminatingPod=true}.
   *
   * @param name the policy's name, a DNS-1123 subdomain such as {@code web}
   * @param namespace the namespace whose pods it places, a DNS-1123 label; a policy never selects
   *     pods of another namespace
   * @return the policy
   * @throws ValidationException if a name breaks its rule
   */
  public static PriorityScheduling create(String name, String namespace) {
    KubernetesNames.dns1123Subdomain(name, FIELD + ".name");
    KubernetesNames.dns1123Label(namespace, FIELD + ".namespace");
    return new PriorityScheduling(name, namespace, Map.of(), List.of(), Optional.empty(), Optional.empty(),
        false, true, List.of());
  }

  /**
   * Makes the hybrid-first recipe: the data-centre servers of a hybrid pool first, then an
   * auto-scaling ECS pool whose pods wait up to {@link #HYBRID_FIRST_TIMEOUT} for scale-out
   * ({@link TryNextUnitsPolicy#TIMEOUT_OR_EXCEED_MAX}). On scale-in the cloud pods go first. Append
   * {@code addUnit(SchedulingUnit.eci())} to fall back to ECI after the timeout, as ACK's recipe does.
   *
   * @param name the policy's name
   * @param namespace the workload's namespace
   * @param selector the workload's pod labels, such as {@code Map.of("app", "web")}
   * @param hybridPoolId the hybrid pool's id
   * @param burstPoolId the id of a pay-as-you-go ECS pool with auto scaling enabled
   * @return the policy
   * @throws ValidationException if a name, label or pool id breaks its rule
   */
  public static PriorityScheduling hybridFirst(String name, String namespace, Map<String, String> selector,
      String hybridPoolId, String burstPoolId) {
    return create(name, namespace)
        .selector(selector)
        .addUnit(SchedulingUnit.hybridPool(hybridPoolId))
        .addUnit(SchedulingUnit.autoScalingPool(burstPoolId))
        .whenTryNextUnits(WhenTryNextUnits.timeoutOrExceedMax(HYBRID_FIRST_TIMEOUT));
  }

  /**
   * Reads a {@code ResourcePolicy} object, such as one listed from a cluster. A node-pool unit
   * reads as {@link SchedulingUnit#nodePool(String)}, or {@link SchedulingUnit#autoScalingPool(String)}
   * when it waits for scale-out: the object does not record whether a pool is a hybrid pool.
   *
   * @param resource the object
   * @return the policy
   * @throws ValidationException if the object is not a {@code ResourcePolicy}, or holds something
   *     this SDK does not write (another strategy, {@code maxResources}, an {@code elastic} unit...)
   */
  public static PriorityScheduling fromResource(ObjectNode resource) {
    return ResourcePolicyReader.read(resource);
  }

  /**
   * Returns a policy that selects the pods carrying all of these labels, replacing the selector.
   * An empty selector selects every pod of the namespace.
   *
   * @param labels the pod labels; copied, order kept
   * @return a new policy
   * @throws ValidationException if a key or value breaks the label rules
   */
  public PriorityScheduling selector(Map<String, String> labels) {
    KubernetesNames.labels(labels, FIELD + ".selector");
    return new PriorityScheduling(name, namespace, Collections.unmodifiableMap(new LinkedHashMap<>(labels)), units,
        whenTryNextUnits, preemptPolicy, ignorePreviousPod, ignoreTerminatingPod, matchLabelKeys);
  }

  /**
   * Returns a policy whose selector also requires one more pod label.
   *
   * @param key the label key
   * @param value the label value
   * @return a new policy
   * @throws ValidationException if the key or value breaks the label rules
   */
  public PriorityScheduling addSelectorLabel(String key, String value) {
    String field = FIELD + ".selector";
    KubernetesNames.labelKey(key, field);
    KubernetesNames.labelValue(value, field + "[" + key + "]");
    Map<String, String> copy = new LinkedHashMap<>(selector);
    copy.put(key, value);
    return selector(copy);
  }

  /**
   * Returns a policy with one more unit, tried after the units already added.
   *
   * @param unit the unit
   * @return a new policy
   * @throws ValidationException if the unit is null
   */
  public PriorityScheduling addUnit(SchedulingUnit unit) {
    Validate.notNull(unit, FIELD + ".units[" + units.size() + "]");
    List<SchedulingUnit> copy = new ArrayList<>(units);
    copy.add(unit);
    return new PriorityScheduling(name, namespace, selector, List.copyOf(copy), whenTryNextUnits, preemptPolicy,
        ignorePreviousPod, ignoreTerminatingPod, matchLabelKeys);
  }

  /**
   * Returns a policy with these units, in priority order, replacing the units.
   *
   * @param newUnits the units; copied
   * @return a new policy
   * @throws ValidationException if the list or a unit is null
   */
  public PriorityScheduling units(List<SchedulingUnit> newUnits) {
    Validate.notNull(newUnits, FIELD + ".units");
    for (int i = 0; i < newUnits.size(); i++) {
      Validate.notNull(newUnits.get(i), FIELD + ".units[" + i + "]");
    }
    return new PriorityScheduling(name, namespace, selector, List.copyOf(newUnits), whenTryNextUnits, preemptPolicy,
        ignorePreviousPod, ignoreTerminatingPod, matchLabelKeys);
  }

  /**
   * Returns a policy with this rule for moving on to the next unit. Unset, ACK applies
   * {@link TryNextUnitsPolicy#LACK_RESOURCE_OR_EXCEED_MAX}. Needs cluster 1.24 and scheduler 6.4 or later.
   *
   * @param rule the rule
   * @return a new policy
   * @throws ValidationException if the rule is null
   */
  public PriorityScheduling whenTryNextUnits(WhenTryNextUnits rule) {
    Validate.notNull(rule, FIELD + ".whenTryNextUnits");
    return new PriorityScheduling(name, namespace, selector, units, Optional.of(rule), preemptPolicy,
        ignorePreviousPod, ignoreTerminatingPod, matchLabelKeys);
  }

  /**
   * Returns a policy with this preemption rule. Unset, ACK applies {@link PreemptPolicy#AFTER_ALL_UNITS}.
   * Needs scheduler 6.1 or later, and preemption enabled in the scheduler's settings.
   *
   * @param policy the rule
   * @return a new policy
   * @throws ValidationException if the rule is null or {@link PreemptPolicy#UNKNOWN}
   */
  public PriorityScheduling preemptPolicy(PreemptPolicy policy) {
    Validate.notNull(policy, FIELD + ".preemptPolicy");
    if (policy == PreemptPolicy.UNKNOWN) {
      throw new ValidationException(FIELD + ".preemptPolicy", "must be a known policy, was UNKNOWN");
    }
    return new PriorityScheduling(name, namespace, selector, units, whenTryNextUnits, Optional.of(policy),
        ignorePreviousPod, ignoreTerminatingPod, matchLabelKeys);
  }

  /**
   * Returns a policy that does, or does not, leave pods scheduled before the policy existed out
   * of the units' {@code max} counts. Needs scheduler 6.1 or later.
   *
   * @param ignore true to leave them out
   * @return a new policy
   */
  public PriorityScheduling ignorePreviousPod(boolean ignore) {
    return new PriorityScheduling(name, namespace, selector, units, whenTryNextUnits, preemptPolicy, ignore,
        ignoreTerminatingPod, matchLabelKeys);
  }

  /**
   * Returns a policy that does, or does not, leave terminating pods out of the units' {@code max}
   * counts. Needs scheduler 6.1 or later.
   *
   * @param ignore true to leave them out
   * @return a new policy
   */
  public PriorityScheduling ignoreTerminatingPod(boolean ignore) {
    return new PriorityScheduling(name, namespace, selector, units, whenTryNextUnits, preemptPolicy,
        ignorePreviousPod, ignore, matchLabelKeys);
  }

  /**
   * Returns a policy that counts {@code max} per group of pods sharing the values of these labels,
   * such as {@code pod-template-hash}, replacing the keys. ACK rejects a selected pod that lacks
   * one of the labels. Needs scheduler 6.2 or later.
   *
   * @param keys the label keys; copied
   * @return a new policy
   * @throws ValidationException if a key breaks the label-key rule or is given twice
   */
  public PriorityScheduling matchLabelKeys(List<String> keys) {
    String field = FIELD + ".matchLabelKeys";
    Validate.notNull(keys, field);
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      KubernetesNames.labelKey(key, field);
      if (!seen.add(key)) {
        throw new ValidationException(field, "must not hold " + Validate.quote(key) + " twice");
      }
    }
    return new PriorityScheduling(name, namespace, selector, units, whenTryNextUnits, preemptPolicy,
        ignorePreviousPod, ignoreTerminatingPod, List.copyOf(keys));
  }

  /**
   * Returns a policy that also groups by one more label key; see {@link #matchLabelKeys(List)}.
   *
   * @param key the label key
   * @return a new policy
   * @throws ValidationException if the key breaks the label-key rule or is already present
   */
  public PriorityScheduling addMatchLabelKey(String key) {
    List<String> copy = new ArrayList<>(matchLabelKeys);
    copy.add(key);
    return matchLabelKeys(copy);
  }

  /**
   * Returns the policy's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the namespace of the policy and of the pods it places.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns the pod labels the policy selects by.
   *
   * @return an unmodifiable map; empty selects every pod of the namespace
   */
  public Map<String, String> selector() {
    return selector;
  }

  /**
   * Returns the units in priority order.
   *
   * @return an unmodifiable list
   */
  public List<SchedulingUnit> units() {
    return units;
  }

  /**
   * Returns the rule for moving on to the next unit.
   *
   * @return the rule, empty for ACK's default
   */
  public Optional<WhenTryNextUnits> whenTryNextUnits() {
    return whenTryNextUnits;
  }

  /**
   * Returns the preemption rule.
   *
   * @return the rule, empty for ACK's default
   */
  public Optional<PreemptPolicy> preemptPolicy() {
    return preemptPolicy;
  }

  /**
   * Returns whether pods scheduled before the policy existed are left out of {@code max} counts.
   *
   * @return the setting, false unless changed
   */
  public boolean ignorePreviousPod() {
    return ignorePreviousPod;
  }

  /**
   * Returns whether terminating pods are left out of {@code max} counts.
   *
   * @return the setting, true unless changed
   */
  public boolean ignoreTerminatingPod() {
    return ignoreTerminatingPod;
  }

  /**
   * Returns the label keys that group pods for {@code max} counts.
   *
   * @return an unmodifiable list
   */
  public List<String> matchLabelKeys() {
    return matchLabelKeys;
  }

  /**
   * Returns the tolerations the selected pods need for the policy's units: the hybrid-pool
   * toleration when a unit selects hybrid nodes. Put them in the workload's pod template, for
   * example with {@link HybridPlacement#tolerateHybridNodes()}.
   *
   * @return an unmodifiable list, empty when no unit needs one
   */
  public List<Toleration> requiredTolerations() {
    return units.stream().anyMatch(SchedulingUnit::selectsHybridNodes)
        ? List.of(HybridPlacement.hybridToleration()) : List.of();
  }

  /**
   * Checks the rules that need the whole policy. Names, labels, pool ids, {@code max} bounds, a
   * {@code max} on a unit holding an auto-scaling pool, and timeouts were checked by the steps
   * that set them.
   *
   * @throws ValidationException if the policy has no unit, two units select the same node pool or
   *     nodes, or a timeout is set when every unit is an ACS unit, which ignores it
   */
  public void validate() {
    if (units.isEmpty()) {
      throw new ValidationException(FIELD + ".units", "must hold at least one unit, in the order pods should fill them");
    }
    Map<Map<String, String>, Integer> selectors = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      SchedulingUnit unit = units.get(i);
      if (unit.resource() != UnitResource.ECS) {
        continue;
      }
      Integer earlier = selectors.putIfAbsent(unit.nodeSelector(), i);
      if (earlier != null) {
        Optional<String> pool = unit.nodePoolId();
        String field = FIELD + ".units[" + i + "]." + (pool.isPresent() ? "nodePoolId" : "nodeSelector");
        throw new ValidationException(field, "must differ from units[" + earlier + "]'s: both select "
            + pool.map(p -> "node pool " + p).orElse("nodes " + unit.nodeSelector())
            + "; a pool belongs in one unit");
      }
    }
    boolean allAcs = units.stream().allMatch(u -> u.resource() == UnitResource.ACS);
    if (allAcs && whenTryNextUnits.flatMap(WhenTryNextUnits::timeout).isPresent()) {
      throw new ValidationException(FIELD + ".whenTryNextUnits.timeout",
          "must not be set when every unit is an acs unit: ACK ignores the timeout for ACS units");
    }
  }

  /**
   * Returns what is legal but probably not what was meant: an empty selector, a {@code max} of 0,
   * counting settings without any {@code max}, units after an unlimited ECI or ACS unit, and the
   * like. Never throws.
   *
   * @return the warnings, empty when there is nothing to say
   */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (selector.isEmpty()) {
      warnings.add(FIELD + ".selector is empty: the policy places every pod of namespace " + namespace);
    }
    selector.keySet().stream().filter(COMPUTE_LABELS::contains).forEach(k -> warnings.add(FIELD + ".selector uses "
        + k + ", which ACK may rewrite on pods, so they may fall out of the policy"));
    boolean anyMax = units.stream().anyMatch(u -> u.max().isPresent());
    for (int i = 0; i < units.size(); i++) {
      SchedulingUnit unit = units.get(i);
      if (unit.max().equals(Optional.of(0))) {
        warnings.add(FIELD + ".units[" + i + "].max is 0: the unit takes no pods (ACK does not document this case)");
      }
      boolean unlimitedVirtual = unit.resource() != UnitResource.ECS && unit.max().isEmpty();
      if (unlimitedVirtual && i < units.size() - 1) {
        warnings.add(FIELD + ".units[" + i + "] is an " + unit.resource().wireValue() + " unit without max: the units "
            + "after it get pods only when " + unit.resource().wireValue() + " capacity runs out");
      }
    }
    if (!anyMax && (!matchLabelKeys.isEmpty() || ignorePreviousPod || !ignoreTerminatingPod)) {
      warnings.add(FIELD + ": matchLabelKeys, ignorePreviousPod and ignoreTerminatingPod only affect max counts, "
          + "and no unit has a max");
    }
    if (preemptPolicy.isPresent() && !units.isEmpty() && units.stream().allMatch(u -> u.resource() == UnitResource.ACS)) {
      warnings.add(FIELD + ".preemptPolicy does not apply to ACS units, and every unit is one");
    }
    return List.copyOf(warnings);
  }

  /**
   * Checks a workload against the policy before it is deployed: its pods must carry the selector's
   * labels and every {@link #matchLabelKeys()} key, tolerate the {@link #requiredTolerations()},
   * live in the policy's namespace, and its {@code spec.selector} must not use
   * {@code alibabacloud.com/compute-class} or {@code compute-qos}, which ACK may rewrite on pods.
   *
   * @param workload a Deployment, StatefulSet, ReplicaSet, Job or other manifest with a pod
   *     template at {@code spec.template}, or a Pod
   * @return warnings, such as a pod template setting {@code controller.kubernetes.io/pod-deletion-cost},
   *     which the policy's scale-in order relies on
   * @throws ValidationException naming the manifest field that breaks a rule
   */
  public List<String> validateWorkload(ObjectNode workload) {
    return WorkloadCheck.check(this, workload);
  }

  /**
   * Validates the policy and writes it as a {@code ResourcePolicy} manifest, labelled
   * {@value #MANAGED_BY_LABEL}={@value #MANAGED_BY}.
   *
   * @return a new JSON object
   * @throws ValidationException if the policy breaks a rule
   */
  public ObjectNode toResource() {
    validate();
    ObjectNode resource = Json.mapper().createObjectNode()
        .put("apiVersion", ResourceKind.RESOURCE_POLICY.apiVersion())
        .put("kind", ResourceKind.RESOURCE_POLICY.kind());
    ObjectNode metadata = resource.putObject("metadata").put("name", name).put("namespace", namespace);
    metadata.putObject("labels").put(MANAGED_BY_LABEL, MANAGED_BY);
    ObjectNode spec = resource.putObject("spec");
    ObjectNode selectorNode = spec.putObject("selector");
    selector.forEach(selectorNode::put);
    spec.put("strategy", STRATEGY);
    spec.put("ignorePreviousPod", ignorePreviousPod);
    spec.put("ignoreTerminatingPod", ignoreTerminatingPod);
    preemptPolicy.ifPresent(p -> spec.put("preemptPolicy", p.wireValue()));
    if (!matchLabelKeys.isEmpty()) {
      ArrayNode keys = spec.putArray("matchLabelKeys");
      matchLabelKeys.forEach(keys::add);
    }
    ArrayNode unitNodes = spec.putArray("units");
    units.forEach(u -> unitNodes.add(u.toJson()));
    whenTryNextUnits.ifPresent(w -> spec.set("whenTryNextUnits", w.toJson()));
    return resource;
  }

  /**
   * Validates the policy and writes it as YAML, for {@code kubectl apply -f}.
   *
   * @return the manifest text
   * @throws ValidationException if the policy breaks a rule
   */
  public String toYaml() {
    return YamlText.write(toResource());
  }

  /**
   * Returns a one-line summary for logs and confirmations. Never throws, even for a policy that
   * would not validate.
   *
   * @return e.g. {@code ResourcePolicy prod/web for pods {app=web}: hybrid pool np-idc -> auto-scaling pool np-ecs (waits for scale-out); TimeoutOrExceedMax after 10m}
   */
  public String describe() {
    String order = units.isEmpty() ? "no units yet"
        : units.stream().map(SchedulingUnit::describe).collect(Collectors.joining(" -> "));
    return "ResourcePolicy " + namespace + "/" + name + " for pods " + (selector.isEmpty() ? "(all)" : selector)
        + ": " + order + whenTryNextUnits.map(w -> "; " + w).orElse("");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PriorityScheduling)) {
      return false;
    }
    PriorityScheduling other = (PriorityScheduling) o;
    return name.equals(other.name) && namespace.equals(other.namespace) && selector.equals(other.selector)
        && units.equals(other.units) && whenTryNextUnits.equals(other.whenTryNextUnits)
        && preemptPolicy.equals(other.preemptPolicy) && ignorePreviousPod == other.ignorePreviousPod
        && ignoreTerminatingPod == other.ignoreTerminatingPod && matchLabelKeys.equals(other.matchLabelKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, selector, units, whenTryNextUnits, preemptPolicy, ignorePreviousPod,
        ignoreTerminatingPod, matchLabelKeys);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
