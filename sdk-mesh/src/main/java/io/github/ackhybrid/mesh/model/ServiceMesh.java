package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ASM mesh as {@code DescribeServiceMeshDetail} and {@code DescribeServiceMeshes} report it:
 * identity, lifecycle state, network, endpoints and the mesh-wide settings that matter for hybrid
 * traffic governance. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class ServiceMesh {

  /**
   * Returns the mesh id, such as {@code c08ba3fd1e6484b0f8cc1ad8fe10d1234}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the mesh name.
   *
   * @return the name, empty when the service reports none
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the state exactly as the service sent it.
   *
   * @return the raw state, empty when the service reports none
   */
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the lifecycle state.
   *
   * @return the state, {@link MeshState#UNKNOWN} for a value this SDK does not know
   */
  public MeshState state() {
    return MeshState.fromWire(stateAsString());
  }

  /**
   * Returns what went wrong, when the service reports a problem.
   *
   * @return the error message, absent when empty
   */
  public abstract Optional<String> errorMessage();

  /**
   * Returns the region the mesh lives in.
   *
   * @return the region id
   */
  public abstract Optional<String> region();

  /**
   * Returns the edition exactly as the service sent it ({@code Profile}).
   *
   * @return the raw edition
   */
  public abstract Optional<String> editionAsString();

  /**
   * Returns the edition.
   *
   * @return the edition, {@link MeshEdition#UNKNOWN} for a value this SDK does not know
   */
  public Optional<MeshEdition> edition() {
    return editionAsString().map(MeshEdition::fromWire);
  }

  /**
   * Returns the commercial tier exactly as the service sent it ({@code ClusterSpec}).
   *
   * @return the raw tier
   */
  public abstract Optional<String> clusterSpecAsString();

  /**
   * Returns the commercial tier.
   *
   * @return the tier, {@link MeshClusterSpec#UNKNOWN} for a value this SDK does not know
   */
  public Optional<MeshClusterSpec> clusterSpec() {
    return clusterSpecAsString().map(MeshClusterSpec::fromWire);
  }

  /**
   * Returns the ASM version, such as {@code v1.7.4.0-gfb34ba99-aliyun}.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * Returns when the mesh was created.
   *
   * @return the creation time, absent when not reported or not readable
   */
  public abstract Optional<Instant> created();

  /**
   * Returns when the mesh was last updated.
   *
   * @return the update time, absent when not reported or not readable
   */
  public abstract Optional<Instant> updated();

  /**
   * Returns the ids of the clusters in the mesh.
   *
   * @return the member cluster ids, possibly empty
   */
  public abstract List<String> memberClusterIds();

  /**
   * Returns the control-plane endpoints.
   *
   * @return the endpoints; each is absent when the service reports none
   */
  @Value.Default
  public MeshEndpoints endpoints() {
    return MeshEndpoints.builder().build();
  }

  /**
   * Returns the VPC of the control plane.
   *
   * @return the VPC id
   */
  public abstract Optional<String> vpcId();

  /**
   * Returns the vSwitches of the control plane.
   *
   * @return the vSwitch ids, possibly empty
   */
  public abstract List<String> vSwitchIds();

  /**
   * Returns the security group of the control plane.
   *
   * @return the security group id
   */
  public abstract Optional<String> securityGroupId();

  /**
   * Returns whether the control-plane API server has a public EIP.
   *
   * @return true if the API server is reachable from the Internet
   */
  @Value.Default
  public boolean apiServerPublicEip() {
    return false;
  }

  /**
   * Returns whether Istio Pilot has a public EIP.
   *
   * @return true if Pilot is reachable from the Internet
   */
  @Value.Default
  public boolean pilotPublicEip() {
    return false;
  }

  /**
   * Returns the CLB instance in front of the API server.
   *
   * @return the load balancer id
   */
  public abstract Optional<String> apiServerLoadBalancerId();

  /**
   * Returns whether mesh-wide locality (nearest-access) load balancing is on
   * ({@code EnableLocalityLB}).
   *
   * @return true if on
   */
  @Value.Default
  public boolean localityLoadBalancing() {
    return false;
  }

  /**
   * Returns the mesh-wide locality settings ({@code LocalityLB}).
   *
   * @return the settings, absent when the service reports none
   */
  public abstract Optional<MeshLocalityLb> localityLb();

  /**
   * Returns the outbound traffic policy, {@code ALLOW_ANY} or {@code REGISTRY_ONLY}.
   *
   * @return the policy
   */
  public abstract Optional<String> outboundTrafficPolicy();

  /**
   * Returns whether tracing is on.
   *
   * @return true if on; false when not reported
   */
  @Value.Default
  public boolean tracing() {
    return false;
  }

  /**
   * Returns whether telemetry is on.
   *
   * @return true if on; false when not reported
   */
  @Value.Default
  public boolean telemetry() {
    return false;
  }

  /**
   * Returns the mesh's tags.
   *
   * @return the tags by key, possibly empty
   */
  public abstract Map<String, String> tags();

  /**
   * Returns whether a newer ASM version is available for this mesh.
   *
   * @return true if upgradable; false when not reported
   */
  @Value.Default
  public boolean upgradable() {
    return false;
  }

  /**
   * Starts a mesh.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this mesh's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ServiceMesh}. */
  public static final class Builder extends ImmutableServiceMesh.Builder {}
}
