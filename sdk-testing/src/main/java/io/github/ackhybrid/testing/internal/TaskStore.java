package io.github.ackhybrid.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The CS asynchronous tasks behind {@code DescribeTaskInfo}, kept as the JSON the operation
 * answers with. A task starts {@code running} and ends {@code success} or {@code failed} when its
 * simulated duration has passed; the service that started it reacts through callbacks (a cluster
 * becomes {@code running}, or {@code failed}). Tests make the next task of a type fail with
 * {@link #failNext}. Used only under the {@link CloudState} lock.
 */
public final class TaskStore {
  private record Failure(String code, String message) {}

  private final Timeline timeline;
  private final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();

  /**
   * Creates the store.
   *
   * @param timeline where task completions are scheduled
   */
  public TaskStore(Timeline timeline) {
    this.timeline = timeline;
  }

  /**
   * Starts a task.
   *
   * @param type the task type, such as {@code cluster_create}
   * @param clusterId the cluster it works on
   * @param stage the name of its single stage, shown as {@code current_stage}
   * @param now the simulated time it starts
   * @param duration how long it runs
   * @param onSuccess called with the completion instant when it succeeds
   * @param onFailure called with the completion instant and the error code when it fails
   * @return the task id
   */
  public String start(String type, String clusterId, String stage, Instant now, Duration duration,
      Consumer<Instant> onSuccess, BiConsumer<Instant, String> onFailure) {
    String id = Ids.hex("T-", 24);
    ObjectNode task = Json.mapper().createObjectNode();
    task.put("task_id", id);
    task.put("cluster_id", clusterId);
    task.put("task_type", type);
    task.put("state", "running");
    task.put("created", Times.rfc3339(now));
    task.put("updated", Times.rfc3339(now));
    task.put("current_stage", stage);
    ObjectNode stageNode = task.putArray("stages").addObject();
    stageNode.put("state", "running");
    stageNode.put("start_time", Times.stage(now));
    stageNode.put("end_time", "");
    stageNode.put("message", "");
    stageNode.putObject("outputs");
    task.putArray("events");
    task.putObject("parameters");
    ObjectNode target = task.putObject("target");
    target.put("id", clusterId);
    target.put("type", "cluster");
    task.putArray("task_result");
    tasks.put(id, task);
    Deque<Failure> pending = failures.get(type);
    Failure failure = pending == null ? null : pending.poll();
    timeline.at(now.plus(duration), at -> {
      if (failure == null) {
        finish(task, at, "success", stageNode);
        task.withArray("task_result").addObject().put("data", clusterId).put("status", "success");
        onSuccess.accept(at);
      } else {
        finish(task, at, "failed", stageNode);
        stageNode.put("message", failure.message());
        ObjectNode error = task.putObject("error");
        error.put("code", failure.code());
        error.put("message", failure.message());
        task.withArray("task_result").addObject().put("data", clusterId).put("status", "failed");
        onFailure.accept(at, failure.code());
      }
    });
    return id;
  }

  private static void finish(ObjectNode task, Instant at, String state, ObjectNode stage) {
    task.put("state", state);
    task.put("updated", Times.rfc3339(at));
    stage.put("state", state);
    stage.put("end_time", Times.stage(at));
  }

  /**
   * Makes the next task of a type fail when it completes, with the given error.
   *
   * @param type the task type
   * @param code the error code the task reports
   * @param message the error message
   */
  public void failNext(String type, String code, String message) {
    failures.computeIfAbsent(type, t -> new ArrayDeque<>()).add(new Failure(code, message));
  }

  /**
   * Returns a task.
   *
   * @param id the task id
   * @return a deep copy of the task's JSON
   */
  public Optional<ObjectNode> find(String id) {
    ObjectNode task = tasks.get(id);
    return task == null ? Optional.empty() : Optional.of(task.deepCopy());
  }

  /**
   * Returns every task in creation order.
   *
   * @return deep copies
   */
  public List<ObjectNode> all() {
    List<ObjectNode> copies = new ArrayList<>(tasks.size());
    tasks.values().forEach(task -> copies.add(task.deepCopy()));
    return copies;
  }

  /** Forgets every task and pending failure. */
  public void clear() {
    tasks.clear();
    failures.clear();
  }
}
