package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A canary release of one service: traffic split by weight between versions (subsets), with
 * optional match routes that send chosen requests, such as testers carrying a header, to one
 * version ahead of the split.
 *
 * <pre>{@code
 * CanaryRelease canary = CanaryRelease.forService("reviews", "default")
 *     .weight("v1", 90).weight("v2", 10)
 *     .route(RouteMatch.header("x-canary", StringMatch.exact("true")), "v2");
 * mesh.applyPolicy(meshId, canary);
 * mesh.applyPolicy(meshId, canary.shift("v2", 10));   // v1=80, v2=20
 * }</pre>
 *
 * <p>The policy is its own builder: every step returns a new immutable policy, so a half-built
 * canary can be kept and varied. A subset is selected by the label {@code version=<subset name>}
 * unless {@link #subset(String, Map)} gives other labels. Each step checks its own arguments at
 * once (names, label syntax, weights 0-100, a subset's weight or labels given twice); the rules
 * that need the whole policy (weights summing to 100, match routes naming known subsets, subsets
 * selecting different pods) are checked by {@link #validate()}, which {@link #render} runs first.
 *
 * <p>Renders, in apply order, a {@code DestinationRule} named {@code <service>-canary} holding the
 * subsets and a {@code VirtualService} named {@code <service>} whose HTTP routes are the match
 * routes, in the order added, then the weighted route. The rule carries only subsets, so a
 * {@link NearestAccess} or {@link Failover} rule for the same service keeps its traffic policy:
 * Istio merges the subsets of every rule for one host into the first. Its name differs from the
 * nearest-access rule's ({@code <service>}) so that applying one never replaces the other.
 */
public final class CanaryRelease implements TrafficPolicy {
  private static final String POLICY = "canaryRelease";
  private static final String DEFAULT_LABEL = "version";
  private static final int NO_WEIGHT = -1;

  private final String service;
  private final String namespace;
  private final List<Subset> subsets;
  private final List<MatchRoute> routes;

  private CanaryRelease(String service, String namespace, List<Subset> subsets, List<MatchRoute> routes) {
    this.service = service;
    this.namespace = namespace;
    this.subsets = subsets;
    this.routes = routes;
  }

  /**
   * Starts a canary release of a Kubernetes Service.
   *
   * @param service the Service name, a DNS-1035 label such as {@code reviews}
   * @param namespace the Service's namespace, a DNS-1123 label
   * @return a policy with no subsets yet
   * @throws ValidationException if a name breaks the Kubernetes rules
   */
  public static CanaryRelease forService(String service, String namespace) {
    Manifests.checkTarget(service, namespace, POLICY);
    return new CanaryRelease(service, namespace, List.of(), List.of());
  }

  /**
   * Returns a policy that sends {@code percent} of the traffic not taken by a match route to
   * {@code subset}. A subset not declared yet is declared with the label {@code version=<subset>}.
   *
   * @param subset the subset name, a DNS-1123 label such as {@code v2}
   * @param percent the share, 0-100; all weights must add up to 100 by the time the policy is applied
   * @return a new policy
   * @throws ValidationException if the name breaks the rule, the share is out of range, or the
   *     subset already has a weight
   */
  public CanaryRelease weight(String subset, int percent) {
    KubernetesNames.dns1123Label(subset, POLICY + ".subset");
    Validate.inRange(percent, POLICY + ".weights[" + subset + "]", 0, 100);
    int index = indexOf(subset);
    if (index >= 0 && subsets.get(index).weight != NO_WEIGHT) {
      throw new ValidationException(POLICY + ".weights", "must not give subset " + Validate.quote(subset)
          + " a weight twice; use shift() to move traffic");
    }
    Subset updated = index >= 0
        ? new Subset(subset, subsets.get(index).labels, subsets.get(index).labelsGiven, percent)
        : new Subset(subset, Map.of(DEFAULT_LABEL, subset), false, percent);
    return withSubset(index, updated);
  }

  /**
   * Returns a policy where {@code name} selects the pods carrying all of {@code labels}, instead of
   * the default {@code version=<name>}. Give it a weight with {@link #weight(String, int)} or send
   * match routes to it with {@link #route(RouteMatch, String)}.
   *
   * @param name the subset name, a DNS-1123 label
   * @param labels the pod labels, at least one, keys and values per the Kubernetes label rules
   * @return a new policy
   * @throws ValidationException if the name or a label breaks its rule, or the subset's labels were
   *     already given
   */
  public CanaryRelease subset(String name, Map<String, String> labels) {
    KubernetesNames.dns1123Label(name, POLICY + ".subset");
    String field = POLICY + ".subsets[" + name + "].labels";
    KubernetesNames.labels(labels, field);
    if (labels.isEmpty()) {
      throw new ValidationException(field, "must hold at least one label");
    }
    int index = indexOf(name);
    if (index >= 0 && subsets.get(index).labelsGiven) {
      throw new ValidationException(POLICY + ".subsets", "must not declare subset " + Validate.quote(name) + " twice");
    }
    Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    int weight = index >= 0 ? subsets.get(index).weight : NO_WEIGHT;
    return withSubset(index, new Subset(name, copy, true, weight));
  }

  /**
   * Returns a policy that sends the requests satisfying {@code match} to {@code subset}, ahead of
   * the weighted split. Match routes are tried in the order they were added.
   *
   * @param match which requests to take
   * @param subset the subset they go to; must be declared by the time the policy is applied
   * @return a new policy
   * @throws ValidationException if the match is null or the subset name breaks the rule
   */
  public CanaryRelease route(RouteMatch match, String subset) {
    String field = POLICY + ".routes[" + routes.size() + "]";
    Validate.notNull(match, field + ".match");
    KubernetesNames.dns1123Label(subset, field + ".subset");
    List<MatchRoute> copy = new ArrayList<>(routes);
    copy.add(new MatchRoute(match, subset));
    return new CanaryRelease(service, namespace, subsets, List.copyOf(copy));
  }

  /**
   * Returns a policy with {@code step} percent moved to {@code toSubset} from the other weighted
   * subsets, taken from them in the order they were declared, each giving up what it has before
   * the next is touched. No weight goes below 0 or above 100: once the others are empty, shifting
   * further changes nothing. For 90/10, {@code shift("v2", 10)} gives 80/20; repeated, it reaches 0/100.
   * Shift back by naming the other subset.
   *
   * @param toSubset the subset that gains traffic; a declared subset without a weight starts at 0
   * @param step the percentage to move, 1-100
   * @return a new policy
   * @throws ValidationException if the step is out of range, the subset is not declared, or the
   *     current weights do not add up to 100
   */
  public CanaryRelease shift(String toSubset, int step) {
    KubernetesNames.dns1123Label(toSubset, POLICY + ".shift.toSubset");
    Validate.inRange(step, POLICY + ".shift.step", 1, 100);
    int target = indexOf(toSubset);
    if (target < 0) {
      throw new ValidationException(POLICY + ".shift.toSubset", "must name a declared subset "
          + subsetNames() + ", was " + Validate.quote(toSubset));
    }
    checkWeights();
    List<Subset> copy = new ArrayList<>(subsets);
    int remaining = step;
    for (int i = 0; i < copy.size() && remaining > 0; i++) {
      Subset s = copy.get(i);
      if (i != target && s.weight > 0) {
        int taken = Math.min(remaining, s.weight);
        copy.set(i, s.withWeight(s.weight - taken));
        remaining -= taken;
      }
    }
    Subset gaining = copy.get(target);
    copy.set(target, gaining.withWeight(Math.max(gaining.weight, 0) + step - remaining));
    return new CanaryRelease(service, namespace, List.copyOf(copy), routes);
  }

  /**
   * Returns the weight of each weighted subset, in the order the subsets were declared.
   *
   * @return an unmodifiable map from subset name to percentage
   */
  public Map<String, Integer> weights() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    subsets.stream().filter(s -> s.weight != NO_WEIGHT).forEach(s -> weights.put(s.name, s.weight));
    return Collections.unmodifiableMap(weights);
  }

  /**
   * Returns the pod labels that select each subset, in the order the subsets were declared.
   *
   * @return an unmodifiable map from subset name to its labels
   */
  public Map<String, Map<String, String>> subsets() {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    subsets.forEach(s -> result.put(s.name, s.labels));
    return Collections.unmodifiableMap(result);
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
   * Checks the rules that need the whole policy.
   *
   * @throws ValidationException if no subset has a weight, the weights do not add up to 100, a
   *     match route names an undeclared subset, or two subsets select the same labels
   */
  @Override
  public void validate() {
    checkWeights();
    for (int i = 0; i < routes.size(); i++) {
      String subset = routes.get(i).subset;
      if (indexOf(subset) < 0) {
        throw new ValidationException(POLICY + ".routes[" + i + "].subset", "must name a declared subset "
            + subsetNames() + ", was " + Validate.quote(subset));
      }
    }
    Map<Map<String, String>, String> selectors = new HashMap<>();
    for (Subset s : subsets) {
      String earlier = selectors.putIfAbsent(s.labels, s.name);
      if (earlier != null) {
        throw new ValidationException(POLICY + ".subsets[" + s.name + "].labels", "must differ from subset "
            + Validate.quote(earlier) + "'s, both select " + s.labels);
      }
    }
  }

  @Override
  public List<IstioResource> render(IstioApiVersion version) {
    validate();
    String host = Manifests.host(service, namespace);

    ObjectNode ruleSpec = Manifests.object().put("host", host);
    ArrayNode subsetNodes = ruleSpec.putArray("subsets");
    for (Subset s : subsets) {
      ObjectNode labels = subsetNodes.addObject().put("name", s.name).putObject("labels");
      s.labels.forEach(labels::put);
    }

    ObjectNode serviceSpec = Manifests.object();
    serviceSpec.putArray("hosts").add(host);
    ArrayNode http = serviceSpec.putArray("http");
    Map<String, Integer> nameCounts = new HashMap<>();
    for (MatchRoute r : routes) {
      String base = routeName(r.match);
      int n = nameCounts.merge(base, 1, Integer::sum);
      ObjectNode route = http.addObject().put("name", n == 1 ? base : base + "-" + n);
      route.putArray("match").add(r.match.toJson());
      route.putArray("route").addObject().set("destination", destination(host, r.subset));
    }
    ObjectNode weighted = http.addObject().put("name", "weighted");
    ArrayNode destinations = weighted.putArray("route");
    weights().forEach((subset, weight) ->
        destinations.addObject().<ObjectNode>set("destination", destination(host, subset)).put("weight", weight));

    return List.of(
        Manifests.resource(version, Manifests.DESTINATION_RULE, service + "-canary", namespace, ruleSpec),
        Manifests.resource(version, Manifests.VIRTUAL_SERVICE, service, namespace, serviceSpec));
  }

  @Override
  public String describe() {
    Map<String, Integer> weights = weights();
    String split = weights.isEmpty() ? "no weights yet"
        : weights.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "%").collect(Collectors.joining(", "));
    String matches = routes.stream().map(r -> "; " + r.match + " -> " + r.subset).collect(Collectors.joining());
    return "canary release of " + service + "." + namespace + ": " + split + matches;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CanaryRelease)) {
      return false;
    }
    CanaryRelease other = (CanaryRelease) o;
    return service.equals(other.service) && namespace.equals(other.namespace) && subsets.equals(other.subsets)
        && routes.equals(other.routes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, namespace, subsets, routes);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }

  private void checkWeights() {
    Map<String, Integer> weights = weights();
    if (weights.isEmpty()) {
      throw new ValidationException(POLICY + ".weights", "must give at least one subset a weight");
    }
    int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
    if (sum != 100) {
      throw new ValidationException(POLICY + ".weights", "must sum to 100, was " + sum + " ("
          + DistributeRule.weights(weights) + ")");
    }
  }

  private CanaryRelease withSubset(int index, Subset subset) {
    List<Subset> copy = new ArrayList<>(subsets);
    if (index >= 0) {
      copy.set(index, subset);
    } else {
      copy.add(subset);
    }
    return new CanaryRelease(service, namespace, List.copyOf(copy), routes);
  }

  private int indexOf(String name) {
    for (int i = 0; i < subsets.size(); i++) {
      if (subsets.get(i).name.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private List<String> subsetNames() {
    return subsets.stream().map(Subset::name).collect(Collectors.toList());
  }

  private static ObjectNode destination(String host, String subset) {
    return Manifests.object().put("host", host).put("subset", subset);
  }

  private static String routeName(RouteMatch match) {
    if (match.uri().isEmpty()) {
      return "canary-by-header";
    }
    return match.headers().isEmpty() ? "canary-by-uri" : "canary-by-match";
  }

  private record Subset(String name, Map<String, String> labels, boolean labelsGiven, int weight) {
    Subset withWeight(int newWeight) {
      return new Subset(name, labels, labelsGiven, newWeight);
    }
  }

  private record MatchRoute(RouteMatch match, String subset) {}
}
