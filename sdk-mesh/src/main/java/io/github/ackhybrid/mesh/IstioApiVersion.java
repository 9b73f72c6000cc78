package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code networking.istio.io} version a traffic policy is written in. Both versions share one
 * schema, so only {@code apiVersion} differs. {@link #V1BETA1} is the default because every ASM
 * instance serves it; {@link #V1} is served from Istio 1.22 on.
 */
public enum IstioApiVersion {
  /** {@code networking.istio.io/v1beta1}, served by every supported ASM version. */
  V1BETA1("networking.istio.io/v1beta1"),
  /** {@code networking.istio.io/v1}, served from Istio 1.22 on and the storage version in newer releases. */
  V1("networking.istio.io/v1");

  private static final Pattern MAJOR_MINOR = Pattern.compile("^v?(\\d+)\\.(\\d+)");

  private final String apiVersion;

  IstioApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * Returns the value written into a manifest's {@code apiVersion}.
   *
   * @return for example {@code networking.istio.io/v1beta1}
   */
  public String apiVersion() {
    return apiVersion;
  }

  /**
   * Returns the version used when none is given: {@link #V1BETA1}.
   *
   * @return {@link #V1BETA1}
   */
  public static IstioApiVersion defaultVersion() {
    return V1BETA1;
  }

  /**
   * Chooses the version for a mesh from its Istio version as ASM reports it (for example
   * {@code v1.22.6.66-g1c3f1c0-aliyun} or {@code 1.20.1}): {@link #V1} from 1.22 on, otherwise
   * {@link #V1BETA1}. A version that cannot be read falls back to {@link #V1BETA1}, which every
   * mesh serves.
   *
   * @param istioVersion the mesh's Istio version
   * @return the version to write in
   * @throws ValidationException if {@code istioVersion} is null
   */
  public static IstioApiVersion forMeshVersion(String istioVersion) {
    Matcher m = MAJOR_MINOR.matcher(Validate.notNull(istioVersion, "istioVersion").trim());
    if (!m.find()) {
      return V1BETA1;
    }
    try {
      int major = Integer.parseInt(m.group(1));
      int minor = Integer.parseInt(m.group(2));
      return major > 1 || (major == 1 && minor >= 22) ? V1 : V1BETA1;
    } catch (NumberFormatException tooLong) {
      return V1BETA1;
    }
  }
}
