package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.AgentMode;
import io.github.ackhybrid.cluster.AgentManifestOptions;
import io.github.ackhybrid.cluster.CreateProClusterRequest;
import io.github.ackhybrid.cluster.DeleteClusterOptions;
import io.github.ackhybrid.cluster.KubeconfigOptions;
import io.github.ackhybrid.cluster.KubernetesVersionsRequest;
import io.github.ackhybrid.cluster.ListClustersRequest;
import io.github.ackhybrid.cluster.ModifyClusterRequest;
import io.github.ackhybrid.cluster.RegisterClusterRequest;
import io.github.ackhybrid.cluster.model.AgentManifest;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.ClusterProfile;
import io.github.ackhybrid.cluster.model.ClusterSpec;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.ClusterType;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.cluster.model.Tag;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.cluster.model.UserQuota;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ApiStyle;
import io.github.ackhybrid.core.internal.Decoders;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Operation;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import io.github.ackhybrid.core.internal.ServiceDefinition;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.core.internal.WriteSafety;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ACK cluster API (CS 2015-12-15, ROA) as a table of operations, and the one place that turns
 * each public request into its wire form (ack-cs-api.md §3, §10; official-client-wire.md) and each
 * answer into its public result. Validation happens here, before anything is sent.
 */
public final class ClusterApi {
  /** The ACK product: {@code cs.<region>.aliyuncs.com}, version 2015-12-15, ROA. */
  public static final ServiceDefinition CS = ServiceDefinition.regional("cs", "2015-12-15", ApiStyle.ROA);

  private static final ObjectReader RECEIPT_READER = Json.reader(WireBodies.TaskReceipt.class);
  private static final ObjectReader VERSIONS_READER = Json.mapper().readerForListOf(KubernetesVersion.class);

  /** Reads the receipt of an asynchronous change; a missing or non-JSON body (DeleteCluster sends none) is an empty receipt. */
  private static final ResponseDecoder<WireBodies.Receipt> RECEIPT = (body, metadata) -> {
    byte[] bytes = body.readAllBytes();
    WireBodies.TaskReceipt receipt = WireBodies.TaskReceipt.EMPTY;
    if (!isBlank(bytes)) {
      try {
        receipt = RECEIPT_READER.readValue(bytes);
      } catch (JsonProcessingException e) {
        receipt = WireBodies.TaskReceipt.EMPTY;
      }
    }
    return new WireBodies.Receipt(receipt, withBodyRequestId(metadata, receipt.requestId()));
  };

  private static final ResponseDecoder<List<KubernetesVersion>> VERSIONS = (body, metadata) -> {
    byte[] bytes = body.readAllBytes();
    return isBlank(bytes) ? List.of() : List.copyOf(VERSIONS_READER.<List<KubernetesVersion>>readValue(bytes));
  };

  static final Operation<WireBodies.Receipt> CREATE_CLUSTER =
      Operation.roa(CS, "CreateCluster", "POST", "/clusters", false, RECEIPT);
  static final Operation<Cluster> DESCRIBE_CLUSTER_DETAIL =
      Operation.roa(CS, "DescribeClusterDetail", "GET", "/clusters/{ClusterId}", true, Decoders.json(Cluster.class));
  static final Operation<WireBodies.ClusterList> DESCRIBE_CLUSTERS_V1 =
      Operation.roa(CS, "DescribeClustersV1", "GET", "/api/v1/clusters", true, Decoders.json(WireBodies.ClusterList.class));
  // The same call as DESCRIBE_CLUSTERS_V1, decoded with its metadata: the lookup after a lost CreateCluster answer.
  static final Operation<WireBodies.ListedClusters> FIND_CREATED_CLUSTER = Operation.roa(CS, "DescribeClustersV1", "GET",
      "/api/v1/clusters", true, Decoders.json(WireBodies.ClusterList.class, WireBodies.ListedClusters::new));
  // Not marked idempotent: a repeated update can collide with the update task the first one started.
  static final Operation<WireBodies.Receipt> MODIFY_CLUSTER =
      Operation.roa(CS, "ModifyCluster", "PUT", "/api/v2/clusters/{ClusterId}", false, RECEIPT);
  static final Operation<WireBodies.Receipt> DELETE_CLUSTER =
      Operation.roa(CS, "DeleteCluster", "DELETE", "/clusters/{ClusterId}", true, RECEIPT);
  static final Operation<AgentManifest> DESCRIBE_EXTERNAL_AGENT = Operation.roa(CS, "DescribeExternalAgent", "GET",
      "/k8s/{ClusterId}/external/agent/deployment", true, Decoders.json(AgentManifest.class));
  static final Operation<UserKubeconfig> DESCRIBE_CLUSTER_USER_KUBECONFIG = Operation.roa(CS,
      "DescribeClusterUserKubeconfig", "GET", "/k8s/{ClusterId}/user_config", true, Decoders.json(UserKubeconfig.class));
  static final Operation<ClusterTask> DESCRIBE_TASK_INFO = Operation.roa(CS, "DescribeTaskInfo", "GET", "/tasks/{TaskId}",
      true, Decoders.json(ClusterTask.class, (task, metadata) -> task.toBuilder().responseMetadata(metadata).build()));
  static final Operation<WireBodies.Receipt> INSTALL_CLUSTER_ADDONS = Operation.roa(CS, "InstallClusterAddons", "POST",
      "/clusters/{ClusterId}/components/install", false, RECEIPT);
  // ack-cs-api.md does not cover reading installed add-ons. Operation, path and answer
  // ({"addons":[{name, version, state}]}) are from ListClusterAddonInstances in the official
  // generated SDKs (aliyun/alibabacloud-java-sdk cs-20151215 async client, path
  // /clusters/{cluster_id}/addon_instances) and its API page:
  // https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/developer-reference/api-cs-2015-12-15-listclusteraddoninstances
  static final Operation<WireBodies.AddonList> LIST_CLUSTER_ADDON_INSTANCES = Operation.roa(CS,
      "ListClusterAddonInstances", "GET", "/clusters/{ClusterId}/addon_instances", true,
      Decoders.json(WireBodies.AddonList.class));
  // The query names (ClusterType, KubernetesVersion, Profile, Mode, QueryUpgradableVersion, Region,
  // runtime) and the array answer are from DescribeKubernetesVersionMetadataRequest and
  // DescribeKubernetesVersionMetadataResponseBody in the official generated SDKs (cs-20151215).
  static final Operation<List<KubernetesVersion>> DESCRIBE_KUBERNETES_VERSION_METADATA = Operation.roa(CS,
      "DescribeKubernetesVersionMetadata", "GET", "/api/v1/metadata/versions", true, VERSIONS);
  static final Operation<UserQuota> DESCRIBE_USER_QUOTA =
      Operation.roa(CS, "DescribeUserQuota", "GET", "/quota", true, Decoders.json(UserQuota.class));

  // One page: the name filter leaves a handful of clusters at most, and a miss only means the
  // caller is told the outcome is unknown, never a second cluster.
  private static final int LOOKUP_PAGE_SIZE = 100;

  private final CloudConfig config;

  /**
   * Creates the table for a client.
   *
   * @param config the client's settings, for the default region
   */
  public ClusterApi(CloudConfig config) {
    this.config = config;
  }

  /**
   * Builds {@code CreateCluster} for a registered cluster.
   *
   * @param request the request, already validated by its builder
   * @return the call
   */
  public Call<ClusterCreation> registerCluster(RegisterClusterRequest request) {
    Validate.notNull(request, "registerClusterRequest");
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("name", request.name());
    body.put("region_id", region(request.regionId()));
    body.put("cluster_type", ClusterType.EXTERNAL_KUBERNETES.value());
    request.vpcId().ifPresent(v -> body.put("vpcid", v));
    putIds(body, "vswitch_ids", request.vSwitchIds());
    request.podCidr().ifPresent(v -> body.put("container_cidr", v));
    request.serviceCidr().ifPresent(v -> body.put("service_cidr", v));
    request.securityGroupId().ifPresent(v -> body.put("security_group_id", v));
    request.enterpriseSecurityGroup().ifPresent(v -> body.put("is_enterprise_security_group", v));
    request.endpointPublicAccess().ifPresent(v -> body.put("endpoint_public_access", v));
    request.resourceGroupId().ifPresent(v -> body.put("resource_group_id", v));
    request.deletionProtection().ifPresent(v -> body.put("deletion_protection", v));
    return writeSafeCreate(body, request.name(), region(request.regionId()), request.tags());
  }

  /**
   * Builds {@code CreateCluster} for an ACK managed Pro cluster.
   *
   * @param request the request, already validated by its builder
   * @return the call
   */
  public Call<ClusterCreation> createProCluster(CreateProClusterRequest request) {
    Validate.notNull(request, "createProClusterRequest");
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("name", request.name());
    body.put("region_id", region(request.regionId()));
    body.put("cluster_type", ClusterType.MANAGED_KUBERNETES.value());
    body.put("profile", ClusterProfile.DEFAULT.value());
    body.put("cluster_spec", ClusterSpec.ACK_PRO_SMALL.value());
    request.kubernetesVersion().ifPresent(v -> body.put("kubernetes_version", v));
    body.put("vpcid", request.vpcId());
    putIds(body, "vswitch_ids", request.vSwitchIds());
    request.podCidr().ifPresent(v -> body.put("container_cidr", v));
    request.serviceCidr().ifPresent(v -> body.put("service_cidr", v));
    request.securityGroupId().ifPresent(v -> body.put("security_group_id", v));
    request.enterpriseSecurityGroup().ifPresent(v -> body.put("is_enterprise_security_group", v));
    request.endpointPublicAccess().ifPresent(v -> body.put("endpoint_public_access", v));
    request.snatEntry().ifPresent(v -> body.put("snat_entry", v));
    request.deletionProtection().ifPresent(v -> body.put("deletion_protection", v));
    request.timezone().ifPresent(v -> body.put("timezone", v.getId()));
    request.resourceGroupId().ifPresent(v -> body.put("resource_group_id", v));
    if (!request.addons().isEmpty()) {
      body.set("addons", addonArray(request.addons()));
    }
    return writeSafeCreate(body, request.name(), region(request.regionId()), request.tags());
  }

  /**
   * Tags the create with a fresh creation token and, should its answer be lost, finds the cluster
   * by name and token. Cluster names are unique in a region ({@code ClusterNameAlreadyExist},
   * ack-cs-api.md §7.2) and {@code DescribeClustersV1} filters by name (§3.3); the token tells our
   * cluster from one of the same name that existed before, which the create would have been refused
   * for.
   */
  private Call<ClusterCreation> writeSafeCreate(ObjectNode body, String name, String regionId, List<Tag> tags) {
    String token = WriteSafety.newCreateToken();
    ArrayNode array = body.putArray("tags");
    for (Tag tag : tags) {
      array.addObject().put("key", tag.key()).put("value", tag.value());
    }
    array.addObject().put("key", WriteSafety.CREATE_TOKEN_TAG).put("value", token);
    Call<ClusterCreation> create = Call.of(CREATE_CLUSTER.request().jsonBody(body).build(), ClusterApi::creation);
    ApiRequest<WireBodies.ListedClusters> find = FIND_CREATED_CLUSTER.request()
        .query("name", name)
        .query("region_id", regionId)
        .query("page_number", 1)
        .query("page_size", LOOKUP_PAGE_SIZE)
        .build();
    Call<Optional<ClusterCreation>> lookup = Call.of(find, listed -> created(listed, name, token));
    return Call.writeSafe(CREATE_CLUSTER.name(), create, lookup, "Look for a cluster named " + Validate.quote(name)
        + " carrying the tag " + WriteSafety.CREATE_TOKEN_TAG + "=" + token
        + " (listClusters with that name) before creating it again.");
  }

  private static Optional<ClusterCreation> created(WireBodies.ListedClusters listed, String name, String token) {
    List<Cluster> clusters = listed.page().clusters() == null ? List.of() : listed.page().clusters();
    return clusters.stream()
        .filter(c -> name.equals(c.name())
            && c.tags().stream().anyMatch(t -> t.key().equals(WriteSafety.CREATE_TOKEN_TAG) && t.value().equals(token)))
        .findFirst()
        .map(c -> ClusterCreation.builder()
            .id(c.id())
            .responseMetadata(listed.metadata().reconciledFor(CREATE_CLUSTER.name()))
            .build());
  }

  /**
   * Builds {@code DescribeClusterDetail}.
   *
   * @param clusterId the cluster
   * @return the call
   */
  public Call<Cluster> describeCluster(String clusterId) {
    ClusterChecks.id(clusterId, "clusterId");
    return Call.of(DESCRIBE_CLUSTER_DETAIL.request().pathParam("ClusterId", clusterId).build(), c -> c);
  }

  /**
   * Builds one page of {@code DescribeClustersV1}.
   *
   * @param filter the filters
   * @param pageNumber the 1-based page
   * @param pageSize the page size
   * @return the call
   */
  public Call<Page<Cluster>> listClusters(ListClustersRequest filter, int pageNumber, int pageSize) {
    ApiRequest<WireBodies.ClusterList> request = DESCRIBE_CLUSTERS_V1.request()
        .query("name", filter.name().orElse(null))
        .query("cluster_type", filter.clusterType().map(ClusterType::value).orElse(null))
        .query("cluster_spec", filter.clusterSpec().map(ClusterSpec::value).orElse(null))
        .query("profile", filter.profile().map(ClusterProfile::value).orElse(null))
        .query("region_id", filter.regionId().orElse(null))
        .query("cluster_id", filter.clusterId().orElse(null))
        .query("page_number", pageNumber)
        .query("page_size", pageSize)
        .build();
    return Call.of(request, list -> page(list, pageNumber));
  }

  /**
   * Builds {@code ModifyCluster}.
   *
   * @param clusterId the cluster
   * @param request the changes, already validated by their builder
   * @return the call
   */
  public Call<ClusterChange> modifyCluster(String clusterId, ModifyClusterRequest request) {
    ClusterChecks.id(clusterId, "clusterId");
    Validate.notNull(request, "modifyClusterRequest");
    ObjectNode body = Json.mapper().createObjectNode();
    request.name().ifPresent(v -> body.put("cluster_name", v));
    request.deletionProtection().ifPresent(v -> body.put("deletion_protection", v));
    return Call.of(MODIFY_CLUSTER.request().pathParam("ClusterId", clusterId).jsonBody(body).build(),
        receipt -> change(receipt, clusterId));
  }

  /**
   * Builds {@code DeleteCluster}; the retained resources go in the query as JSON-array text.
   *
   * @param clusterId the cluster
   * @param options what to keep
   * @return the call
   */
  public Call<ClusterChange> deleteCluster(String clusterId, DeleteClusterOptions options) {
    ClusterChecks.id(clusterId, "clusterId");
    Validate.notNull(options, "deleteClusterOptions");
    ApiRequest<WireBodies.Receipt> request = DELETE_CLUSTER.request()
        .pathParam("ClusterId", clusterId)
        .query("keep_slb", options.keepSlb().orElse(null))
        .query("retain_all_resources", options.retainAllResources().orElse(null))
        .query("retain_resources", options.retainResources().isEmpty() ? null : jsonText(options.retainResources()))
        .goneMeansDone(e -> e instanceof ResourceNotFoundException,
            metadata -> new WireBodies.Receipt(WireBodies.TaskReceipt.EMPTY, metadata))
        .build();
    return Call.of(request, receipt -> change(receipt, clusterId));
  }

  /**
   * Builds {@code DescribeExternalAgent}.
   *
   * @param clusterId the registered cluster
   * @param options how the agent connects
   * @return the call
   */
  public Call<AgentManifest> agentManifest(String clusterId, AgentManifestOptions options) {
    ClusterChecks.id(clusterId, "clusterId");
    Validate.notNull(options, "agentManifestOptions");
    ApiRequest<AgentManifest> request = DESCRIBE_EXTERNAL_AGENT.request()
        .pathParam("ClusterId", clusterId)
        .query("PrivateIpAddress", options.privateNetwork().orElse(null))
        .query("AgentMode", options.mode().map(AgentMode::value).orElse(null))
        .build();
    return Call.of(request, m -> m);
  }

  /**
   * Builds {@code DescribeClusterUserKubeconfig}.
   *
   * @param clusterId the cluster
   * @param options the kind of kubeconfig
   * @return the call
   */
  public Call<UserKubeconfig> userKubeconfig(String clusterId, KubeconfigOptions options) {
    ClusterChecks.id(clusterId, "clusterId");
    Validate.notNull(options, "kubeconfigOptions");
    ApiRequest<UserKubeconfig> request = DESCRIBE_CLUSTER_USER_KUBECONFIG.request()
        .pathParam("ClusterId", clusterId)
        .query("PrivateIpAddress", options.privateNetwork().orElse(null))
        .query("TemporaryDurationMinutes", options.validity().map(v -> v.toMinutes()).orElse(null))
        .build();
    return Call.of(request, k -> k);
  }

  /**
   * Builds {@code DescribeTaskInfo}.
   *
   * @param taskId the task
   * @return the call
   */
  public Call<ClusterTask> describeTask(String taskId) {
    ClusterChecks.id(taskId, "taskId");
    return Call.of(DESCRIBE_TASK_INFO.request().pathParam("TaskId", taskId).build(), t -> t);
  }

  /**
   * Builds {@code InstallClusterAddons}: a JSON array body, each configuration as JSON text.
   *
   * @param clusterId the cluster
   * @param addons the add-ons, at least one, each named once
   * @return the call
   */
  public Call<ClusterChange> installAddons(String clusterId, List<AddonInstallation> addons) {
    ClusterChecks.id(clusterId, "clusterId");
    Validate.notNull(addons, "addons");
    if (addons.isEmpty()) {
      throw new ValidationException("addons", "must name at least one add-on");
    }
    ApiRequest<WireBodies.Receipt> request = INSTALL_CLUSTER_ADDONS.request()
        .pathParam("ClusterId", clusterId)
        .jsonBody(addonArray(addons))
        .build();
    return Call.of(request, receipt -> change(receipt, clusterId));
  }

  /**
   * Builds {@code ListClusterAddonInstances}.
   *
   * @param clusterId the cluster
   * @return the call
   */
  public Call<List<InstalledAddon>> installedAddons(String clusterId) {
    ClusterChecks.id(clusterId, "clusterId");
    return Call.of(LIST_CLUSTER_ADDON_INSTANCES.request().pathParam("ClusterId", clusterId).build(),
        list -> list.addons() == null ? List.of() : List.copyOf(list.addons()));
  }

  /**
   * Builds {@code DescribeKubernetesVersionMetadata}.
   *
   * @param request what to look up, already validated by its builder
   * @return the call
   */
  public Call<List<KubernetesVersion>> kubernetesVersions(KubernetesVersionsRequest request) {
    Validate.notNull(request, "kubernetesVersionsRequest");
    ApiRequest<List<KubernetesVersion>> call = DESCRIBE_KUBERNETES_VERSION_METADATA.request()
        .query("ClusterType", request.clusterType().value())
        .query("Profile", request.profile().map(ClusterProfile::value).orElse(null))
        .query("KubernetesVersion", request.kubernetesVersion().orElse(null))
        .query("Mode", request.creatableOnly().map(c -> c ? "creatable" : "supported").orElse(null))
        .query("runtime", request.runtime().orElse(null))
        .query("QueryUpgradableVersion", request.queryUpgradableVersions().orElse(null))
        .query("Region", region(request.regionId()))
        .build();
    return Call.of(call, versions -> versions);
  }

  /**
   * Builds {@code DescribeUserQuota}.
   *
   * @return the call
   */
  public Call<UserQuota> userQuota() {
    return Call.of(DESCRIBE_USER_QUOTA.request().build(), q -> q);
  }

  private String region(Optional<String> requested) {
    return requested.orElse(config.region());
  }

  private static void putIds(ObjectNode body, String name, List<String> ids) {
    if (!ids.isEmpty()) {
      ArrayNode array = body.putArray(name);
      ids.forEach(array::add);
    }
  }

  private static ArrayNode addonArray(List<AddonInstallation> addons) {
    ArrayNode array = Json.mapper().createArrayNode();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < addons.size(); i++) {
      AddonInstallation addon = Validate.notNull(addons.get(i), "addons[" + i + "]");
      if (!names.add(addon.name())) {
        throw new ValidationException("addons[" + i + "].name",
            "must not repeat an add-on, found " + Validate.quote(addon.name()) + " twice");
      }
      ObjectNode entry = array.addObject().put("name", addon.name());
      addon.version().ifPresent(v -> entry.put("version", v));
      if (!addon.config().isEmpty()) {
        entry.put("config", AddonConfigs.toJsonText(addon.config()));
      }
    }
    return array;
  }

  private static String jsonText(List<String> values) {
    try {
      return Json.mapper().writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of ids could not be written as JSON", e);
    }
  }

  private static Page<Cluster> page(WireBodies.ClusterList list, int requestedPage) {
    List<Cluster> clusters = list.clusters() == null ? List.of() : list.clusters();
    WireBodies.PageInfo info = list.pageInfo();
    if (info == null || info.totalCount() == null) {
      return Page.of(clusters);
    }
    int number = info.pageNumber() == null || info.pageNumber() < 1 ? requestedPage : info.pageNumber();
    return Page.numbered(clusters, number, Math.max(0, info.totalCount()));
  }

  private static ClusterCreation creation(WireBodies.Receipt receipt) {
    String clusterId = receipt.body().clusterId();
    if (clusterId == null || clusterId.isBlank()) {
      throw new OutcomeUnknownException(CREATE_CLUSTER.name(), "CreateCluster succeeded (HTTP "
          + receipt.metadata().httpStatus() + ") but its answer names no cluster_id"
          + receipt.metadata().requestId().map(id -> "; request id " + id).orElse(""), null);
    }
    return ClusterCreation.builder()
        .id(clusterId)
        .taskId(nonBlank(receipt.body().taskId()))
        .responseMetadata(receipt.metadata())
        .build();
  }

  private static ClusterChange change(WireBodies.Receipt receipt, String requestedClusterId) {
    return ClusterChange.builder()
        .clusterId(nonBlank(receipt.body().clusterId()).orElse(requestedClusterId))
        .taskId(nonBlank(receipt.body().taskId()))
        .responseMetadata(receipt.metadata())
        .build();
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** Success bodies may carry the request id only in {@code request_id}; the header wins when both exist. */
  private static ResponseMetadata withBodyRequestId(ResponseMetadata metadata, String bodyRequestId) {
    if (metadata.requestId().isPresent() || bodyRequestId == null || bodyRequestId.isBlank()) {
      return metadata;
    }
    return ResponseMetadata.of(metadata.operation(), metadata.httpStatus(), bodyRequestId, metadata.attempts(),
        metadata.latency());
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
