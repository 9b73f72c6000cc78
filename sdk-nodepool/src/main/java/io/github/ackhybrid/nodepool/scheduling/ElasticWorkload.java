package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workload an {@link ElasticCapacityPlan} places: the pods of one namespace that carry all of
 * some labels. On an ACK managed Pro cluster it gets a hybrid-first {@link PriorityScheduling}
 * policy of its own.
 *
 * <pre>{@code
 * ElasticWorkload.of("prod", Map.of("app", "web"))
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class ElasticWorkload {
  /** The policy name used when the workload names none. */
  public static final String DEFAULT_POLICY_NAME = "hybrid-first";

  /**
   * Returns the workload's namespace.
   *
   * @return a DNS-1123 label such as {@code prod}
   */
  public abstract String namespace();

  /**
   * Returns the labels that select the workload's pods.
   *
   * @return the labels; empty selects every pod of the namespace
   */
  public abstract Map<String, String> podLabels();

  /**
   * Returns the name of the workload's {@code ResourcePolicy}.
   *
   * @return the name, a DNS-1123 subdomain; empty for {@value #DEFAULT_POLICY_NAME}
   */
  public abstract Optional<String> policyName();

  /**
   * Returns the policy name to write.
   *
   * @return {@link #policyName()}, or {@value #DEFAULT_POLICY_NAME}
   */
  public String effectivePolicyName() {
    return policyName().orElse(DEFAULT_POLICY_NAME);
  }

  /**
   * Makes a workload with the default policy name.
   *
   * @param namespace the namespace
   * @param podLabels the pod labels
   * @return the workload
   * @throws ValidationException if a name or label breaks its rule
   */
  public static ElasticWorkload of(String namespace, Map<String, String> podLabels) {
    return builder().namespace(namespace).podLabels(Validate.notNull(podLabels, "elasticWorkload.podLabels")).build();
  }

  /**
   * Starts a workload.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    KubernetesNames.dns1123Label(namespace(), "elasticWorkload.namespace");
    KubernetesNames.labels(podLabels(), "elasticWorkload.podLabels");
    policyName().ifPresent(n -> KubernetesNames.dns1123Subdomain(n, "elasticWorkload.policyName"));
  }

  /** Builds an {@link ElasticWorkload}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableElasticWorkload.Builder {}
}
