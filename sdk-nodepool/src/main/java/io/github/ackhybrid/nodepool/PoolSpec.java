package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.nodepool.model.Label;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import io.github.ackhybrid.nodepool.model.Taint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node pool to create: what every kind of pool shares. {@link HybridPoolSpec} describes a pool of
 * your own servers, {@link NodePoolSpec} a pool the cloud fills (ECS, edge, Lingjun). Immutable.
 */
public abstract sealed class PoolSpec permits HybridPoolSpec, NodePoolSpec {
  private final String name;
  private final Optional<String> resourceGroupId;
  private final List<Label> labels;
  private final List<Taint> taints;
  private final Optional<Boolean> managed;
  private final Optional<Boolean> autoRepair;
  private final Optional<Boolean> autoUpgrade;
  private final Optional<Boolean> unschedulable;

  PoolSpec(PoolSpecBuilder<?, ?> b) {
    this.name = b.name;
    this.resourceGroupId = Optional.ofNullable(b.resourceGroupId);
    this.labels = b.labelList();
    this.taints = b.taintList();
    this.managed = Optional.ofNullable(b.managed);
    this.autoRepair = Optional.ofNullable(b.autoRepair);
    this.autoUpgrade = Optional.ofNullable(b.autoUpgrade);
    this.unschedulable = Optional.ofNullable(b.unschedulable);
  }

  /**
   * Returns the kind of pool, sent as {@code nodepool_info.type}.
   *
   * @return the type
   */
  public abstract NodePoolType type();

  /**
   * Returns the pool name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the resource group the pool goes in.
   *
   * @return the resource group id, empty for the account's default
   */
  public Optional<String> resourceGroupId() {
    return resourceGroupId;
  }

  /**
   * Returns every label the pool's nodes get, defaults included.
   *
   * @return the labels in the order they were added
   */
  public List<Label> labels() {
    return labels;
  }

  /**
   * Returns every taint the pool's nodes get, defaults included.
   *
   * @return the taints in the order they were added
   */
  public List<Taint> taints() {
    return taints;
  }

  /**
   * Returns whether the pool is a managed node pool, if set.
   *
   * @return the flag
   */
  public Optional<Boolean> managed() {
    return managed;
  }

  /**
   * Returns whether ACK repairs faulty nodes automatically, if set.
   *
   * @return the flag
   */
  public Optional<Boolean> autoRepair() {
    return autoRepair;
  }

  /**
   * Returns whether ACK upgrades node components automatically, if set.
   *
   * @return the flag
   */
  public Optional<Boolean> autoUpgrade() {
    return autoUpgrade;
  }

  /**
   * Returns whether new nodes join cordoned, if set.
   *
   * @return the flag
   */
  public Optional<Boolean> unschedulable() {
    return unschedulable;
  }

  boolean sameCommon(PoolSpec o) {
    return name.equals(o.name) && resourceGroupId.equals(o.resourceGroupId) && labels.equals(o.labels)
        && taints.equals(o.taints) && managed.equals(o.managed) && autoRepair.equals(o.autoRepair)
        && autoUpgrade.equals(o.autoUpgrade) && unschedulable.equals(o.unschedulable);
  }

  int commonHash() {
    return Objects.hash(name, resourceGroupId, labels, taints, managed, autoRepair, autoUpgrade, unschedulable);
  }

  String commonText() {
    return "name=" + name + resourceGroupId.map(r -> ", resourceGroupId=" + r).orElse("")
        + ", labels=" + labels + ", taints=" + taints
        + managed.map(m -> ", managed=" + m).orElse("")
        + autoRepair.map(m -> ", autoRepair=" + m).orElse("")
        + autoUpgrade.map(m -> ", autoUpgrade=" + m).orElse("")
        + unschedulable.map(m -> ", unschedulable=" + m).orElse("");
  }
}
