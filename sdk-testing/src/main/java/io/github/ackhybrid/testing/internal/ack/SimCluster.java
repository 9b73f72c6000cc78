package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.Ids;
import io.github.ackhybrid.testing.internal.Times;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated cluster: the JSON {@code DescribeClusterDetail} answers with, kept current, plus
 * what the wire does not show (installed add-ons, agent connection, agent tokens). Touched only
 * under the state lock.
 */
public final class SimCluster {
  private final String id;
  private final long sequence;
  private final boolean registered;
  private final ObjectNode json;
  private final Map<String, ObjectNode> addons = new LinkedHashMap<>();
  private final Map<Boolean, String> agentTokens = new HashMap<>();
  private boolean agentConnected;
  private boolean autoConnectScheduled;
  private String deleteTaskId;
  private Instant removedAt;

  SimCluster(String id, long sequence, boolean registered, ObjectNode json) {
    this.id = id;
    this.sequence = sequence;
    this.registered = registered;
    this.json = json;
  }

  /**
   * Returns the cluster id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Tells whether this is a registered ({@code ExternalKubernetes}) cluster.
   *
   * @return true for a registered cluster
   */
  public boolean registered() {
    return registered;
  }

  /**
   * Returns the cluster's {@code state}.
   *
   * @return the state, such as {@code running}
   */
  public String state() {
    return json.path("state").asText();
  }

  /**
   * Returns the cluster's {@code region_id}.
   *
   * @return the region
   */
  public String region() {
    return json.path("region_id").asText();
  }

  /**
   * Returns a deep copy of the cluster's {@code DescribeClusterDetail} JSON.
   *
   * @return the copy
   */
  public ObjectNode snapshot() {
    return json.deepCopy();
  }

  /**
   * Returns the cluster's {@code cluster_spec}.
   *
   * @return the spec, such as {@code ack.pro.small}; empty for a registered cluster
   */
  public String spec() {
    return json.path("cluster_spec").asText();
  }

  /**
   * Returns the cluster's {@code current_version}.
   *
   * @return the Kubernetes version, such as {@code 1.33.3-aliyun.1}; empty while unknown
   */
  public String version() {
    return json.path("current_version").asText();
  }

  /**
   * Returns the state of an installed add-on.
   *
   * @param name the add-on name, such as {@code terway-hybrid}
   * @return {@code active} or {@code updating}; empty if it is not installed
   */
  public Optional<String> addonState(String name) {
    ObjectNode addon = addons.get(name);
    return addon == null ? Optional.empty() : Optional.of(addon.path("state").asText());
  }

  /**
   * Returns the version of an installed add-on.
   *
   * @param name the add-on name, such as {@code flannel}
   * @return the version; empty if it is not installed
   */
  public Optional<String> addonVersion(String name) {
    ObjectNode addon = addons.get(name);
    return addon == null ? Optional.empty() : Optional.of(addon.path("version").asText());
  }

  /**
   * Returns when the cluster was created, from its {@code created} field.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return OffsetDateTime.parse(json.path("created").asText()).toInstant();
  }

  /**
   * Returns when the cluster's deletion finished and it disappeared from every read.
   *
   * @return the instant, empty while the cluster exists
   */
  public Optional<Instant> removedAt() {
    return Optional.ofNullable(removedAt);
  }

  void removed(Instant at) {
    this.removedAt = at;
  }

  long sequence() {
    return sequence;
  }

  ObjectNode json() {
    return json;
  }

  void state(String state, Instant at) {
    json.put("state", state);
    json.put("updated", Times.rfc3339(at));
  }

  Map<String, ObjectNode> addons() {
    return addons;
  }

  /**
   * Tells whether a registered cluster's agent is connected.
   *
   * @return true while the agent is connected; always false for other clusters
   */
  public boolean agentConnected() {
    return agentConnected;
  }

  void agentConnected(boolean connected) {
    this.agentConnected = connected;
  }

  /** Marks the auto-connection as scheduled, returning false if it already was. */
  boolean scheduleAutoConnect() {
    if (autoConnectScheduled) {
      return false;
    }
    autoConnectScheduled = true;
    return true;
  }

  String deleteTaskId() {
    return deleteTaskId;
  }

  void deleteTaskId(String taskId) {
    this.deleteTaskId = taskId;
  }

  /** Returns the agent's token for one network, minted on first use and stable afterwards. */
  String agentToken(boolean privateNetwork) {
    return agentTokens.computeIfAbsent(privateNetwork, p -> Ids.token(48));
  }

  /** Rewrites {@code meta_data}: JSON text holding the installed add-ons and the version. */
  void refreshMetaData() {
    ObjectNode meta = Json.mapper().createObjectNode();
    ArrayNode list = meta.putArray("Addons");
    Collection<ObjectNode> installed = new ArrayList<>(addons.values());
    for (ObjectNode addon : installed) {
      ObjectNode entry = list.addObject();
      entry.put("name", addon.path("name").asText());
      entry.put("version", addon.path("version").asText());
      entry.put("config", addon.path("config").asText());
      entry.put("disabled", addon.path("disabled").asBoolean());
    }
    meta.put("KubernetesVersion", json.path("current_version").asText());
    meta.put("ServiceCIDR", json.path("service_cidr").asText());
    meta.put("SubClass", "default");
    try {
      json.put("meta_data", Json.mapper().writeValueAsString(meta));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
