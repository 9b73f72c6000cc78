package io.github.ackhybrid.mesh.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.kube.internal.KubeThreads;
import io.github.ackhybrid.mesh.AppliedPolicy;
import io.github.ackhybrid.mesh.AppliedResource;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.IstioApiVersion;
import io.github.ackhybrid.mesh.IstioResource;
import io.github.ackhybrid.mesh.NearestAccess;
import io.github.ackhybrid.mesh.TrafficPolicy;
import io.github.ackhybrid.mesh.internal.MeshKubeAccess.MeshKube;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies, removes and lists traffic policies through a mesh's control-plane Kubernetes API:
 * validate the policy, get the mesh's cached {@link KubeClient}, make sure the namespace exists,
 * then server-side apply each rendered resource in order. When the API server refuses the
 * kubeconfig's credentials (revoked or rotated), the client is dropped and the work redone once
 * with a fresh kubeconfig. Errors from the API server keep their type and gain the policy and mesh
 * in their operation name.
 *
 * <p>{@link KubeClient} blocks, so the asynchronous variants run the Kubernetes part on a small
 * executor of this client's own (daemon threads {@code ackhybrid-kube-N}) and complete their
 * futures on the completion executor, keeping both the completion pool and the common pool free of
 * Kubernetes I/O.
 */
final class PolicyOperations implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyOperations.class);
  private static final String SELECTOR = TrafficPolicy.MANAGED_BY_LABEL + "=" + TrafficPolicy.MANAGED_BY;
  private static final String ISTIO_GROUP = "networking.istio.io";

  private final KubeThreads kubeThreads;
  private final MeshKubeAccess access;

  PolicyOperations(MeshCaller caller, CloudConfig config) {
    this.kubeThreads = KubeThreads.create("MeshClient",
        config.completionExecutor().orElse(SdkExecutors.completion()));
    this.access = new MeshKubeAccess(caller, kubeThreads.executor(), config);
  }

  AppliedPolicy apply(String meshId, TrafficPolicy policy) {
    check(meshId, policy);
    return withKube(meshId, kube -> applyWith(meshId, policy, kube));
  }

  CompletableFuture<AppliedPolicy> applyAsync(String meshId, TrafficPolicy policy) {
    return checkThen(() -> check(meshId, policy), () -> withKubeAsync(meshId, kube -> applyWith(meshId, policy, kube)));
  }

  List<IstioResource> remove(String meshId, TrafficPolicy policy) {
    check(meshId, policy);
    return withKube(meshId, kube -> removeWith(meshId, policy, kube));
  }

  CompletableFuture<List<IstioResource>> removeAsync(String meshId, TrafficPolicy policy) {
    return checkThen(() -> check(meshId, policy), () -> withKubeAsync(meshId, kube -> removeWith(meshId, policy, kube)));
  }

  List<IstioResource> list(String meshId, String namespace) {
    check(meshId, namespace);
    return withKube(meshId, kube -> listWith(meshId, namespace, kube));
  }

  CompletableFuture<List<IstioResource>> listAsync(String meshId, String namespace) {
    return checkThen(() -> check(meshId, namespace), () -> withKubeAsync(meshId, kube -> listWith(meshId, namespace, kube)));
  }

  /** Drops the cached clients and stops taking Kubernetes work; work already running finishes. */
  @Override
  public void close() {
    kubeThreads.close();
    access.close();
  }

  private static void check(String meshId, TrafficPolicy policy) {
    MeshValidation.id(meshId, "meshId");
    Validate.notNull(policy, "policy");
    policy.validate();
  }

  private static void check(String meshId, String namespace) {
    MeshValidation.id(meshId, "meshId");
    KubernetesNames.dns1123Label(namespace, "namespace");
  }

  private static <T> CompletableFuture<T> checkThen(Runnable check, Supplier<CompletableFuture<T>> work) {
    try {
      check.run();
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
    return work.get();
  }

  private <T> T withKube(String meshId, Function<MeshKube, T> work) {
    MeshKube kube = access.get(meshId);
    try {
      return work.apply(kube);
    } catch (AuthenticationException e) {
      LOG.debug("mesh {} control plane refused the cached kubeconfig ({}); fetching a new one", meshId, e.errorCode());
      return work.apply(access.refresh(meshId, kube));
    }
  }

  private <T> CompletableFuture<T> withKubeAsync(String meshId, Function<MeshKube, T> work) {
    return kubeThreads.handOff(access.getAsync(meshId)
        .thenCompose(kube -> kubeThreads.supply(() -> work.apply(kube)).exceptionallyCompose(error -> {
          Throwable cause = Futures.unwrap(error);
          if (!(cause instanceof AuthenticationException)) {
            return CompletableFuture.failedFuture(cause);
          }
          LOG.debug("mesh {} control plane refused the cached kubeconfig; fetching a new one", meshId);
          return access.refreshAsync(meshId, kube).thenCompose(fresh -> kubeThreads.supply(() -> work.apply(fresh)));
        })));
  }

  private AppliedPolicy applyWith(String meshId, TrafficPolicy policy, MeshKube mesh) {
    String operation = operation("applyPolicy", meshId, policy);
    List<IstioResource> resources = policy.render(mesh.version());
    KubeClient kube = mesh.kube();
    boolean created = named(operation, () -> kube.ensureNamespace(policy.namespace()));
    if (!created && !(policy instanceof CanaryRelease)) {
      warnOnLocalityConflict(meshId, operation, kube, mesh.version(), resources);
    }
    AppliedPolicy.Builder applied = AppliedPolicy.builder()
        .meshId(meshId).policy(policy).istioApiVersion(mesh.version()).namespaceCreated(created);
    for (IstioResource resource : resources) {
      ObjectNode stored = named(operation, () ->
          kube.apply(kind(resource), resource.toJson(), KubeClient.DEFAULT_FIELD_MANAGER));
      JsonNode metadata = stored.path("metadata");
      AppliedResource.Builder result = AppliedResource.builder()
          .apiVersion(resource.apiVersion()).kind(resource.kind())
          .namespace(resource.namespace()).name(resource.name());
      if (metadata.hasNonNull("resourceVersion")) {
        result.resourceVersion(metadata.get("resourceVersion").asText());
      }
      applied.addResources(result.build());
    }
    LOG.debug("applied {} to mesh {}", policy.describe(), meshId);
    return applied.build();
  }

  private static void warnOnLocalityConflict(String meshId, String operation, KubeClient kube,
      IstioApiVersion version, List<IstioResource> resources) {
    String namespace = resources.get(0).namespace();
    List<ObjectNode> existing = named(operation, () -> kube.list(istioKind(version, "DestinationRule"), namespace, SELECTOR));
    for (IstioResource resource : resources) {
      PolicyConflicts.find(resource, existing)
          .ifPresent(conflict -> LOG.warn("mesh {}: {}", meshId, conflict));
    }
  }

  private List<IstioResource> removeWith(String meshId, TrafficPolicy policy, MeshKube mesh) {
    String operation = operation("removePolicy", meshId, policy);
    List<IstioResource> resources = new ArrayList<>(policy.render(mesh.version()));
    // Remove the VirtualService before the DestinationRule whose subsets it routes to.
    Collections.reverse(resources);
    List<IstioResource> removed = new ArrayList<>();
    for (IstioResource resource : resources) {
      if (named(operation, () -> mesh.kube().delete(kind(resource), resource.namespace(), resource.name()))) {
        removed.add(resource);
      }
    }
    return List.copyOf(removed);
  }

  private List<IstioResource> listWith(String meshId, String namespace, MeshKube mesh) {
    String operation = "mesh.listPolicies " + namespace + " in mesh " + meshId;
    List<IstioResource> found = new ArrayList<>();
    for (String kind : List.of("DestinationRule", "VirtualService")) {
      for (ObjectNode object : named(operation, () -> mesh.kube().list(istioKind(mesh.version(), kind), namespace, SELECTOR))) {
        found.add(toResource(object, namespace));
      }
    }
    return List.copyOf(found);
  }

  private static IstioResource toResource(ObjectNode object, String namespace) {
    JsonNode metadata = object.path("metadata");
    Map<String, String> labels = new LinkedHashMap<>();
    metadata.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    JsonNode spec = object.path("spec");
    return IstioResource.of(object.path("apiVersion").asText(), object.path("kind").asText(),
        metadata.path("name").asText(), metadata.path("namespace").asText(namespace), labels,
        spec.isObject() ? (ObjectNode) spec : Json.mapper().createObjectNode());
  }

  private static ResourceKind kind(IstioResource resource) {
    int slash = resource.apiVersion().indexOf('/');
    return ResourceKind.namespaced(resource.apiVersion().substring(0, slash), resource.apiVersion().substring(slash + 1),
        resource.kind(), plural(resource.kind()));
  }

  private static ResourceKind istioKind(IstioApiVersion version, String kind) {
    String apiVersion = version.apiVersion();
    return ResourceKind.namespaced(ISTIO_GROUP, apiVersion.substring(apiVersion.indexOf('/') + 1), kind, plural(kind));
  }

  /** Kubernetes' default plural, which the Istio networking CRDs use. */
  private static String plural(String kind) {
    return kind.toLowerCase(Locale.ROOT) + "s";
  }

  private static String operation(String verb, String meshId, TrafficPolicy policy) {
    String type = policy instanceof CanaryRelease ? "canaryRelease"
        : policy instanceof NearestAccess ? "nearestAccess" : "failover";
    return "mesh." + verb + " " + type + " " + policy.namespace() + "/" + policy.service() + " in mesh " + meshId;
  }

  /** Runs a Kubernetes call, putting the policy and mesh in front of the operation name of any error. */
  private static <T> T named(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (ServiceException e) {
      throw renamed(e, operation);
    } catch (TransportException e) {
      throw new TransportException(operation + ": " + e.operation(), operation + ": " + e.getMessage(), e);
    }
  }

  private static ServiceException renamed(ServiceException e, String operation) {
    ServiceErrorDetails d = e.details();
    ServiceErrorDetails details = new ServiceErrorDetails(operation + ": " + d.operation(), d.statusCode(),
        d.errorCode(), d.errorMessage(), d.requestId(), d.recommend(), d.attemptHistory());
    ServiceException typed;
    if (e instanceof AuthenticationException) {
      typed = new AuthenticationException(details);
    } else if (e instanceof ResourceNotFoundException) {
      typed = new ResourceNotFoundException(details);
    } else if (e instanceof ConflictException) {
      typed = new ConflictException(details);
    } else if (e instanceof ThrottlingException) {
      typed = new ThrottlingException(details);
    } else {
      return new ServiceException(details, e);
    }
    // The typed exceptions take no cause; the original stays reachable for its stack trace.
    typed.addSuppressed(e);
    return typed;
  }
}
