package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.nodepool.internal.AutoScalingRules;
import io.github.ackhybrid.nodepool.internal.Ids;
import io.github.ackhybrid.nodepool.model.Taint;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Changes to an existing node pool, applied with ModifyClusterNodePool. The changes are merged
 * into the pool as last read, so settings this SDK does not model are sent back unchanged; on a
 * hybrid pool, changes that would remove or alter its default label or taint are refused.
 *
 * <pre>{@code
 * pools.updatePool(clusterId, poolId, u -> u.label("team", "ml").removeLabel("legacy").updateExistingNodes(true))
 * }</pre>
 */
public final class NodePoolUpdate {
  private static final String FIELD = "nodePoolUpdate";
  private final Optional<String> name;
  private final Optional<String> resourceGroupId;
  private final OptionalLong desiredSize;
  private final Map<String, String> labelsToPut;
  private final Set<String> labelsToRemove;
  private final List<Taint> taintsToPut;
  private final Set<String> taintsToRemove;
  private final Optional<Boolean> managed;
  private final Optional<Boolean> autoRepair;
  private final Optional<Boolean> autoUpgrade;
  private final Optional<Boolean> unschedulable;
  private final Optional<Boolean> autoScalingEnabled;
  private final OptionalLong autoScalingMin;
  private final OptionalLong autoScalingMax;
  private final Optional<Boolean> updateExistingNodes;
  private final Optional<Boolean> concurrency;

  private NodePoolUpdate(Builder b) {
    this.name = Optional.ofNullable(b.name);
    this.resourceGroupId = Optional.ofNullable(b.resourceGroupId);
    this.desiredSize = b.desiredSize == null ? OptionalLong.empty() : OptionalLong.of(b.desiredSize);
    this.labelsToPut = Collections.unmodifiableMap(new LinkedHashMap<>(b.labelsToPut));
    this.labelsToRemove = Collections.unmodifiableSet(new LinkedHashSet<>(b.labelsToRemove));
    this.taintsToPut = List.copyOf(b.taintsToPut);
    this.taintsToRemove = Collections.unmodifiableSet(new LinkedHashSet<>(b.taintsToRemove));
    this.managed = Optional.ofNullable(b.managed);
    this.autoRepair = Optional.ofNullable(b.autoRepair);
    this.autoUpgrade = Optional.ofNullable(b.autoUpgrade);
    this.unschedulable = Optional.ofNullable(b.unschedulable);
    this.autoScalingEnabled = Optional.ofNullable(b.autoScalingEnabled);
    this.autoScalingMin = b.autoScalingMin == null ? OptionalLong.empty() : OptionalLong.of(b.autoScalingMin);
    this.autoScalingMax = b.autoScalingMax == null ? OptionalLong.empty() : OptionalLong.of(b.autoScalingMax);
    this.updateExistingNodes = Optional.ofNullable(b.updateExistingNodes);
    this.concurrency = Optional.ofNullable(b.concurrency);
  }

  /**
   * Starts an update that changes nothing yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the new pool name.
   *
   * @return the name, empty to keep it
   */
  public Optional<String> name() {
    return name;
  }

  /**
   * Returns the new resource group.
   *
   * @return the resource group id, empty to keep it
   */
  public Optional<String> resourceGroupId() {
    return resourceGroupId;
  }

  /**
   * Returns the absolute number of nodes an ECS pool should hold.
   *
   * @return the desired size, empty to keep it
   */
  public OptionalLong desiredSize() {
    return desiredSize;
  }

  /**
   * Returns the labels to add or change.
   *
   * @return key to value, in the order set
   */
  public Map<String, String> labelsToPut() {
    return labelsToPut;
  }

  /**
   * Returns the label keys to remove.
   *
   * @return the keys
   */
  public Set<String> labelsToRemove() {
    return labelsToRemove;
  }

  /**
   * Returns the taints to add or change (matched by key and effect).
   *
   * @return the taints
   */
  public List<Taint> taintsToPut() {
    return taintsToPut;
  }

  /**
   * Returns the taint keys whose taints are removed.
   *
   * @return the keys
   */
  public Set<String> taintsToRemove() {
    return taintsToRemove;
  }

  /**
   * Returns whether the pool becomes (or stops being) a managed node pool.
   *
   * @return the flag, empty to keep it
   */
  public Optional<Boolean> managed() {
    return managed;
  }

  /**
   * Returns whether auto repair is switched on or off.
   *
   * @return the flag, empty to keep it
   */
  public Optional<Boolean> autoRepair() {
    return autoRepair;
  }

  /**
   * Returns whether auto upgrade is switched on or off.
   *
   * @return the flag, empty to keep it
   */
  public Optional<Boolean> autoUpgrade() {
    return autoUpgrade;
  }

  /**
   * Returns whether new nodes join cordoned.
   *
   * @return the flag, empty to keep it
   */
  public Optional<Boolean> unschedulable() {
    return unschedulable;
  }

  /**
   * Returns whether auto scaling is switched on or off.
   *
   * @return the flag, empty to keep it
   */
  public Optional<Boolean> autoScalingEnabled() {
    return autoScalingEnabled;
  }

  /**
   * Returns the new auto scaling minimum.
   *
   * @return the minimum, empty to keep it
   */
  public OptionalLong autoScalingMin() {
    return autoScalingMin;
  }

  /**
   * Returns the new auto scaling maximum.
   *
   * @return the maximum, empty to keep it
   */
  public OptionalLong autoScalingMax() {
    return autoScalingMax;
  }

  /**
   * Returns whether label and taint changes are also applied to the pool's existing nodes
   * ({@code update_nodes}); otherwise only new nodes get them.
   *
   * @return the flag
   */
  public Optional<Boolean> updateExistingNodes() {
    return updateExistingNodes;
  }

  /**
   * Returns whether the change may run alongside other operations on the pool.
   *
   * @return the flag
   */
  public Optional<Boolean> concurrency() {
    return concurrency;
  }

  /**
   * Tells whether the update changes labels or taints.
   *
   * @return true if it does
   */
  public boolean touchesLabelsOrTaints() {
    return !labelsToPut.isEmpty() || !labelsToRemove.isEmpty() || !taintsToPut.isEmpty() || !taintsToRemove.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("NodePoolUpdate{");
    name.ifPresent(n -> sb.append("name=").append(n).append(", "));
    resourceGroupId.ifPresent(n -> sb.append("resourceGroupId=").append(n).append(", "));
    desiredSize.ifPresent(n -> sb.append("desiredSize=").append(n).append(", "));
    if (!labelsToPut.isEmpty()) {
      sb.append("labelsToPut=").append(labelsToPut).append(", ");
    }
    if (!labelsToRemove.isEmpty()) {
      sb.append("labelsToRemove=").append(labelsToRemove).append(", ");
    }
    if (!taintsToPut.isEmpty()) {
      sb.append("taintsToPut=").append(taintsToPut).append(", ");
    }
    if (!taintsToRemove.isEmpty()) {
      sb.append("taintsToRemove=").append(taintsToRemove).append(", ");
    }
    managed.ifPresent(v -> sb.append("managed=").append(v).append(", "));
    autoRepair.ifPresent(v -> sb.append("autoRepair=").append(v).append(", "));
    autoUpgrade.ifPresent(v -> sb.append("autoUpgrade=").append(v).append(", "));
    unschedulable.ifPresent(v -> sb.append("unschedulable=").append(v).append(", "));
    autoScalingEnabled.ifPresent(v -> sb.append("autoScaling=").append(v).append(", "));
    updateExistingNodes.ifPresent(v -> sb.append("updateExistingNodes=").append(v).append(", "));
    concurrency.ifPresent(v -> sb.append("concurrency=").append(v).append(", "));
    if (sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 2);
    }
    return sb.append('}').toString();
  }

  /** Builds a {@link NodePoolUpdate}; labels and taints are checked as they are added. */
  public static final class Builder {
    private String name;
    private String resourceGroupId;
    private Long desiredSize;
    private final Map<String, String> labelsToPut = new LinkedHashMap<>();
    private final Set<String> labelsToRemove = new LinkedHashSet<>();
    private final List<Taint> taintsToPut = new ArrayList<>();
    private final Set<String> taintsToRemove = new LinkedHashSet<>();
    private Boolean managed;
    private Boolean autoRepair;
    private Boolean autoUpgrade;
    private Boolean unschedulable;
    private Boolean autoScalingEnabled;
    private Long autoScalingMin;
    private Long autoScalingMax;
    private Boolean updateExistingNodes;
    private Boolean concurrency;

    private Builder() {}

    /**
     * Renames the pool.
     *
     * @param name 1-63 characters [A-Za-z0-9_-], starting with a letter or digit
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Moves the pool to another resource group.
     *
     * @param resourceGroupId the resource group id
     * @return this builder
     */
    public Builder resourceGroupId(String resourceGroupId) {
      this.resourceGroupId = resourceGroupId;
      return this;
    }

    /**
     * Sets the absolute number of nodes of an ECS pool; the service adds or removes instances to
     * match. Hybrid pools have no desired size, and a pool the autoscaler sizes takes one only in
     * an update that also calls {@link #disableAutoScaling()}.
     *
     * @param desiredSize 0-2000
     * @return this builder
     */
    public Builder desiredSize(long desiredSize) {
      this.desiredSize = desiredSize;
      return this;
    }

    /**
     * Adds a label or changes its value.
     *
     * @param key a Kubernetes label key
     * @param value a Kubernetes label value, possibly empty
     * @return this builder
     * @throws ValidationException if the key or value breaks the Kubernetes rules
     */
    public Builder label(String key, String value) {
      PoolFieldChecks.label(key, value, FIELD);
      labelsToRemove.remove(key);
      labelsToPut.put(key, value);
      return this;
    }

    /**
     * Removes a label.
     *
     * @param key the label key
     * @return this builder
     * @throws ValidationException if the key breaks the Kubernetes rules
     */
    public Builder removeLabel(String key) {
      KubernetesNames.labelKey(key, "nodePoolUpdate.label.key");
      labelsToPut.remove(key);
      labelsToRemove.add(key);
      return this;
    }

    /**
     * Adds a taint, or changes the value of the taint with the same key and effect.
     *
     * @param key a Kubernetes taint key
     * @param value the value, possibly empty
     * @param effect {@code NO_SCHEDULE}, {@code PREFER_NO_SCHEDULE} or {@code NO_EXECUTE}
     * @return this builder
     * @throws ValidationException if a part breaks the Kubernetes rules
     */
    public Builder taint(String key, String value, TaintEffect effect) {
      PoolFieldChecks.taint(key, value, effect, FIELD);
      taintsToRemove.remove(key);
      taintsToPut.removeIf(t -> t.key().equals(key) && t.effect() == effect);
      taintsToPut.add(Taint.of(key, value, effect));
      return this;
    }

    /**
     * Removes every taint with this key.
     *
     * @param key the taint key
     * @return this builder
     * @throws ValidationException if the key breaks the Kubernetes rules
     */
    public Builder removeTaint(String key) {
      KubernetesNames.labelKey(key, "nodePoolUpdate.taint.key");
      taintsToPut.removeIf(t -> t.key().equals(key));
      taintsToRemove.add(key);
      return this;
    }

    /**
     * Switches the managed node pool on or off.
     *
     * @param managed true to manage
     * @return this builder
     */
    public Builder managed(boolean managed) {
      this.managed = managed;
      return this;
    }

    /**
     * Switches auto repair on or off.
     *
     * @param autoRepair true to repair automatically
     * @return this builder
     */
    public Builder autoRepair(boolean autoRepair) {
      this.autoRepair = autoRepair;
      return this;
    }

    /**
     * Switches auto upgrade on or off.
     *
     * @param autoUpgrade true to upgrade automatically
     * @return this builder
     */
    public Builder autoUpgrade(boolean autoUpgrade) {
      this.autoUpgrade = autoUpgrade;
      return this;
    }

    /**
     * Makes new nodes join cordoned, or not.
     *
     * @param unschedulable true to join cordoned
     * @return this builder
     */
    public Builder unschedulable(boolean unschedulable) {
      this.unschedulable = unschedulable;
      return this;
    }

    /**
     * Switches auto scaling on, or keeps it on, with new bounds. Refused (before the write) on
     * hybrid pools, the cluster's default pool and subscription pools, and when the pool's labels
     * and taints would number 12 or more together.
     *
     * @param min the least number of instances, 0 or more, existing instances excluded
     * @param max the greatest number of instances, from {@code min} (at least 1) to 2000
     * @return this builder
     */
    public Builder autoScaling(long min, long max) {
      this.autoScalingEnabled = true;
      this.autoScalingMin = min;
      this.autoScalingMax = max;
      return this;
    }

    /**
     * Switches auto scaling off ({@code auto_scaling.enable = false}); the scaling group's desired
     * size governs the pool again.
     *
     * @return this builder
     */
    public Builder disableAutoScaling() {
      this.autoScalingEnabled = false;
      this.autoScalingMin = null;
      this.autoScalingMax = null;
      return this;
    }

    /**
     * Also applies label and taint changes to the pool's existing nodes ({@code update_nodes});
     * without it only nodes that join later get them.
     *
     * @param updateExistingNodes true to update existing nodes
     * @return this builder
     */
    public Builder updateExistingNodes(boolean updateExistingNodes) {
      this.updateExistingNodes = updateExistingNodes;
      return this;
    }

    /**
     * Lets the change run alongside other operations on the pool ({@code concurrency}).
     *
     * @param concurrency true to allow
     * @return this builder
     */
    public Builder concurrency(boolean concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Checks the changes and builds the update.
     *
     * @return the update
     * @throws ValidationException naming the first invalid field, or if nothing would change
     */
    public NodePoolUpdate build() {
      if (name != null) {
        Ids.poolName(name);
      }
      PoolFieldChecks.resourceGroupId(resourceGroupId, FIELD);
      if (desiredSize != null) {
        Validate.inRange(desiredSize, "nodePoolUpdate.desiredSize", 0, 2000);
      }
      if (autoScalingMax != null) {
        AutoScalingRules.bounds(autoScalingMin, autoScalingMax, "nodePoolUpdate.autoScaling");
        if (desiredSize != null) {
          throw new ValidationException("nodePoolUpdate.desiredSize", "cannot be set while switching auto scaling on:"
              + " the autoscaler sizes the pool between min and max; was " + desiredSize);
        }
      }
      if (name == null && resourceGroupId == null && desiredSize == null && labelsToPut.isEmpty()
          && labelsToRemove.isEmpty() && taintsToPut.isEmpty() && taintsToRemove.isEmpty() && managed == null
          && autoRepair == null && autoUpgrade == null && unschedulable == null && autoScalingEnabled == null) {
        throw new ValidationException("nodePoolUpdate", "changes nothing: set at least one field");
      }
      return new NodePoolUpdate(this);
    }
  }
}
