package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Nearest access for one service: callers reach endpoints in their own zone first, then their own
 * region, then elsewhere, and move on when the near endpoints fail. Optionally, {@code distribute}
 * rules spread each locality's traffic over several localities by weight instead.
 *
 * <pre>{@code
 * mesh.applyPolicy(meshId, NearestAccess.forService("reviews", "default"));
 * }</pre>
 *
 * <p>Renders one {@code DestinationRule} named after the service (as in the ASM nearest-access
 * recipe) with {@code localityLbSetting.enabled=true}, {@code ROUND_ROBIN} balancing and
 * {@link OutlierDetection#defaults()} unless other outlier detection is given: Istio ignores
 * locality settings for hosts without outlier detection, so the SDK never renders them without it.
 *
 * <p>A {@link CanaryRelease} for the same service combines with it (Istio merges the canary's
 * subsets into this rule). A {@link Failover} for the same service does not: both set the host's
 * traffic policy, and Istio keeps the older one, so apply one or the other.
 *
 * <p>Immutable and thread-safe; every step returns a new policy and checks its own arguments.
 */
public final class NearestAccess implements TrafficPolicy {
  private static final String POLICY = "nearestAccess";

  private final String service;
  private final String namespace;
  private final List<DistributeRule> distribute;
  private final OutlierDetection outlierDetection;

  private NearestAccess(String service, String namespace, List<DistributeRule> distribute,
      OutlierDetection outlierDetection) {
    this.service = service;
    this.namespace = namespace;
    this.distribute = distribute;
    this.outlierDetection = outlierDetection;
  }

  /**
   * Starts nearest access for a Kubernetes Service.
   *
   * @param service the Service name, a DNS-1035 label such as {@code reviews}
   * @param namespace the Service's namespace, a DNS-1123 label
   * @return the policy with default outlier detection and no distribute rules
   * @throws ValidationException if a name breaks the Kubernetes rules
   */
  public static NearestAccess forService(String service, String namespace) {
    Manifests.checkTarget(service, namespace, POLICY);
    return new NearestAccess(service, namespace, List.of(), OutlierDetection.defaults());
  }

  /**
   * Returns a policy that also sends the traffic of callers in {@code from} to the localities in
   * {@code to}, by weight. Localities are {@code region[/zone[/subzone]]}, where {@code *} may stand
   * for the whole last segment ({@code cn-hangzhou/*}).
   *
   * @param from the callers' locality; must not overlap an earlier rule's
   * @param to target localities and their weights, each 1-100, summing to 100; no two may overlap
   * @return a new policy
   * @throws ValidationException if a locality or weight breaks Istio's rules
   */
  public NearestAccess distribute(String from, Map<String, Integer> to) {
    List<DistributeRule> copy = new ArrayList<>(distribute);
    copy.add(DistributeRule.of(from, to, distribute, POLICY + ".distribute[" + distribute.size() + "]"));
    return new NearestAccess(service, namespace, List.copyOf(copy), outlierDetection);
  }

  /**
   * Returns a policy with different outlier detection. See {@link OutlierDetection#of}.
   *
   * @param consecutive5xxErrors 5xx answers in a row that eject an endpoint, at least 1
   * @param interval how often endpoints are scanned
   * @param baseEjectionTime how long a first ejection lasts
   * @param maxEjectionPercent the share of endpoints that may be ejected at once, 1-100
   * @return a new policy
   * @throws ValidationException if a value is out of range
   */
  public NearestAccess outlierDetection(int consecutive5xxErrors, Duration interval, Duration baseEjectionTime,
      int maxEjectionPercent) {
    return outlierDetection(OutlierDetection.of(consecutive5xxErrors, interval, baseEjectionTime, maxEjectionPercent));
  }

  /**
   * Returns a policy with different outlier detection.
   *
   * @param outlierDetection the setting
   * @return a new policy
   * @throws ValidationException if {@code outlierDetection} is null
   */
  public NearestAccess outlierDetection(OutlierDetection outlierDetection) {
    Validate.notNull(outlierDetection, POLICY + ".outlierDetection");
    return new NearestAccess(service, namespace, distribute, outlierDetection);
  }

  /**
   * Returns the outlier detection rendered with the policy.
   *
   * @return the setting, {@link OutlierDetection#defaults()} unless changed
   */
  public OutlierDetection outlierDetection() {
    return outlierDetection;
  }

  @Override
  public String service() {
    return service;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  /** Checks nothing more: every rule of this policy is local to one step, which enforces it. */
  @Override
  public void validate() {
  }

  @Override
  public List<IstioResource> render(IstioApiVersion version) {
    validate();
    ObjectNode localityLb = Manifests.object().put("enabled", true);
    if (!distribute.isEmpty()) {
      ArrayNode rules = localityLb.putArray("distribute");
      distribute.forEach(rule -> rules.add(rule.toJson()));
    }
    ObjectNode spec = Manifests.object().put("host", Manifests.host(service, namespace));
    ObjectNode trafficPolicy = spec.putObject("trafficPolicy");
    trafficPolicy.putObject("loadBalancer").put("simple", "ROUND_ROBIN").set("localityLbSetting", localityLb);
    trafficPolicy.set("outlierDetection", outlierDetection.toJson());
    return List.of(Manifests.resource(version, Manifests.DESTINATION_RULE, service, namespace, spec));
  }

  @Override
  public String describe() {
    String rules = distribute.isEmpty() ? ""
        : "; distribute " + distribute.stream().map(DistributeRule::toString).collect(Collectors.joining(", "));
    return "nearest access for " + service + "." + namespace + rules + "; outlier detection " + outlierDetection;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NearestAccess)) {
      return false;
    }
    NearestAccess other = (NearestAccess) o;
    return service.equals(other.service) && namespace.equals(other.namespace)
        && distribute.equals(other.distribute) && outlierDetection.equals(other.outlierDetection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, namespace, distribute, outlierDetection);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
