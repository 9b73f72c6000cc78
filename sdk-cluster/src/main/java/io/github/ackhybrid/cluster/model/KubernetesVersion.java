package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.JsonText;
import io.github.ackhybrid.cluster.internal.KubeVersion;
import io.github.ackhybrid.cluster.internal.WireInstant;
import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Kubernetes version ACK offers, as {@code DescribeKubernetesVersionMetadata} reports it: whether
 * new clusters can use it, when it came and when it goes, and what it can be upgraded to.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = KubernetesVersion.Builder.class)
public abstract class KubernetesVersion {

  /**
   * Returns the version.
   *
   * @return for example {@code 1.33.1-aliyun.1}
   */
  @JsonProperty("version")
  public abstract String version();

  /**
   * Returns whether new clusters can be created with this version.
   *
   * @return true if creatable
   */
  @JsonProperty("creatable")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean creatable() {
    return false;
  }

  /**
   * Returns when ACK released this version.
   *
   * @return the release date, when reported
   */
  @JsonProperty("release_date")
  @WireInstant
  public abstract Optional<Instant> releaseDate();

  /**
   * Returns when ACK stops supporting this version.
   *
   * @return the expiration date, when reported
   */
  @JsonProperty("expiration_date")
  @WireInstant
  public abstract Optional<Instant> expirationDate();

  /**
   * Returns the versions a cluster on this version can be upgraded to; reported only when asked
   * for with {@code queryUpgradableVersions}.
   *
   * @return the versions, possibly empty
   */
  @JsonProperty("upgradable_versions")
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract List<String> upgradableVersions();

  /**
   * Returns the container runtimes this version supports.
   *
   * @return the runtimes, possibly empty
   */
  @JsonProperty("runtimes")
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract List<ContainerRuntime> runtimes();

  /**
   * Returns the version's feature flags, as the service reports them.
   *
   * @return unmodifiable maps, lists and scalars; empty when none were reported
   */
  @JsonProperty("capabilities")
  @JsonDeserialize(using = JsonText.class)
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract Map<String, Object> capabilities();

  /**
   * Returns further metadata of the version, as the service reports it.
   *
   * @return unmodifiable maps, lists and scalars; empty when none was reported
   */
  @JsonProperty("meta_data")
  @JsonDeserialize(using = JsonText.class)
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract Map<String, Object> metaData();

  /**
   * Tells whether this version is at least the given Kubernetes minor version, for example
   * whether it can host hybrid cloud node pools ({@code isAtLeast(1, 33)}).
   *
   * @param major the major version, such as 1
   * @param minor the minor version, such as 33
   * @return true if this version is that minor version or later; false if it is earlier or
   *     cannot be read as a version
   */
  public boolean isAtLeast(int major, int minor) {
    return KubeVersion.parse(version()).map(v -> v.isAtLeast(major, minor)).orElse(false);
  }

  /**
   * Starts a version value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KubernetesVersion}. */
  public static final class Builder extends ImmutableKubernetesVersion.Builder {}
}
