package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The checks Istio's validation webhook (and its analyzers, for subsets) apply to the objects the
 * SDK writes, answered with Istio's messages: route weights summing to 100, destinations naming a
 * subset their host's DestinationRules define, and {@code localityLbSetting} rules.
 */
final class IstioValidation {
  private IstioValidation() {}

  /**
   * Checks a VirtualService against the DestinationRules of its namespace.
   *
   * @return the problem, or null if there is none
   */
  static String virtualService(JsonNode vs, String namespace, Collection<JsonNode> destinationRules) {
    JsonNode spec = vs.path("spec");
    if (!spec.path("hosts").isArray() || spec.path("hosts").isEmpty()) {
      return "virtual service must have at least one host";
    }
    for (String section : new String[] {"http", "tcp", "tls"}) {
      for (JsonNode route : spec.path(section)) {
        String problem = routes(route.path("route"), namespace, destinationRules);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static String routes(JsonNode destinations, String namespace, Collection<JsonNode> rules) {
    int total = 0;
    boolean weighted = false;
    for (JsonNode destination : destinations) {
      JsonNode weight = destination.get("weight");
      if (weight != null && !weight.isNull()) {
        if (weight.asInt() < 0) {
          return "weight " + weight.asInt() + " < 0";
        }
        weighted = true;
        total += weight.asInt();
      }
      JsonNode target = destination.path("destination");
      String host = target.path("host").asText("");
      if (host.isEmpty()) {
        return "destination must have a host";
      }
      String subset = target.path("subset").asText("");
      if (!subset.isEmpty()) {
        String problem = subset(fqdn(host, namespace), subset, namespace, rules);
        if (problem != null) {
          return problem;
        }
      }
    }
    if (weighted && destinations.size() > 1 && total != 100) {
      return "total destination weight " + total + " != 100";
    }
    return null;
  }

  private static String subset(String host, String subset, String namespace, Collection<JsonNode> rules) {
    Set<String> known = new HashSet<>();
    boolean hostHasRule = false;
    for (JsonNode rule : rules) {
      if (fqdn(rule.path("spec").path("host").asText(""), namespace).equals(host)) {
        hostHasRule = true;
        rule.path("spec").path("subsets").forEach(s -> known.add(s.path("name").asText()));
      }
    }
    if (hostHasRule && !known.contains(subset)) {
      return "referenced host+subset in destinationrule not found: \"" + host + "+" + subset + "\"";
    }
    return null;
  }

  /**
   * Checks a DestinationRule.
   *
   * @return the problem, or null if there is none
   */
  static String destinationRule(JsonNode dr) {
    JsonNode spec = dr.path("spec");
    if (spec.path("host").asText("").isEmpty()) {
      return "host must be specified";
    }
    Set<String> names = new HashSet<>();
    for (JsonNode subset : spec.path("subsets")) {
      String name = subset.path("name").asText("");
      if (name.isEmpty()) {
        return "subset name is required";
      }
      if (!names.add(name)) {
        return "duplicate subset names: " + name;
      }
      String problem = trafficPolicy(subset.path("trafficPolicy"), spec.path("trafficPolicy"));
      if (problem != null) {
        return problem;
      }
    }
    return trafficPolicy(spec.path("trafficPolicy"), spec.path("trafficPolicy"));
  }

  private static String trafficPolicy(JsonNode policy, JsonNode hostPolicy) {
    JsonNode locality = policy.path("loadBalancer").path("localityLbSetting");
    if (locality.isMissingNode() || locality.isNull()) {
      return null;
    }
    boolean failover = locality.path("failover").size() > 0;
    boolean distribute = locality.path("distribute").size() > 0;
    boolean priority = locality.path("failoverPriority").size() > 0;
    if (failover && distribute) {
      return "can not simultaneously specify 'distribute' and 'failover'";
    }
    // Istio only warns here; the simulator refuses, since such a rule silently does nothing.
    boolean outlier = policy.has("outlierDetection") || hostPolicy.has("outlierDetection");
    if ((failover || priority || distribute) && !outlier) {
      return "outlier detection policy must be provided for failover";
    }
    for (JsonNode f : locality.path("failover")) {
      String from = f.path("from").asText("");
      String to = f.path("to").asText("");
      if (from.equals(to)) {
        return "locality lb failover settings must specify different regions";
      }
      if (from.contains("/") || to.contains("/")) {
        return "locality lb failover only specify region";
      }
      if (from.contains("*") || to.contains("*")) {
        return "locality lb failover region should not contain '*' wildcard";
      }
    }
    for (JsonNode d : locality.path("distribute")) {
      int total = 0;
      for (JsonNode weight : d.path("to")) {
        if (weight.asInt() < 1 || weight.asInt() > 100) {
          return "locality weight must be in range [1, 100]";
        }
        total += weight.asInt();
      }
      if (total != 100) {
        return "total locality weight " + total + " != 100";
      }
    }
    return null;
  }

  private static String fqdn(String host, String namespace) {
    return host.contains(".") ? host : host + "." + namespace + ".svc.cluster.local";
  }
}
