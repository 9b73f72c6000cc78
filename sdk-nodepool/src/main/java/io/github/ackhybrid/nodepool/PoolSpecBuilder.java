package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Ids;
import io.github.ackhybrid.nodepool.model.Label;
import io.github.ackhybrid.nodepool.model.Taint;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every node pool builder shares: name, resource group, node labels and taints, and the
 * managed node pool flags. Labels and taints are checked against the Kubernetes rules as they are
 * added, so an error points at the call that caused it; the rest is checked in {@code build()}.
 *
 * @param <B> the concrete builder
 * @param <S> the spec it builds
 */
public abstract sealed class PoolSpecBuilder<B extends PoolSpecBuilder<B, S>, S extends PoolSpec>
    permits HybridPoolSpec.Builder, NodePoolSpec.Builder {
  private static final String FIELD = "nodePool";
  String name;
  String resourceGroupId;
  final Map<String, String> labels = new LinkedHashMap<>();
  // Kubernetes identifies a taint by key and effect, so one key may carry several effects.
  final Map<String, Taint> taints = new LinkedHashMap<>();
  Boolean managed;
  Boolean autoRepair;
  Boolean autoUpgrade;
  Boolean unschedulable;

  PoolSpecBuilder() {}

  PoolSpecBuilder(PoolSpec spec) {
    this.name = spec.name();
    this.resourceGroupId = spec.resourceGroupId().orElse(null);
    spec.labels().forEach(l -> labels.put(l.key(), l.value()));
    spec.taints().forEach(t -> taints.put(taintId(t.key(), t.effect()), t));
    this.managed = spec.managed().orElse(null);
    this.autoRepair = spec.autoRepair().orElse(null);
    this.autoUpgrade = spec.autoUpgrade().orElse(null);
    this.unschedulable = spec.unschedulable().orElse(null);
  }

  abstract B self();

  /**
   * Checks a label before it is added; hybrid pools refuse changes to their default label.
   *
   * @throws ValidationException if the label may not be set
   */
  void checkLabel(String key, String value) {}

  /**
   * Checks a label key before it is removed.
   *
   * @throws ValidationException if the label may not be removed
   */
  void checkLabelRemoval(String key) {}

  /**
   * Checks a taint before it is added.
   *
   * @throws ValidationException if the taint may not be set
   */
  void checkTaint(Taint taint) {}

  /**
   * Checks a taint key before its taints are removed.
   *
   * @throws ValidationException if the taint may not be removed
   */
  void checkTaintRemoval(String key) {}

  /**
   * Sets the pool name. Required.
   *
   * @param name 1-63 characters [A-Za-z0-9_-], starting with a letter or digit; checked in {@code build()}
   * @return this builder
   */
  public B name(String name) {
    this.name = name;
    return self();
  }

  /**
   * Puts the pool in a resource group.
   *
   * @param resourceGroupId the resource group id, or null for the account's default group
   * @return this builder
   */
  public B resourceGroupId(String resourceGroupId) {
    this.resourceGroupId = resourceGroupId;
    return self();
  }

  /**
   * Adds a Kubernetes label that every node of the pool gets, replacing an earlier value of the key.
   *
   * @param key a Kubernetes label key, such as {@code workload} or {@code example.com/team}
   * @param value a Kubernetes label value, possibly empty
   * @return this builder
   * @throws ValidationException if the key or value breaks the Kubernetes rules, or the label may
   *     not be changed on this kind of pool
   */
  public B label(String key, String value) {
    PoolFieldChecks.label(key, value, FIELD);
    checkLabel(key, value);
    labels.put(key, value);
    return self();
  }

  /**
   * Adds every label of a map, as {@link #label(String, String)} does for each.
   *
   * @param labels the labels
   * @return this builder
   * @throws ValidationException as {@link #label(String, String)} does
   */
  public B labels(Map<String, String> labels) {
    Validate.notNull(labels, "nodePool.labels").forEach(this::label);
    return self();
  }

  /**
   * Removes a label added earlier.
   *
   * @param key the label key
   * @return this builder
   * @throws ValidationException if the label may not be removed from this kind of pool
   */
  public B removeLabel(String key) {
    Validate.notNull(key, "nodePool.label.key");
    checkLabelRemoval(key);
    labels.remove(key);
    return self();
  }

  /**
   * Adds a Kubernetes taint that every node of the pool gets, replacing an earlier taint with the
   * same key and effect.
   *
   * @param key a Kubernetes taint key
   * @param value the value, possibly empty
   * @param effect {@code NO_SCHEDULE}, {@code PREFER_NO_SCHEDULE} or {@code NO_EXECUTE}
   * @return this builder
   * @throws ValidationException if a part breaks the Kubernetes rules, or the taint may not be
   *     changed on this kind of pool
   */
  public B taint(String key, String value, TaintEffect effect) {
    PoolFieldChecks.taint(key, value, effect, FIELD);
    Taint taint = Taint.of(key, value, effect);
    checkTaint(taint);
    taints.put(taintId(key, effect), taint);
    return self();
  }

  /**
   * Removes every taint with this key added earlier.
   *
   * @param key the taint key
   * @return this builder
   * @throws ValidationException if the taint may not be removed from this kind of pool
   */
  public B removeTaint(String key) {
    Validate.notNull(key, "nodePool.taint.key");
    checkTaintRemoval(key);
    taints.values().removeIf(t -> t.key().equals(key));
    return self();
  }

  /**
   * Makes the pool a managed node pool (ACK managed Pro clusters), whose nodes ACK maintains.
   *
   * @param managed true to enable management
   * @return this builder
   */
  public B managed(boolean managed) {
    this.managed = managed;
    return self();
  }

  /**
   * Lets ACK repair faulty nodes automatically; needs {@link #managed(boolean) managed(true)}.
   *
   * @param autoRepair true to enable
   * @return this builder
   */
  public B autoRepair(boolean autoRepair) {
    this.autoRepair = autoRepair;
    return self();
  }

  /**
   * Lets ACK upgrade node components automatically; needs {@link #managed(boolean) managed(true)}.
   *
   * @param autoUpgrade true to enable
   * @return this builder
   */
  public B autoUpgrade(boolean autoUpgrade) {
    this.autoUpgrade = autoUpgrade;
    return self();
  }

  /**
   * Makes new nodes join cordoned, so nothing is scheduled on them until you uncordon them.
   *
   * @param unschedulable true to join cordoned
   * @return this builder
   */
  public B unschedulable(boolean unschedulable) {
    this.unschedulable = unschedulable;
    return self();
  }

  /**
   * Checks every value and builds the spec.
   *
   * @return the spec
   * @throws ValidationException naming the first field that is missing or invalid
   */
  public abstract S build();

  void checkCommon() {
    Ids.poolName(name);
    PoolFieldChecks.resourceGroupId(resourceGroupId, FIELD);
    boolean isManaged = Boolean.TRUE.equals(managed);
    if (Boolean.TRUE.equals(autoRepair) && !isManaged) {
      throw new ValidationException("nodePool.autoRepair", "needs a managed node pool: call managed(true) as well");
    }
    if (Boolean.TRUE.equals(autoUpgrade) && !isManaged) {
      throw new ValidationException("nodePool.autoUpgrade", "needs a managed node pool: call managed(true) as well");
    }
  }

  List<Label> labelList() {
    List<Label> list = new ArrayList<>();
    labels.forEach((k, v) -> list.add(Label.of(k, v)));
    return List.copyOf(list);
  }

  List<Taint> taintList() {
    return List.copyOf(taints.values());
  }

  static String taintId(String key, TaintEffect effect) {
    return key + ":" + effect.wireValue();
  }
}
