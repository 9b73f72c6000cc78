package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.kube.ResourceKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies, reads and removes {@code ResourcePolicy} objects through a cluster's Kubernetes API.
 * Policies are written by server-side apply as field manager {@value KubeClient#DEFAULT_FIELD_MANAGER},
 * so applying the same policy again changes nothing and applying a changed one updates it in place.
 *
 * <pre>{@code
 * SchedulingPolicies policies = SchedulingPolicies.create();
 * policies.apply(kubeconfig, PriorityScheduling.hybridFirst("web", "prod", Map.of("app", "web"), idcPool, burstPool));
 * }</pre>
 *
 * <p>Methods taking a {@link Kubeconfig} connect with its current context for the one call; those
 * taking a {@link KubeClient} reuse the caller's connections and leave the client open. The cluster
 * kubeconfig comes from {@code DescribeClusterUserKubeconfig}. Calls are blocking and not retried;
 * apply and remove are idempotent, so repeating one after a failure is safe. Stateless and thread-safe.
 */
public final class SchedulingPolicies {
  private static final ResourceKind KIND = ResourceKind.RESOURCE_POLICY;
  private static final String NOT_SERVED_HINT = " (ResourcePolicy is served by the scheduler of ACK managed Pro "
      + "clusters as " + KIND.apiVersion() + "; check the cluster type and that the namespace exists)";

  private SchedulingPolicies() {}

  /**
   * Returns the policy operations.
   *
   * @return a stateless instance
   */
  public static SchedulingPolicies create() {
    return new SchedulingPolicies();
  }

  /**
   * Validates a policy and creates or updates it in its namespace.
   *
   * @param kubeconfig the cluster's kubeconfig
   * @param policy the policy
   * @return the object as the API server stored it
   * @throws ValidationException if the policy breaks a rule; nothing is sent
   * @throws ConfigurationException if the kubeconfig's current context cannot be used
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy or the namespace does not exist
   * @throws ServiceException if the API server refuses the policy
   * @throws TransportException if no complete answer arrived
   */
  public StoredResourcePolicy apply(Kubeconfig kubeconfig, PriorityScheduling policy) {
    ObjectNode manifest = validated(policy);
    return withClient(kubeconfig, kube -> applyManifest(kube, manifest));
  }

  /**
   * Like {@link #apply(Kubeconfig, PriorityScheduling)} through an open client.
   *
   * @param kube the client for the cluster
   * @param policy the policy
   * @return the object as the API server stored it
   * @throws ValidationException if the policy breaks a rule; nothing is sent
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy or the namespace does not exist
   * @throws ServiceException if the API server refuses the policy
   * @throws TransportException if no complete answer arrived
   */
  public StoredResourcePolicy apply(KubeClient kube, PriorityScheduling policy) {
    Validate.notNull(kube, "kube");
    return applyManifest(kube, validated(policy));
  }

  /**
   * Reads one policy.
   *
   * @param kubeconfig the cluster's kubeconfig
   * @param namespace the namespace
   * @param name the policy's name
   * @return the policy, or empty if there is none by that name
   * @throws ValidationException if a name breaks its rule
   * @throws ConfigurationException if the kubeconfig's current context cannot be used
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public Optional<StoredResourcePolicy> get(Kubeconfig kubeconfig, String namespace, String name) {
    checkNames(namespace, name);
    return withClient(kubeconfig, kube -> get(kube, namespace, name));
  }

  /**
   * Like {@link #get(Kubeconfig, String, String)} through an open client.
   *
   * @param kube the client for the cluster
   * @param namespace the namespace
   * @param name the policy's name
   * @return the policy, or empty if there is none by that name
   * @throws ValidationException if a name breaks its rule
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public Optional<StoredResourcePolicy> get(KubeClient kube, String namespace, String name) {
    Validate.notNull(kube, "kube");
    checkNames(namespace, name);
    return explained(() -> kube.get(KIND, namespace, name)).map(StoredResourcePolicy::of);
  }

  /**
   * Lists the policies of one namespace, whoever wrote them; see
   * {@link StoredResourcePolicy#managedBySdk()}.
   *
   * @param kubeconfig the cluster's kubeconfig
   * @param namespace the namespace
   * @return the policies, in the API server's order
   * @throws ValidationException if the namespace breaks its rule
   * @throws ConfigurationException if the kubeconfig's current context cannot be used
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public List<StoredResourcePolicy> list(Kubeconfig kubeconfig, String namespace) {
    KubernetesNames.dns1123Label(namespace, "namespace");
    return withClient(kubeconfig, kube -> list(kube, namespace));
  }

  /**
   * Like {@link #list(Kubeconfig, String)} through an open client.
   *
   * @param kube the client for the cluster
   * @param namespace the namespace
   * @return the policies, in the API server's order
   * @throws ValidationException if the namespace breaks its rule
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public List<StoredResourcePolicy> list(KubeClient kube, String namespace) {
    Validate.notNull(kube, "kube");
    KubernetesNames.dns1123Label(namespace, "namespace");
    return explained(() -> kube.list(KIND, namespace)).stream().map(StoredResourcePolicy::of).toList();
  }

  /**
   * Deletes one policy. Pods it placed stay where they are; new pods are scheduled without it.
   *
   * @param kubeconfig the cluster's kubeconfig
   * @param namespace the namespace
   * @param name the policy's name
   * @return true if the policy was deleted, false if there was none by that name
   * @throws ValidationException if a name breaks its rule
   * @throws ConfigurationException if the kubeconfig's current context cannot be used
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public boolean remove(Kubeconfig kubeconfig, String namespace, String name) {
    checkNames(namespace, name);
    return withClient(kubeconfig, kube -> remove(kube, namespace, name));
  }

  /**
   * Like {@link #remove(Kubeconfig, String, String)} through an open client.
   *
   * @param kube the client for the cluster
   * @param namespace the namespace
   * @param name the policy's name
   * @return true if the policy was deleted, false if there was none by that name
   * @throws ValidationException if a name breaks its rule
   * @throws ResourceNotFoundException if the cluster does not serve ResourcePolicy
   * @throws ServiceException for any other error answer
   * @throws TransportException if no complete answer arrived
   */
  public boolean remove(KubeClient kube, String namespace, String name) {
    Validate.notNull(kube, "kube");
    checkNames(namespace, name);
    return explained(() -> kube.delete(KIND, namespace, name));
  }

  private static ObjectNode validated(PriorityScheduling policy) {
    return Validate.notNull(policy, "policy").toResource();
  }

  private static StoredResourcePolicy applyManifest(KubeClient kube, ObjectNode manifest) {
    return StoredResourcePolicy.of(explained(() -> kube.apply(KIND, manifest, KubeClient.DEFAULT_FIELD_MANAGER)));
  }

  private static <T> T withClient(Kubeconfig kubeconfig, Function<KubeClient, T> call) {
    Validate.notNull(kubeconfig, "kubeconfig");
    try (KubeClient kube = KubeClient.create(kubeconfig)) {
      return call.apply(kube);
    }
  }

  /** Adds what to check to a 404 that is about the kind or namespace rather than one policy. */
  private static <T> T explained(Supplier<T> call) {
    try {
      return call.get();
    } catch (ResourceNotFoundException e) {
      ServiceErrorDetails d = e.details();
      throw new ResourceNotFoundException(new ServiceErrorDetails(d.operation(), d.statusCode(), d.errorCode(),
          d.errorMessage() + NOT_SERVED_HINT, d.requestId(), d.recommend(), d.attemptHistory()));
    }
  }

  private static void checkNames(String namespace, String name) {
    KubernetesNames.dns1123Label(namespace, "namespace");
    KubernetesNames.dns1123Subdomain(name, "name");
  }
}
