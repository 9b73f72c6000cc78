package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/**
 * A Kubernetes service in a traffic-lane group or lane, named the way the lane APIs name it:
 * {@code clusterName/clusterId/namespace/name}. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class LaneService {

  /**
   * Returns the name of the cluster the service runs in.
   *
   * @return the cluster name
   */
  public abstract String clusterName();

  /**
   * Returns the id of the cluster the service runs in.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the service's namespace.
   *
   * @return the namespace
   */
  public abstract String namespace();

  /**
   * Returns the service's name.
   *
   * @return the service name
   */
  public abstract String name();

  /**
   * Returns the service as the lane APIs write it.
   *
   * @return {@code clusterName/clusterId/namespace/name}
   */
  public String path() {
    return clusterName() + "/" + clusterId() + "/" + namespace() + "/" + name();
  }

  /**
   * Creates a service reference. Rules are checked where it is sent.
   *
   * @param clusterName the cluster name
   * @param clusterId the cluster id
   * @param namespace the namespace
   * @param name the service name
   * @return the reference
   */
  public static LaneService of(String clusterName, String clusterId, String namespace, String name) {
    return builder().clusterName(clusterName).clusterId(clusterId).namespace(namespace).name(name).build();
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this value's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link LaneService}. */
  public static final class Builder extends ImmutableLaneService.Builder {}
}
