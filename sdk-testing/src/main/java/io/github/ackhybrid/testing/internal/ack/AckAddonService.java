package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cluster add-ons: InstallClusterAddons ({@code POST /clusters/{ClusterId}/components/install},
 * a JSON array body, answered with a task) and the read side the ACK API documents,
 * ListClusterAddonInstances ({@code GET /clusters/{cluster_id}/addon_instances}) and
 * GetClusterAddonInstance ({@code GET /clusters/{cluster_id}/addon_instances/{instance_name}}),
 * whose paths and fields come from the ACK API pages of those names on alibabacloud.com.
 *
 * <p>An add-on is {@code updating} while its install task (the simulator's {@code addon_install},
 * 2 simulated minutes) runs and {@code active} afterwards; if the task is made to fail, add-ons it
 * was adding disappear again. Installing needs a {@code running} cluster (else 400
 * {@code ErrorClusterState}); unknown names, config sent as anything but JSON text, and
 * {@code terway-hybrid} without {@code terway-hybrid-controlplane} (which the Terway Hybrid guide
 * installs first), and a hybrid pod block that overlaps the cluster's pod or Service block answer
 * 400 {@code InvalidParameter}; reading an add-on that is not installed
 * answers 404 {@code AddonNotFound}.
 */
public final class AckAddonService implements SimService {
  private static final Duration INSTALL = Duration.ofMinutes(2);

  private final CloudState state;
  private final ClusterStore clusters;

  /**
   * Creates the service.
   *
   * @param state the shared state
   * @param clusters the clusters add-ons are installed on
   */
  public AckAddonService(CloudState state, ClusterStore clusters) {
    this.state = state;
    this.clusters = clusters;
  }

  @Override
  public void register(Routes routes) {
    routes.roa(Product.ACK, "POST", "/clusters/{ClusterId}/components/install", "InstallClusterAddons", this::install)
        .roa(Product.ACK, "GET", "/clusters/{cluster_id}/addon_instances", "ListClusterAddonInstances", this::list)
        .roa(Product.ACK, "GET", "/clusters/{cluster_id}/addon_instances/{instance_name}", "GetClusterAddonInstance",
            this::get);
  }

  @Override
  public void reset() {
    // Add-ons live on their clusters, which the cluster service clears.
  }

  private SimResponse install(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    JsonNode body = request.jsonBody();
    if (!body.isArray() || body.isEmpty()) {
      throw ApiError.invalidParameter("The request body must be a non-empty JSON array of {name, version, config}.");
    }
    List<ObjectNode> addons = AddonRequests.parse(body, "body");
    AddonRequests.checkHybridPodCidr(addons, cluster.json());
    if (!cluster.state().equals("running")) {
      throw new ApiError(400, "ErrorClusterState", "The cluster " + cluster.id() + " is " + cluster.state()
          + "; add-ons can be installed on a running cluster only.");
    }
    boolean controlPlane = cluster.addons().containsKey(AddonCatalogue.TERWAY_HYBRID_CONTROLPLANE)
        || addons.stream().anyMatch(a -> a.path("name").asText().equals(AddonCatalogue.TERWAY_HYBRID_CONTROLPLANE));
    if (!controlPlane && addons.stream().anyMatch(a -> a.path("name").asText().equals(AddonCatalogue.TERWAY_HYBRID))) {
      throw ApiError.invalidParameter("terway-hybrid needs terway-hybrid-controlplane; install the control plane"
          + " first or in the same request.");
    }
    Map<String, ObjectNode> previous = new HashMap<>();
    for (ObjectNode addon : addons) {
      String name = addon.path("name").asText();
      ObjectNode existing = cluster.addons().get(name);
      if (existing != null) {
        previous.putIfAbsent(name, existing.deepCopy());
      }
      addon.put("state", "updating");
      cluster.addons().put(name, addon);
    }
    cluster.refreshMetaData();
    String taskId = state.tasks().start("addon_install", cluster.id(), "InstallAddons", now, INSTALL,
        at -> {
          for (ObjectNode addon : addons) {
            addon.put("state", "active");
          }
        },
        (at, code) -> {
          for (ObjectNode addon : addons) {
            String name = addon.path("name").asText();
            ObjectNode before = previous.get(name);
            if (before == null) {
              cluster.addons().remove(name, addon);
            } else {
              cluster.addons().put(name, before);
            }
          }
          cluster.refreshMetaData();
        });
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("cluster_id", cluster.id());
    answer.put("request_id", request.requestId());
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  private SimResponse list(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("cluster_id"));
    ObjectNode answer = Json.mapper().createObjectNode();
    ArrayNode list = answer.putArray("addons");
    for (ObjectNode addon : cluster.addons().values()) {
      ObjectNode item = list.addObject();
      item.put("name", addon.path("name").asText());
      item.put("state", addon.path("state").asText());
      item.put("version", addon.path("version").asText());
    }
    return SimResponse.json(200, answer);
  }

  private SimResponse get(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("cluster_id"));
    String name = request.pathParam("instance_name");
    ObjectNode addon = cluster.addons().get(name);
    if (addon == null) {
      throw new ApiError(404, "AddonNotFound", "The add-on " + name + " is not installed in cluster " + cluster.id() + ".");
    }
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("name", name);
    answer.put("state", addon.path("state").asText());
    answer.put("version", addon.path("version").asText());
    answer.put("config", addon.path("config").asText());
    ObjectNode logging = answer.putObject("logging");
    logging.put("capable", false);
    logging.put("enabled", false);
    logging.put("log_project", "");
    logging.put("logstore", "");
    return SimResponse.json(200, answer);
  }
}
