package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One thing {@link ElasticCapacity#plan(ElasticCapacityPlan)} found or did, with the ids to follow it up. */
@ModelStyle
@Value.Immutable
public abstract class ElasticAction {

  /** What the action is about. */
  public enum Target {
    /** The auto-scaling ECS pool; {@link #id()} is its pool id. */
    BURST_POOL,
    /** The cluster's autoscaler settings; {@link #id()} is the cluster id. */
    AUTOSCALER,
    /** One workload's placement; {@link #id()} is {@code namespace/policyName}. */
    RESOURCE_POLICY
  }

  /** What happened to the target. */
  public enum Outcome {
    /** It did not exist and was created. */
    CREATED,
    /** An existing pool named by id was taken over as it was. */
    ADOPTED,
    /**
     * It was changed to match the plan; for the autoscaler, whose settings the service cannot read
     * back, the settings were sent.
     */
    UPDATED,
    /** It already matched the plan; nothing was sent. */
    UNCHANGED,
    /**
     * Nothing was written because the cluster cannot serve it: a registered cluster has no
     * ResourcePolicy, so the result carries a fallback placement for the workload's pod spec.
     */
    FALLBACK_PLACEMENT
  }

  /**
   * Returns what the action is about.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns what happened.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns the id of the target: a pool id, the cluster id, or {@code namespace/policyName}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the request id of the call that made the change, for support tickets.
   *
   * @return the request id (the API server's audit id for policies), empty when nothing was sent
   *     or the answer carried none
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the ACK task that carries the change out.
   *
   * @return the task id, when the service started one
   */
  public abstract Optional<String> taskId();

  /**
   * Returns what was found or changed, in words.
   *
   * @return e.g. {@code auto scaling 0..10 -> 0..20}
   */
  public abstract String detail();

  /**
   * Tells whether the action wrote anything.
   *
   * @return true for {@link Outcome#CREATED} and {@link Outcome#UPDATED}
   */
  public boolean changed() {
    return outcome() == Outcome.CREATED || outcome() == Outcome.UPDATED;
  }

  /**
   * Starts an action, for tests and fakes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return target() + " " + id() + ": " + outcome() + " (" + detail() + ")"
        + requestId().map(r -> " request " + r).orElse("") + taskId().map(t -> " task " + t).orElse("");
  }

  /** Builds an {@link ElasticAction}. */
  public static final class Builder extends ImmutableElasticAction.Builder {}
}
