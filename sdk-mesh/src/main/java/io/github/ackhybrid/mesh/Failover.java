package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workload failover for one service: callers stay in their own locality while it is healthy and
 * move to a chosen region, or to the endpoints that share the most priority labels with them,
 * when it is not.
 *
 * <pre>{@code
 * mesh.applyPolicy(meshId, Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai"));
 * mesh.applyPolicy(meshId, Failover.forService("reviews", "default").between("cn-hangzhou", "cn-shanghai"));
 * mesh.applyPolicy(meshId, Failover.forService("reviews", "default")
 *     .failoverPriority("topology.istio.io/cluster", "topology.kubernetes.io/zone"));
 * }</pre>
 *
 * <p>Renders one {@code DestinationRule} named {@code <service>-failover} (as in the ASM
 * cross-region failover recipe) with {@code localityLbSetting} enabled, {@code ROUND_ROBIN}
 * balancing and outlier detection, which Istio requires for failover to happen at all: the SDK
 * uses {@link OutlierDetection#defaults()} (3 consecutive 5xx, 10s interval, 30s ejection, up to
 * 100%) unless told otherwise.
 *
 * <p>Istio's rules are enforced as each step is taken: a region fails over to a different region,
 * names a region only (no {@code /} zone, no {@code *}), appears once as a source; and region
 * failover cannot be combined with the region, zone or subzone topology labels in
 * {@code failoverPriority}. Weighted {@code distribute} rules, which Istio does not allow together
 * with failover, belong to {@link NearestAccess}; this type has no way to set them.
 *
 * <p>A {@link CanaryRelease} for the same service combines with it (Istio merges the canary's
 * subsets in); a {@link NearestAccess} does not, since both set the host's traffic policy and
 * Istio keeps the older one.
 *
 * <p>Immutable and thread-safe; every step returns a new policy.
 */
public final class Failover implements TrafficPolicy {
  private static final String POLICY = "failover";
  private static final Set<String> TOPOLOGY_LABELS =
      Set.of("topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone");

  private final String service;
  private final String namespace;
  private final Map<String, String> regions;
  private final List<String> priority;
  private final OutlierDetection outlierDetection;
  private final int maxRequestsPerConnection;

  private Failover(String service, String namespace, Map<String, String> regions, List<String> priority,
      OutlierDetection outlierDetection, int maxRequestsPerConnection) {
    this.service = service;
    this.namespace = namespace;
    this.regions = regions;
    this.priority = priority;
    this.outlierDetection = outlierDetection;
    this.maxRequestsPerConnection = maxRequestsPerConnection;
  }

  /**
   * Starts failover for a Kubernetes Service. Add at least one {@code from(..).to(..)} pair or
   * {@link #failoverPriority(String...)} labels before applying it.
   *
   * @param service the Service name, a DNS-1035 label such as {@code reviews}
   * @param namespace the Service's namespace, a DNS-1123 label
   * @return the policy, with default outlier detection
   * @throws ValidationException if a name breaks the Kubernetes rules
   */
  public static Failover forService(String service, String namespace) {
    Manifests.checkTarget(service, namespace, POLICY);
    return new Failover(service, namespace, Map.of(), List.of(), OutlierDetection.defaults(), 0);
  }

  /**
   * Starts a failover pair for callers in {@code region}; finish it with {@link From#to(String)}.
   *
   * @param region the callers' region, such as {@code cn-hangzhou}
   * @return the pending pair
   * @throws ValidationException if the region is blank, holds {@code /} or {@code *}, or already has a pair
   */
  public From from(String region) {
    String field = regionField(regions.size()) + ".from";
    region(region, field);
    if (regions.containsKey(region)) {
      throw new ValidationException(field, "must not repeat " + Validate.quote(region)
          + ": Istio uses only the first failover entry of a region");
    }
    return new From(this, region);
  }

  /**
   * Returns a policy where each of two regions fails over to the other:
   * {@code from(a).to(b).from(b).to(a)}.
   *
   * @param a one region
   * @param b the other region
   * @return a new policy
   * @throws ValidationException as {@link #from(String)} and {@link From#to(String)} do
   */
  public Failover between(String a, String b) {
    return from(a).to(b).from(b).to(a);
  }

  /**
   * Returns a policy that ranks endpoints by the labels they share with the caller, in order:
   * endpoints matching every label come first, then those matching all but the last, and so on.
   * Each entry is a label key ({@code topology.istio.io/cluster}) or {@code key=value} to prefer
   * one value. Replaces any labels set before.
   *
   * @param labels the label keys or {@code key=value} pairs, at least one, keys not repeated
   * @return a new policy
   * @throws ValidationException if an entry breaks the label rules, a key repeats, or a region,
   *     zone or subzone topology label is combined with region failover pairs
   */
  public Failover failoverPriority(String... labels) {
    Validate.notNull(labels, POLICY + ".failoverPriority");
    if (labels.length == 0) {
      throw new ValidationException(POLICY + ".failoverPriority", "must name at least one label");
    }
    Set<String> keys = new HashSet<>();
    List<String> copy = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      String field = POLICY + ".failoverPriority[" + i + "]";
      Validate.notNull(labels[i], field);
      int eq = labels[i].indexOf('=');
      String key = eq < 0 ? labels[i] : labels[i].substring(0, eq);
      KubernetesNames.labelKey(key, field);
      if (eq >= 0) {
        KubernetesNames.labelValue(labels[i].substring(eq + 1), field);
      }
      if (!keys.add(key)) {
        throw new ValidationException(field, "must not repeat label " + Validate.quote(key));
      }
      copy.add(labels[i]);
    }
    checkNoTopologyConflict(regions, keys);
    return new Failover(service, namespace, regions, List.copyOf(copy), outlierDetection, maxRequestsPerConnection);
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
  public Failover outlierDetection(int consecutive5xxErrors, Duration interval, Duration baseEjectionTime,
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
  public Failover outlierDetection(OutlierDetection outlierDetection) {
    Validate.notNull(outlierDetection, POLICY + ".outlierDetection");
    return new Failover(service, namespace, regions, priority, outlierDetection, maxRequestsPerConnection);
  }

  /**
   * Returns a policy that caps the requests sent over one upstream connection. {@code 1} turns off
   * connection reuse, so every request is balanced anew and failover shows at once (the Istio
   * failover walkthrough does this); it costs a connection per request, so leave it unset in
   * production.
   *
   * @param max requests per connection, at least 1
   * @return a new policy
   * @throws ValidationException if {@code max} is less than 1
   */
  public Failover maxRequestsPerConnection(int max) {
    Validate.inRange(max, POLICY + ".maxRequestsPerConnection", 1, Integer.MAX_VALUE);
    return new Failover(service, namespace, regions, priority, outlierDetection, max);
  }

  /**
   * Returns the region failover pairs in the order they were added.
   *
   * @return an unmodifiable map from source region to target region, possibly empty
   */
  public Map<String, String> failoverRegions() {
    return regions;
  }

  /**
   * Returns the {@code failoverPriority} entries.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> failoverPriorityLabels() {
    return priority;
  }

  /**
   * Returns the outlier detection rendered with the policy.
   *
   * @return the setting, {@link OutlierDetection#defaults()} unless changed
   */
  public OutlierDetection outlierDetection() {
    return outlierDetection;
  }

  /**
   * Returns the cap on requests per upstream connection, if one was set.
   *
   * @return the cap
   */
  public OptionalInt maxRequestsPerConnection() {
    return maxRequestsPerConnection == 0 ? OptionalInt.empty() : OptionalInt.of(maxRequestsPerConnection);
  }

  @Override
  public String service() {
    return service;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  /**
   * Checks that the policy says where to fail over to.
   *
   * @throws ValidationException if it has neither region pairs nor priority labels
   */
  @Override
  public void validate() {
    if (regions.isEmpty() && priority.isEmpty()) {
      throw new ValidationException(POLICY + ".regions",
          "must hold at least one from(region).to(region) pair when failoverPriority is not set");
    }
  }

  @Override
  public List<IstioResource> render(IstioApiVersion version) {
    validate();
    ObjectNode localityLb = Manifests.object().put("enabled", true);
    if (!regions.isEmpty()) {
      ArrayNode pairs = localityLb.putArray("failover");
      regions.forEach((from, to) -> pairs.addObject().put("from", from).put("to", to));
    }
    if (!priority.isEmpty()) {
      ArrayNode labels = localityLb.putArray("failoverPriority");
      priority.forEach(labels::add);
    }
    ObjectNode spec = Manifests.object().put("host", Manifests.host(service, namespace));
    ObjectNode trafficPolicy = spec.putObject("trafficPolicy");
    if (maxRequestsPerConnection > 0) {
      trafficPolicy.putObject("connectionPool").putObject("http")
          .put("maxRequestsPerConnection", maxRequestsPerConnection);
    }
    trafficPolicy.putObject("loadBalancer").put("simple", "ROUND_ROBIN").set("localityLbSetting", localityLb);
    trafficPolicy.set("outlierDetection", outlierDetection.toJson());
    return List.of(Manifests.resource(version, Manifests.DESTINATION_RULE, service + "-failover", namespace, spec));
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    regions.forEach((from, to) -> parts.add(from + " -> " + to));
    if (!priority.isEmpty()) {
      parts.add("priority " + String.join(", ", priority));
    }
    return "failover for " + service + "." + namespace + ": "
        + (parts.isEmpty() ? "no targets yet" : String.join("; ", parts))
        + "; outlier detection " + outlierDetection;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Failover)) {
      return false;
    }
    Failover other = (Failover) o;
    return service.equals(other.service) && namespace.equals(other.namespace) && regions.equals(other.regions)
        && priority.equals(other.priority) && outlierDetection.equals(other.outlierDetection)
        && maxRequestsPerConnection == other.maxRequestsPerConnection;
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, namespace, regions, priority, outlierDetection, maxRequestsPerConnection);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }

  private Failover withPair(String from, String to) {
    String field = regionField(regions.size()) + ".to";
    region(to, field);
    if (to.equals(from)) {
      throw new ValidationException(field, "must differ from the source region, both were " + Validate.quote(to));
    }
    Map<String, String> copy = new LinkedHashMap<>(regions);
    copy.put(from, to);
    checkNoTopologyConflict(copy, priority.stream().map(Failover::labelKey).collect(Collectors.toSet()));
    return new Failover(service, namespace, Collections.unmodifiableMap(copy), priority, outlierDetection,
        maxRequestsPerConnection);
  }

  // Istio decides region failover from the failover pairs and would contradict a priority list that
  // also ranks by region, zone or subzone, so its validator refuses the combination.
  private static void checkNoTopologyConflict(Map<String, String> regions, Set<String> priorityKeys) {
    if (regions.isEmpty()) {
      return;
    }
    for (String key : priorityKeys) {
      if (TOPOLOGY_LABELS.contains(key)) {
        throw new ValidationException(POLICY + ".failoverPriority", "must not hold topology label "
            + Validate.quote(key) + " together with from(region).to(region) pairs");
      }
    }
  }

  private static String labelKey(String entry) {
    int eq = entry.indexOf('=');
    return eq < 0 ? entry : entry.substring(0, eq);
  }

  private static String regionField(int index) {
    return POLICY + ".regions[" + index + "]";
  }

  private static void region(String region, String field) {
    Validate.notBlank(region, field);
    if (region.contains("/")) {
      throw new ValidationException(field, "must be a region without '/': Istio fails over between regions, was "
          + Validate.quote(region));
    }
    if (region.contains("*")) {
      throw new ValidationException(field, "must not contain the '*' wildcard, was " + Validate.quote(region));
    }
    if (region.chars().anyMatch(Character::isWhitespace)) {
      throw new ValidationException(field, "must not contain whitespace, was " + Validate.quote(region));
    }
  }

  /** A failover pair waiting for its target region. */
  public static final class From {
    private final Failover policy;
    private final String from;

    private From(Failover policy, String from) {
      this.policy = policy;
      this.from = from;
    }

    /**
     * Completes the pair: callers in the source region fail over to {@code region}.
     *
     * @param region the target region, different from the source
     * @return a new policy holding the pair
     * @throws ValidationException if the region is missing, blank, holds {@code /} or {@code *},
     *     equals the source, or clashes with topology labels in {@code failoverPriority}
     */
    public Failover to(String region) {
      return policy.withPair(from, region);
    }
  }
}
