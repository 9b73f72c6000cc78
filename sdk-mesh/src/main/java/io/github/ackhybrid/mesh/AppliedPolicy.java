package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of {@link MeshClient#applyPolicy}: which mesh, which policy, the Istio API version
 * chosen for the mesh, and each resource as stored, in the order it was applied. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class AppliedPolicy {

  /**
   * Returns the mesh the policy was applied to.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns the policy that was applied.
   *
   * @return the policy
   */
  public abstract TrafficPolicy policy();

  /**
   * Returns the {@code networking.istio.io} version the resources were written in, chosen from the
   * mesh's Istio version.
   *
   * @return the API version
   */
  public abstract IstioApiVersion istioApiVersion();

  /**
   * Returns whether the policy's namespace had to be created on the mesh's control plane first.
   *
   * @return true if this call created the namespace
   */
  @Value.Default
  public boolean namespaceCreated() {
    return false;
  }

  /**
   * Returns the applied resources in apply order: a {@code DestinationRule} before the
   * {@code VirtualService} that routes to its subsets.
   *
   * @return the resources, never empty
   */
  public abstract List<AppliedResource> resources();

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

  /** Builds an {@link AppliedPolicy}. */
  public static final class Builder extends ImmutableAppliedPolicy.Builder {}
}
