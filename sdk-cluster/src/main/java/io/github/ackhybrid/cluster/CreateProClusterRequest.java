package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.ClusterChecks;
import io.github.ackhybrid.cluster.internal.Ipv4Cidr;
import io.github.ackhybrid.cluster.internal.KubeVersion;
import io.github.ackhybrid.cluster.model.Tag;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Creates an ACK managed Pro cluster ({@code CreateCluster} with {@code ManagedKubernetes},
 * profile {@code Default}, spec {@code ack.pro.small}), the kind of cluster that hosts hybrid cloud
 * node pools. Required: the name, the VPC and one to three vSwitches. {@code Builder.build()} checks every
 * value and throws {@link ValidationException} naming the field.
 *
 * <p>Without a Kubernetes version the service picks its latest creatable one; call
 * {@code kubernetesVersions(...)} first to pin one. Asking for {@link #hybridReady() hybrid
 * readiness} checks that a pinned version is 1.33 or later, which hybrid node pools need; they also
 * need the Terway Hybrid add-ons ({@link AddonInstallation#terwayHybridControlplane}, then
 * {@link AddonInstallation#terwayHybrid()}) once the VPC has a private connection to the data
 * centre.
 *
 * <pre>{@code
 * ClusterCreation pro = clusters.createProCluster(p -> p.name("pro-hybrid-01").hybridReady(true)
 *     .vpcId("vpc-bp1").addVSwitchIds("vsw-bp1", "vsw-bp2").serviceCidr("172.21.0.0/20")
 *     .deletionProtection(true).addAddon(AddonInstallation.terwayEniip()));
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class CreateProClusterRequest {
  /** The least Kubernetes minor version that hybrid cloud node pools run on. */
  public static final String HYBRID_MIN_VERSION = "1.33";
  // ack-cs-api.md §3.1: the network plugin is mandatory for managed clusters.
  private static final List<String> NETWORK_PLUGINS = List.of("terway-eniip", "terway-eni", "flannel");
  private static final String HYBRID_POD_CIDR = "HybridPodCIDR";
  private static final Ipv4Cidr DEFAULT_SERVICE_CIDR = Ipv4Cidr.parse("172.19.0.0/20", "serviceCidr");

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
   * Returns the region to create the cluster in; defaults to the client's region. The call and the task
   * polls go to the client's regional endpoint, so prefer a client configured for the target region.
   *
   * @return the region id
   */
  public abstract Optional<String> regionId();

  /**
   * Returns the Kubernetes version, such as {@code 1.33.1-aliyun.1}; the service's latest
   * creatable version when absent.
   *
   * @return the version
   */
  public abstract Optional<String> kubernetesVersion();

  /**
   * Returns whether the cluster is meant to host hybrid cloud node pools; if so, a pinned
   * Kubernetes version must be 1.33 or later. Defaults to false.
   *
   * @return true to check for hybrid readiness
   */
  @Value.Default
  public boolean hybridReady() {
    return false;
  }

  /**
   * Returns the VPC to create the cluster in. Required; for hybrid node pools, the VPC with the
   * private connection to the data centre.
   *
   * @return the VPC id
   */
  @Value.Default
  public String vpcId() {
    return "";
  }

  /**
   * Returns the control plane's vSwitches: one to three, in different zones for availability.
   * Required.
   *
   * @return the vSwitch ids
   */
  public abstract List<String> vSwitchIds();

  /**
   * Returns the pod CIDR block ({@code container_cidr}), needed with Flannel and not with Terway:
   * within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, not overlapping the VPC, the Service block
   * or other clusters in the VPC. Cannot be changed later.
   *
   * @return the block
   */
  public abstract Optional<String> podCidr();

  /**
   * Returns the Service CIDR block: within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a
   * prefix of /16 to /24, not overlapping the VPC or the pod block; the service uses
   * {@code 172.19.0.0/20} when absent. Cannot be changed later.
   *
   * @return the block
   */
  public abstract Optional<String> serviceCidr();

  /**
   * Returns an existing security group for the control plane and nodes.
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
   * Returns whether to expose the API server on the Internet through an EIP; the service's default
   * is false.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> endpointPublicAccess();

  /**
   * Returns whether to create a NAT gateway with SNAT so nodes reach the Internet; the service's
   * default is true.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> snatEntry();

  /**
   * Returns whether the cluster refuses deletion until protection is turned off; the service's
   * default is false.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> deletionProtection();

  /**
   * Returns the cluster's time zone.
   *
   * @return the zone, such as {@code Asia/Shanghai}
   */
  public abstract Optional<ZoneId> timezone();

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
   * Returns the add-ons to install with the cluster. A managed cluster needs one network plugin
   * ({@link AddonInstallation#terwayEniip()}, {@code terway-eni}, or {@link AddonInstallation#flannel()}
   * with a {@linkplain #podCidr() pod block}): the service refuses a request without one, so
   * {@code build()} does too.
   *
   * @return the add-ons, possibly empty
   */
  public abstract List<AddonInstallation> addons();

  @Value.Check
  void check() {
    ClusterChecks.clusterName(name(), "createProCluster.name");
    regionId().ifPresent(r -> ClusterChecks.region(r, "createProCluster.regionId"));
    kubernetesVersion().ifPresent(this::checkVersion);
    ClusterChecks.id(vpcId(), "createProCluster.vpcId");
    ClusterChecks.ids(vSwitchIds(), "createProCluster.vSwitchIds", 1, 3);
    securityGroupId().ifPresent(v -> ClusterChecks.id(v, "createProCluster.securityGroupId"));
    resourceGroupId().ifPresent(v -> ClusterChecks.id(v, "createProCluster.resourceGroupId"));
    Ipv4Cidr pod = podCidr().map(c -> ClusterChecks.privateBlock(c, "createProCluster.podCidr", 8, 32)).orElse(null);
    Ipv4Cidr service = serviceCidr().map(c -> ClusterChecks.privateBlock(c, "createProCluster.serviceCidr", 16, 24))
        .orElse(null);
    ClusterChecks.disjoint(pod, service, "createProCluster.podCidr", "createProCluster.serviceCidr");
    checkHybridPodCidr(pod, service);
    ClusterChecks.createTags(tags(), "createProCluster.tags");
    for (int i = 0; i < addons().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (addons().get(i).name().equals(addons().get(j).name())) {
          throw new ValidationException("createProCluster.addons[" + i + "].name",
              "must not repeat an add-on, found " + Validate.quote(addons().get(i).name()) + " twice");
        }
      }
    }
    checkNetworkPlugin();
  }

  // The Terway Hybrid guide: the hybrid pod block must stay clear of the cluster's pod and Service blocks.
  private void checkHybridPodCidr(Ipv4Cidr pod, Ipv4Cidr service) {
    for (int i = 0; i < addons().size(); i++) {
      AddonInstallation addon = addons().get(i);
      Object block = addon.config().get(HYBRID_POD_CIDR);
      if (!addon.name().equals(AddonInstallation.TERWAY_HYBRID_CONTROLPLANE) || !(block instanceof String)) {
        continue;
      }
      String field = "createProCluster.addons[" + i + "].config." + HYBRID_POD_CIDR;
      Ipv4Cidr hybrid = Ipv4Cidr.parse((String) block, field);
      ClusterChecks.disjoint(pod, hybrid, "createProCluster.podCidr", field);
      ClusterChecks.disjoint(service == null ? DEFAULT_SERVICE_CIDR : service, hybrid,
          service == null ? "the default Service block" : "createProCluster.serviceCidr", field);
    }
  }

  private void checkNetworkPlugin() {
    List<String> plugins = addons().stream().map(AddonInstallation::name).filter(NETWORK_PLUGINS::contains).toList();
    if (plugins.isEmpty()) {
      throw new ValidationException("createProCluster.addons", "must include a network plugin ("
          + String.join(", ", NETWORK_PLUGINS) + "), which a managed cluster needs, was "
          + addons().stream().map(AddonInstallation::name).toList());
    }
    if (plugins.contains(AddonInstallation.flannel().name()) && podCidr().isEmpty()) {
      throw new ValidationException("createProCluster.podCidr", "is required with the flannel network plugin");
    }
  }

  private void checkVersion(String version) {
    String field = "createProCluster.kubernetesVersion";
    KubeVersion parsed = KubeVersion.parse(version).orElseThrow(() -> new ValidationException(field,
        "must be a version such as 1.33.1-aliyun.1, was " + Validate.quote(version)));
    if (hybridReady() && !parsed.isAtLeast(1, 33)) {
      throw new ValidationException(field, "must be " + HYBRID_MIN_VERSION
          + " or later for hybrid cloud node pools (hybridReady), was " + Validate.quote(version));
    }
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

  /** Builds a {@link CreateProClusterRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableCreateProClusterRequest.Builder {
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
