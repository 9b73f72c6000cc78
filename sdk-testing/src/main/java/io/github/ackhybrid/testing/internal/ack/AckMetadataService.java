package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What callers check before they create: DescribeKubernetesVersionMetadata
 * ({@code GET /api/v1/metadata/versions}, a JSON array; {@code Region} and {@code ClusterType}
 * required, {@code KubernetesVersion} picks one version, otherwise {@code Mode} {@code creatable}
 * (the default) or {@code supported}) and DescribeUserQuota ({@code GET /quota}).
 */
public final class AckMetadataService implements SimService {
  private static final Set<String> CLUSTER_TYPES = Set.of("Kubernetes", "ManagedKubernetes", "ExternalKubernetes");
  private static final Set<String> PROFILES = Set.of("Default", "Edge", "Serverless", "Lingjun");

  @Override
  public void register(Routes routes) {
    routes.roa(Product.ACK, "GET", "/api/v1/metadata/versions", "DescribeKubernetesVersionMetadata", this::versions)
        .roa(Product.ACK, "GET", "/quota", "DescribeUserQuota", (request, now) -> SimResponse.json(200, Quotas.describe()));
  }

  @Override
  public void reset() {
    // Versions and quotas are fixed.
  }

  private SimResponse versions(SimRequest request, Instant now) {
    request.queryParam("Region").orElseThrow(() -> ApiError.missingParameter("Region"));
    String type = request.queryParam("ClusterType").orElseThrow(() -> ApiError.missingParameter("ClusterType"));
    if (!CLUSTER_TYPES.contains(type)) {
      throw ApiError.invalidParameter("ClusterType must be Kubernetes, ManagedKubernetes or ExternalKubernetes, was \""
          + type + "\".");
    }
    String profile = request.queryParam("Profile").orElse("Default");
    if (!PROFILES.contains(profile)) {
      throw ApiError.invalidParameter("Profile must be Default, Edge, Serverless or Lingjun, was \"" + profile + "\".");
    }
    String mode = request.queryParam("Mode").orElse("creatable");
    if (!mode.equals("creatable") && !mode.equals("supported")) {
      throw ApiError.invalidParameter("Mode must be creatable or supported, was \"" + mode + "\".");
    }
    Optional<String> version = request.queryParam("KubernetesVersion");
    ArrayNode answer = Json.mapper().createArrayNode();
    for (KubernetesVersions.Version v : KubernetesVersions.VERSIONS) {
      boolean wanted = version.map(v.version()::equals).orElse(mode.equals("supported") || v.creatable());
      if (wanted) {
        answer.add(KubernetesVersions.metadata(v));
      }
    }
    return SimResponse.json(200, answer);
  }
}
