package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/** A node pool and its nodes as observed at one moment, the value node waiters report. */
@ModelStyle
@Value.Immutable
public abstract class NodePoolSnapshot {

  /**
   * Returns the pool.
   *
   * @return the pool
   */
  public abstract NodePool pool();

  /**
   * Returns the pool's nodes.
   *
   * @return the nodes
   */
  public abstract List<Node> nodes();

  /**
   * Returns the nodes Kubernetes reports {@code Ready}.
   *
   * @return the ready nodes
   */
  public List<Node> readyNodes() {
    return nodes().stream().filter(Node::ready).toList();
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePoolSnapshot}. */
  public static final class Builder extends ImmutableNodePoolSnapshot.Builder {}

  @Override
  public String toString() {
    return "NodePoolSnapshot{pool=" + pool().id() + ", state=" + pool().stateAsString()
        + ", nodes=" + nodes().size() + ", ready=" + readyNodes().size() + "}";
  }
}
