package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.TaskState;
import io.github.ackhybrid.core.WaitDecision;
import io.github.ackhybrid.core.Waiter;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the cluster and task waiters once for both clients: each waiter gets the blocking and the
 * non-blocking poll of the same call, so the sync and async waiters follow the same rules.
 * State rules follow ack-cs-api.md §2 and §8.
 */
final class ClusterWaiterFactory {
  // Beyond six times the first interval, a long wait would poll too rarely to notice success soon.
  private static final int MAX_INTERVAL_FACTOR = 6;
  private static final Set<ClusterState> NEVER_RUNNING = EnumSet.of(ClusterState.FAILED,
      ClusterState.UPDATING_FAILED, ClusterState.DELETING, ClusterState.DELETED, ClusterState.DELETE_FAILED);
  private static final Set<ClusterState> NEVER_CONNECTED = EnumSet.of(ClusterState.FAILED,
      ClusterState.DELETING, ClusterState.DELETED, ClusterState.DELETE_FAILED);

  private final ClusterApi api;
  private final ClientRuntime runtime;

  ClusterWaiterFactory(ClusterApi api, ClientRuntime runtime) {
    this.api = api;
    this.runtime = runtime;
  }

  Waiter<Cluster> running(String clusterId, Duration timeout) {
    return clusterWaiter("cluster " + clusterId + " to be running", clusterId, timeout,
        c -> c.state() == ClusterState.RUNNING ? WaitDecision.SUCCESS
            : NEVER_RUNNING.contains(c.state()) ? WaitDecision.FAILURE : WaitDecision.RETRY,
        ClusterWaiterFactory::transientOrFatal);
  }

  Waiter<Cluster> connected(String clusterId, Duration timeout) {
    return clusterWaiter("registered cluster " + clusterId + " to connect its agent", clusterId, timeout,
        c -> c.state() == ClusterState.RUNNING ? WaitDecision.SUCCESS
            : NEVER_CONNECTED.contains(c.state()) ? WaitDecision.FAILURE : WaitDecision.RETRY,
        ClusterWaiterFactory::transientOrFatal);
  }

  Waiter<Cluster> deleted(String clusterId, Duration timeout) {
    return clusterWaiter("cluster " + clusterId + " to be deleted", clusterId, timeout,
        c -> c.state() == ClusterState.DELETED ? WaitDecision.SUCCESS
            : c.state() == ClusterState.DELETE_FAILED ? WaitDecision.FAILURE : WaitDecision.RETRY,
        error -> isNotFound(error) ? WaitDecision.SUCCESS : transientOrFatal(error));
  }

  Waiter<ClusterTask> taskComplete(String taskId, Duration timeout) {
    ClusterChecks.id(taskId, "taskId");
    Validate.positive(timeout, "timeout");
    Call<ClusterTask> poll = api.describeTask(taskId);
    return configure(Waiter.<ClusterTask>builder("task " + taskId + " to complete"), timeout)
        .poll(() -> poll.execute(runtime))
        .pollAsync(() -> poll.executeAsync(runtime))
        .acceptor(t -> t.state() == TaskState.SUCCESS ? WaitDecision.SUCCESS
            : t.state() == TaskState.FAILED || t.state() == TaskState.CANCELED ? WaitDecision.FAILURE
            : WaitDecision.RETRY)
        .onError(ClusterWaiterFactory::transientOrFatal)
        .describeState(ClusterWaiterFactory::describeTask)
        .build();
  }

  private Waiter<Cluster> clusterWaiter(String description, String clusterId, Duration timeout,
      Function<Cluster, WaitDecision> acceptor, Function<Throwable, WaitDecision> onError) {
    ClusterChecks.id(clusterId, "clusterId");
    Validate.positive(timeout, "timeout");
    Call<Cluster> poll = api.describeCluster(clusterId);
    return configure(Waiter.<Cluster>builder(description), timeout)
        .poll(() -> poll.execute(runtime))
        .pollAsync(() -> poll.executeAsync(runtime))
        .acceptor(acceptor)
        .onError(onError)
        .describeState(c -> c.stateAsString().isEmpty() ? "(none reported)" : c.stateAsString())
        .build();
  }

  private <T> Waiter.Builder<T> configure(Waiter.Builder<T> builder, Duration timeout) {
    Duration interval = runtime.config().pollInterval();
    return builder.timeout(timeout)
        .initialInterval(interval)
        .maxInterval(interval.multipliedBy(MAX_INTERVAL_FACTOR))
        .executor(runtime.config().completionExecutor().orElse(SdkExecutors.completion()));
  }

  /** The pipeline has already retried these; a waiter with time left polls again rather than giving up. */
  private static WaitDecision transientOrFatal(Throwable error) {
    if (error instanceof ThrottlingException || error instanceof TransportException
        || (error instanceof ServiceException && ((ServiceException) error).statusCode() >= 500)) {
      return WaitDecision.RETRY;
    }
    return WaitDecision.FAILURE;
  }

  private static boolean isNotFound(Throwable error) {
    return error instanceof ResourceNotFoundException
        || (error instanceof ServiceException && "ErrorClusterNotFound".equals(((ServiceException) error).errorCode()));
  }

  private static String describeTask(ClusterTask task) {
    String state = task.stateAsString().isEmpty() ? "(none reported)" : task.stateAsString();
    if (task.error().isEmpty()) {
      return state;
    }
    return state + " with error " + task.errorCode().orElse("(no code)") + ": " + task.errorMessage().orElse("(no message)");
  }
}
