package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;

/**
 * A traffic rule for one mesh service, written as Istio resources. Policies are immutable values:
 * every fluent step returns a new policy, and nothing is sent until the policy is applied to a mesh.
 *
 * <p>Each step checks its own arguments at once. Rules that only hold for the finished policy,
 * such as canary weights adding up to 100, are checked by {@link #validate()}, which
 * {@link #render(IstioApiVersion)} runs first, so a policy that renders is one Istio accepts.
 *
 * <p>Every rendered resource carries the label {@value #MANAGED_BY_LABEL}={@value #MANAGED_BY}
 * so the SDK can find and remove what it created.
 */
public sealed interface TrafficPolicy permits CanaryRelease, NearestAccess, Failover {
  /** Label key put on every resource the SDK renders. */
  String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  /** Value of {@link #MANAGED_BY_LABEL} on every resource the SDK renders. */
  String MANAGED_BY = "ackhybrid-sdk";

  /**
   * Returns the Kubernetes Service the policy governs.
   *
   * @return the service name, such as {@code reviews}
   */
  String service();

  /**
   * Returns the namespace of the service and of the rendered resources.
   *
   * @return the namespace, such as {@code default}
   */
  String namespace();

  /**
   * Checks the rules that span several fluent steps.
   *
   * @throws ValidationException naming the field and the rule the policy breaks
   */
  void validate();

  /**
   * Validates the policy and writes it as Istio resources, in the order they should be applied
   * (a {@code DestinationRule} before the {@code VirtualService} that routes to its subsets).
   *
   * @param version the {@code networking.istio.io} version to write
   * @return the resources, never empty
   * @throws ValidationException if the policy breaks a rule
   */
  List<IstioResource> render(IstioApiVersion version);

  /**
   * Writes the policy in the {@linkplain IstioApiVersion#defaultVersion() default version}.
   *
   * @return the resources, never empty
   * @throws ValidationException if the policy breaks a rule
   */
  default List<IstioResource> render() {
    return render(IstioApiVersion.defaultVersion());
  }

  /**
   * Returns a one-line summary for logs and confirmations, such as
   * {@code canary release of reviews.default: v1=90%, v2=10%}. Never throws, even for a policy that
   * would not validate.
   *
   * @return the summary
   */
  String describe();
}
