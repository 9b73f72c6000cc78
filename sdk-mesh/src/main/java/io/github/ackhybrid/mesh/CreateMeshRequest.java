package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import io.github.ackhybrid.mesh.model.MeshClusterSpec;
import io.github.ackhybrid.mesh.model.MeshEdition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code CreateServiceMesh} needs to create a mesh for a hybrid estate: where its control
 * plane lives (VPC and vSwitch), its edition and version, whether its API server is reachable from
 * the Internet, and mesh-wide locality load balancing. Unset options keep the service's defaults.
 * Checked when built. Immutable.
 *
 * <pre>{@code
 * CreateMeshRequest request = CreateMeshRequest.builder()
 *     .name("global").vpcId("vpc-1").vSwitch("vsw-1")
 *     .edition(MeshEdition.PRO).apiServerPublicEip(true)
 *     .build();
 * }</pre>
 */
@RequestStyle
@Value.Immutable
public abstract class CreateMeshRequest {
  // The older Terraform schema allowed one control-plane vSwitch; the API takes a list, so allow a
  // few for zone redundancy and let the service judge the exact limit.
  private static final int MAX_VSWITCHES = 10;

  /**
   * Returns the mesh name.
   *
   * @return the name; the service picks one when absent
   */
  public abstract Optional<String> name();

  /**
   * Returns the region to create the mesh in.
   *
   * @return the region; the client's region when absent
   */
  public abstract Optional<String> region();

  /**
   * Returns the VPC of the control plane. Required.
   *
   * @return the VPC id
   */
  public abstract String vpcId();

  /**
   * Returns the vSwitches of the control plane, sent as the JSON array text {@code VSwitches}.
   * At least one is required.
   *
   * @return the vSwitch ids
   */
  public abstract List<String> vSwitchIds();

  /**
   * Returns the ASM version to install, as {@code DescribeVersions} lists them.
   *
   * @return the version; the service's default when absent
   */
  public abstract Optional<String> istioVersion();

  /**
   * Returns the edition.
   *
   * @return the edition; the service's default when absent
   */
  public abstract Optional<MeshEdition> edition();

  /**
   * Returns the commercial tier.
   *
   * @return the tier; the service's default when absent
   */
  public abstract Optional<MeshClusterSpec> clusterSpec();

  /**
   * Returns whether to give the control-plane API server a public EIP. Needed to reach the mesh's
   * Istio resources from outside the VPC and to add clusters by kubeconfig.
   *
   * @return the setting; the service's default (false) when absent
   */
  public abstract Optional<Boolean> apiServerPublicEip();

  /**
   * Returns the CLB specification of the API server.
   *
   * @return the specification
   */
  public abstract Optional<LoadBalancerSpec> apiServerLoadBalancerSpec();

  /**
   * Returns the CLB specification of Istio Pilot.
   *
   * @return the specification
   */
  public abstract Optional<LoadBalancerSpec> pilotLoadBalancerSpec();

  /**
   * Returns whether to turn on mesh-wide locality (nearest-access) load balancing.
   *
   * @return the setting; the service's default (false) when absent
   */
  public abstract Optional<Boolean> localityLoadBalancing();

  /**
   * Returns the mesh-wide locality settings, sent as the {@code LocalityLBConf} JSON text.
   *
   * @return the settings
   */
  public abstract Optional<LocalityLbConfig> localityLbConfig();

  /**
   * Returns the cluster domain, which must equal the member clusters' domain.
   *
   * @return the domain, such as {@code cluster.local}
   */
  public abstract Optional<String> clusterDomain();

  /**
   * Returns the ACK cluster to add right after creation; it must share the mesh's VPC and vSwitch.
   *
   * @return the cluster id
   */
  public abstract Optional<String> guestClusterId();

  /**
   * Returns whether member clusters' Kubernetes APIs may read and write the mesh's Istio resources.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> crAggregationEnabled();

  /**
   * Returns whether to turn on tracing.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> tracing();

  /**
   * Returns the share of requests traced, in percent.
   *
   * @return the sampling percentage, 0 to 100
   */
  public abstract Optional<BigDecimal> traceSampling();

  /**
   * Returns whether to turn on telemetry.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> telemetry();

  /**
   * Returns the IP ranges whose outbound traffic the sidecars intercept, sent comma-separated as
   * {@code IncludeIPRanges}; a single {@code *} means all.
   *
   * @return CIDR blocks, or {@code *}
   */
  public abstract List<String> includeIpRanges();

  /**
   * Returns the IP ranges whose outbound traffic bypasses the sidecars, sent comma-separated as
   * {@code ExcludeIPRanges}.
   *
   * @return CIDR blocks
   */
  public abstract List<String> excludeIpRanges();

  /**
   * Returns the tags to put on the mesh: at most 19, since the SDK adds its creation token
   * ({@code ackhybrid.io/create-token}, see docs/WRITE-SAFETY.md).
   *
   * @return the tags by key
   */
  public abstract Map<String, String> tags();

  @Value.Check
  void check() {
    name().ifPresent(n -> MeshValidation.meshName(n, "mesh.name"));
    region().ifPresent(r -> MeshValidation.region(r, "mesh.region"));
    MeshValidation.id(vpcId(), "mesh.vpcId");
    MeshValidation.distinctIds(vSwitchIds(), "mesh.vSwitchIds", 1, MAX_VSWITCHES);
    istioVersion().ifPresent(v -> Validate.notBlank(v, "mesh.istioVersion"));
    if (edition().orElse(null) == MeshEdition.UNKNOWN) {
      throw new ValidationException("mesh.edition", "must be DEFAULT or PRO, was UNKNOWN");
    }
    if (clusterSpec().orElse(null) == MeshClusterSpec.UNKNOWN) {
      throw new ValidationException("mesh.clusterSpec", "must be STANDARD, ENTERPRISE or ULTIMATE, was UNKNOWN");
    }
    if (localityLbConfig().isPresent() && !localityLoadBalancing().orElse(true)) {
      throw new ValidationException("mesh.localityLbConfig",
          "must not be set while localityLoadBalancing is false: the settings would have no effect");
    }
    clusterDomain().ifPresent(d -> KubernetesNames.dns1123Subdomain(d, "mesh.clusterDomain"));
    guestClusterId().ifPresent(id -> MeshValidation.id(id, "mesh.guestClusterId"));
    traceSampling().ifPresent(s -> {
      if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new ValidationException("mesh.traceSampling", "must be 0-100 (percent), was " + s.toPlainString());
      }
    });
    List<String> include = includeIpRanges();
    if (!(include.size() == 1 && "*".equals(include.get(0)))) {
      for (int i = 0; i < include.size(); i++) {
        MeshValidation.cidr(include.get(i), "mesh.includeIpRanges[" + i + "]");
      }
    }
    for (int i = 0; i < excludeIpRanges().size(); i++) {
      MeshValidation.cidr(excludeIpRanges().get(i), "mesh.excludeIpRanges[" + i + "]");
    }
    MeshValidation.createTags(tags(), "mesh.tags");
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateMeshRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableCreateMeshRequest.Builder {
    /**
     * Adds a control-plane vSwitch.
     *
     * @param vSwitchId the vSwitch id
     * @return this builder
     */
    public Builder vSwitch(String vSwitchId) {
      return addVSwitchId(vSwitchId);
    }

    /**
     * Adds a tag.
     *
     * @param key the tag key
     * @param value the tag value
     * @return this builder
     */
    public Builder tag(String key, String value) {
      return putTag(key, value);
    }
  }
}
