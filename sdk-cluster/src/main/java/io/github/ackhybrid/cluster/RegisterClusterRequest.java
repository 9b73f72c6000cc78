package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.ClusterChecks;
import io.github.ackhybrid.cluster.internal.Ipv4Cidr;
import io.github.ackhybrid.cluster.model.Tag;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Registers a Kubernetes cluster that runs outside Alibaba Cloud (in a data centre or another
 * cloud) with ACK: {@code CreateCluster} with {@code cluster_type = ExternalKubernetes}. Only the
 * name is required. {@code Builder.build()} checks every value and throws {@link ValidationException}
 * naming the field.
 *
 * <pre>{@code
 * ClusterCreation idc = clusters.registerCluster(r -> r.name("idc-shanghai").tag("env", "prod"));
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class RegisterClusterRequest {

  /**
   * Returns the cluster name: 1-63 characters, letters, digits and {@code -}, not starting with
   * {@code -}. Required.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the region to register in; defaults to the client's region. The call and the task
   * polls go to the client's regional endpoint, so prefer a client configured for the target region.
   *
   * @return the region id
   */
  public abstract Optional<String> regionId();

  /**
   * Returns the VPC the cluster's proxy endpoint lives in; the service picks one when absent.
   * Node pools of cloud servers that join the external cluster need a VPC connected to it.
   *
   * @return the VPC id
   */
  public abstract Optional<String> vpcId();

  /**
   * Returns the vSwitches for the cluster's endpoint.
   *
   * @return the vSwitch ids, possibly empty
   */
  public abstract List<String> vSwitchIds();

  /**
   * Returns an existing security group to use.
   *
   * @return the security group id
   */
  public abstract Optional<String> securityGroupId();

  /**
   * Returns whether to create an advanced (enterprise) security group when none is given; the
   * service's default is true.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> enterpriseSecurityGroup();

  /**
   * Returns whether the agent reaches ACK over the Internet (true) or only the VPC; the service's
   * default is false.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> endpointPublicAccess();

  /**
   * Returns the external cluster's pod CIDR block ({@code container_cidr}), any IPv4 block.
   *
   * @return the block
   */
  public abstract Optional<String> podCidr();

  /**
   * Returns the external cluster's Service CIDR block, any IPv4 block not overlapping the pod block.
   *
   * @return the block
   */
  public abstract Optional<String> serviceCidr();

  /**
   * Returns the resource group to put the cluster in.
   *
   * @return the resource group id
   */
  public abstract Optional<String> resourceGroupId();

  /**
   * Returns the cluster's tags: at most 19, since the SDK adds its creation token as a 20th
   * ({@code ackhybrid.io/create-token}, see docs/WRITE-SAFETY.md).
   *
   * @return the tags, possibly empty
   */
  public abstract List<Tag> tags();

  /**
   * Returns whether the cluster refuses deletion until protection is turned off; the service's
   * default is false.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> deletionProtection();

  @Value.Check
  void check() {
    ClusterChecks.clusterName(name(), "registerCluster.name");
    regionId().ifPresent(r -> ClusterChecks.region(r, "registerCluster.regionId"));
    vpcId().ifPresent(v -> ClusterChecks.id(v, "registerCluster.vpcId"));
    ClusterChecks.ids(vSwitchIds(), "registerCluster.vSwitchIds", 0, Integer.MAX_VALUE);
    securityGroupId().ifPresent(v -> ClusterChecks.id(v, "registerCluster.securityGroupId"));
    resourceGroupId().ifPresent(v -> ClusterChecks.id(v, "registerCluster.resourceGroupId"));
    Ipv4Cidr pod = podCidr().map(c -> Ipv4Cidr.parse(c, "registerCluster.podCidr")).orElse(null);
    Ipv4Cidr service = serviceCidr().map(c -> Ipv4Cidr.parse(c, "registerCluster.serviceCidr")).orElse(null);
    ClusterChecks.disjoint(pod, service, "registerCluster.podCidr", "registerCluster.serviceCidr");
    ClusterChecks.createTags(tags(), "registerCluster.tags");
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link RegisterClusterRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableRegisterClusterRequest.Builder {
    /**
     * Adds a tag.
     *
     * @param key the tag key
     * @param value the tag value
     * @return this builder
     */
    public Builder tag(String key, String value) {
      return addTag(Tag.of(key, value));
    }
  }
}
