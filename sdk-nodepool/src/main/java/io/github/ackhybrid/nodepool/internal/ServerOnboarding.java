package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.WaitDecision;
import io.github.ackhybrid.core.Waiter;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.AttachScriptRequest;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.OnboardingPhase;
import io.github.ackhybrid.nodepool.OnboardingProgress;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerOutcome;
import io.github.ackhybrid.nodepool.model.ServerResult;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code onboardServers}: hands each server and its batch's attach script to the user's
 * runner with at most {@code maxConcurrency} commands in flight, watches the pool's nodes with a
 * non-blocking waiter, and reports per server once every server is settled or the deadline passes.
 * No thread is held per server: runners are started on an executor and their stages release
 * permits; the node list is polled on the shared scheduler.
 */
final class ServerOnboarding {
  private static final Logger LOG = LoggerFactory.getLogger(ServerOnboarding.class);
  private static final int MAX_SERVERS = 10_000;
  private static final Duration MIN_SCRIPT_VALIDITY = Duration.ofMinutes(1);
  private static final int MAX_INTERVAL_FACTOR = 6;

  /** Where a server is; the last three are final. */
  private enum Step {
    QUEUED, RUNNING, WAITING_FOR_NODE, JOINED, FAILED, TIMED_OUT;

    boolean isFinal() {
      return this == JOINED || this == FAILED || this == TIMED_OUT;
    }
  }

  private final NodePoolAsyncClient client;
  private final Clock clock;
  private final Duration pollInterval;
  private final Executor completion;
  private final Executor runnerExecutor;
  private final String clusterId;
  private final String poolId;
  private final List<Tracker> trackers;
  private final ServerRunner runner;
  private final OnboardingOptions options;
  private final AttachScriptRequest scriptRequest;
  private final int batchSize;
  private final AsyncLimiter limiter;
  private final Map<Integer, CompletableFuture<AttachScript>> scripts = new ConcurrentHashMap<>();
  private final CompletableFuture<OnboardingReport> result = new CompletableFuture<>();
  private volatile CompletableFuture<List<Node>> watch;
  private long startNanos;
  private long deadlineNanos;
  private int finished;
  private boolean reported;

  ServerOnboarding(NodePoolAsyncClient client, CloudConfig config, Executor completion, String clusterId,
      String poolId, List<ServerSpec> servers, ServerRunner runner, OnboardingOptions options) {
    this.client = client;
    this.clock = config.clock();
    this.pollInterval = config.pollInterval();
    this.completion = completion;
    this.clusterId = Ids.clusterId(clusterId);
    this.poolId = Ids.nodePoolId(poolId);
    this.runner = Validate.notNull(runner, "onboarding.runner");
    this.options = Validate.notNull(options, "onboarding.options");
    this.trackers = trackers(Validate.notNull(servers, "onboarding.servers"));
    this.runnerExecutor = options.runnerExecutor().orElse(completion);
    this.scriptRequest = options.script().orElseGet(() -> AttachScriptRequest.builder()
        .expiresIn(options.timeout().compareTo(MIN_SCRIPT_VALIDITY) < 0 ? MIN_SCRIPT_VALIDITY : options.timeout())
        .build());
    this.batchSize = scriptRequest.oneTimeToken().orElse(false) ? 1 : options.batchSize();
    this.limiter = new AsyncLimiter(options.maxConcurrency(), completion);
  }

  private static List<Tracker> trackers(List<ServerSpec> servers) {
    if (servers.isEmpty() || servers.size() > MAX_SERVERS) {
      throw new ValidationException("onboarding.servers", "must hold 1-" + MAX_SERVERS + " servers, had "
          + servers.size());
    }
    Set<String> names = new HashSet<>();
    List<Tracker> list = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      ServerSpec s = Validate.notNull(servers.get(i), "onboarding.servers[" + i + "]");
      if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
        throw new ValidationException("onboarding.servers", "must have unique names, found " + Validate.quote(s.name())
            + " twice");
      }
      list.add(new Tracker(i, s));
    }
    return List.copyOf(list);
  }

  CompletableFuture<OnboardingReport> start() {
    startNanos = System.nanoTime();
    deadlineNanos = startNanos + options.timeout().toNanos();
    result.whenComplete((report, error) -> {
      if (result.isCancelled()) {
        synchronized (this) {
          reported = true;
        }
        stop();
      }
    });
    for (Tracker t : trackers) {
      limiter.submit(() -> runOne(t));
    }
    Waiter<List<Node>> waiter = Waiter.<List<Node>>builder(trackers.size() + " servers to join node pool "
            + poolId + " of cluster " + clusterId)
        .pollAsync(() -> client.listNodes(clusterId, r -> r.nodePoolId(poolId)).toList())
        .acceptor(this::observe)
        .onError(error -> Transient.isTransient(error) ? WaitDecision.RETRY : WaitDecision.FAILURE)
        .describeState(nodes -> nodes.size() + " nodes listed")
        .initialInterval(pollInterval)
        .maxInterval(pollInterval.multipliedBy(MAX_INTERVAL_FACTOR))
        .timeout(options.timeout())
        .executor(completion)
        .build();
    watch = waiter.awaitAsync();
    watch.whenComplete((nodes, error) -> finish(error == null ? null : Futures.unwrap(error)));
    return result;
  }

  private CompletionStage<?> runOne(Tracker t) {
    if (result.isDone() || System.nanoTime() - deadlineNanos >= 0) {
      return CompletableFuture.completedFuture(null);
    }
    return scriptFor(t.index / batchSize, true).handle((script, error) -> {
      if (error != null) {
        settle(t, Step.FAILED, "could not get an attach script: " + summary(Futures.unwrap(error), null));
        return CompletableFuture.completedFuture(null);
      }
      return startRunner(t, script);
    }).thenCompose(stage -> stage);
  }

  /** The batch's script, minted on first use; an expired one is replaced once. */
  private CompletableFuture<AttachScript> scriptFor(int batch, boolean replaceExpired) {
    CompletableFuture<AttachScript> script =
        scripts.computeIfAbsent(batch, b -> client.attachScript(clusterId, poolId, scriptRequest));
    if (!replaceExpired) {
      return script;
    }
    return script.thenCompose(s -> {
      if (!s.isExpiredAt(clock.instant())) {
        return CompletableFuture.completedFuture(s);
      }
      scripts.remove(batch, script);
      return scriptFor(batch, false);
    });
  }

  private CompletableFuture<Object> startRunner(Tracker t, AttachScript script) {
    CompletableFuture<Object> done = new CompletableFuture<>();
    if (!advance(t, Step.QUEUED, Step.RUNNING, OnboardingPhase.COMMAND_STARTED, null)) {
      done.complete(null);
      return done;
    }
    try {
      runnerExecutor.execute(() -> {
        CompletionStage<?> stage;
        try {
          stage = runner.run(t.server, script);
          if (stage == null) {
            throw new NullPointerException("the runner returned null instead of a CompletionStage");
          }
        } catch (RuntimeException e) {
          settle(t, Step.FAILED, "the runner failed: " + summary(e, script));
          done.complete(null);
          return;
        }
        t.running = stage;
        // stop() may have looked at t.running just before it was set; whichever side comes second
        // sees the other's write and cancels.
        if (stopped()) {
          cancel(stage);
        }
        stage.whenComplete((value, error) -> {
          if (error == null) {
            advance(t, Step.RUNNING, Step.WAITING_FOR_NODE, OnboardingPhase.COMMAND_SUCCEEDED, null);
          } else {
            settle(t, Step.FAILED, "the attach command failed: " + summary(Futures.unwrap(error), script));
          }
          done.complete(null);
        });
      });
    } catch (RuntimeException e) {
      settle(t, Step.FAILED, "the runner could not be started: " + e);
      done.complete(null);
    }
    return done;
  }

  /** Judges one listing of the pool's nodes: the waiter's acceptor. */
  private WaitDecision observe(List<Node> nodes) {
    List<Event> events = new ArrayList<>();
    boolean allSettled;
    synchronized (this) {
      for (Tracker t : trackers) {
        if (t.step == Step.RUNNING || t.step == Step.WAITING_FOR_NODE) {
          Optional<Node> node = nodes.stream().filter(n -> matches(t.server, n)).findFirst();
          node.ifPresent(n -> t.node = n);
          if (t.step == Step.WAITING_FOR_NODE && node.map(Node::ready).orElse(false)) {
            events.add(transition(t, Step.JOINED, OnboardingPhase.JOINED, "node " + node.get().nodeName()));
          }
        }
      }
      allSettled = finished == trackers.size();
    }
    publish(events);
    return allSettled ? WaitDecision.SUCCESS : WaitDecision.RETRY;
  }

  /** Completes the report; {@code cause} is null on success, else why watching stopped. */
  private void finish(Throwable cause) {
    List<Event> events = new ArrayList<>();
    OnboardingReport report;
    synchronized (this) {
      if (reported) {
        return;
      }
      reported = true;
      boolean timedOut = cause == null || (cause instanceof WaiterException w
          && w.reason() == WaiterException.Reason.TIMEOUT);
      for (Tracker t : trackers) {
        if (!t.step.isFinal()) {
          if (timedOut) {
            events.add(transition(t, Step.TIMED_OUT, OnboardingPhase.TIMED_OUT, timeoutReason(t)));
          } else {
            events.add(transition(t, Step.FAILED, OnboardingPhase.FAILED, "stopped watching the pool's nodes: "
                + summary(cause.getCause() != null ? cause.getCause() : cause, null)));
          }
        }
      }
      report = report();
    }
    stop();
    publish(events);
    result.complete(report);
  }

  private String timeoutReason(Tracker t) {
    return switch (t.step) {
      case QUEUED -> "not started before the deadline of " + options.timeout();
      case RUNNING -> "the attach command was still running at the deadline of " + options.timeout();
      default -> t.node == null
          ? "no node matching the server appeared in the pool within " + options.timeout()
          : "node " + t.node.nodeName() + " was " + (t.node.nodeStatusAsString().isEmpty() ? "not Ready"
              : t.node.nodeStatusAsString()) + " at the deadline of " + options.timeout();
    };
  }

  private void stop() {
    limiter.close();
    CompletableFuture<List<Node>> w = watch;
    if (w != null && !w.isDone()) {
      w.cancel(false);
    }
    for (Tracker t : trackers) {
      CompletionStage<?> running = t.running;
      if (running != null) {
        cancel(running);
      }
    }
  }

  private synchronized boolean stopped() {
    return reported;
  }

  private static void cancel(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().cancel(true);
    } catch (UnsupportedOperationException ignored) {
      // A stage that cannot be cancelled finishes on its own; its outcome no longer matters.
    }
  }

  private void settle(Tracker t, Step step, String reason) {
    Event event;
    boolean allSettled;
    synchronized (this) {
      if (t.step.isFinal() || reported) {
        return;
      }
      event = transition(t, step, step == Step.FAILED ? OnboardingPhase.FAILED : OnboardingPhase.TIMED_OUT, reason);
      allSettled = finished == trackers.size();
    }
    publish(List.of(event));
    if (allSettled) {
      finish(null);
    }
  }

  private boolean advance(Tracker t, Step from, Step to, OnboardingPhase phase, String detail) {
    Event event;
    synchronized (this) {
      if (t.step != from || reported) {
        return false;
      }
      t.step = to;
      event = new Event(t.server, phase, detail, finished);
    }
    publish(List.of(event));
    return true;
  }

  /** Moves a tracker to a final step; call while holding this object's lock. */
  private Event transition(Tracker t, Step step, OnboardingPhase phase, String reason) {
    t.step = step;
    t.reason = step == Step.JOINED ? null : reason;
    finished++;
    return new Event(t.server, phase, reason, finished);
  }

  private OnboardingReport report() {
    List<ServerResult> results = new ArrayList<>();
    for (Tracker t : trackers) {
      ServerResult.Builder r = ServerResult.builder().server(t.server).outcome(switch (t.step) {
        case JOINED -> ServerOutcome.JOINED;
        case FAILED -> ServerOutcome.FAILED;
        default -> ServerOutcome.TIMED_OUT;
      });
      if (t.node != null) {
        r.node(t.node);
      }
      if (t.reason != null) {
        r.reason(t.reason);
      }
      results.add(r.build());
    }
    return OnboardingReport.builder().clusterId(clusterId).nodePoolId(poolId).results(results)
        .elapsed(Duration.ofNanos(System.nanoTime() - startNanos)).build();
  }

  private void publish(List<Event> events) {
    Optional<Consumer<OnboardingProgress>> listener = options.onProgress();
    if (listener.isEmpty()) {
      return;
    }
    for (Event e : events) {
      OnboardingProgress.Builder p = OnboardingProgress.builder().server(e.server).phase(e.phase)
          .finished(e.finished).total(trackers.size());
      if (e.detail != null) {
        p.detail(e.detail);
      }
      try {
        listener.get().accept(p.build());
      } catch (RuntimeException ex) {
        LOG.warn("The onboarding progress callback threw {}; onboarding goes on", ex.getClass().getName());
      }
    }
  }

  /** Tells whether a node is the one a server became: by host name, then by address. */
  static boolean matches(ServerSpec server, Node node) {
    String host = server.hostname();
    if (node.nodeName().equalsIgnoreCase(host)
        || node.hostName().map(h -> h.equalsIgnoreCase(host)).orElse(false)
        || node.instanceName().map(n -> n.equalsIgnoreCase(host)).orElse(false)) {
      return true;
    }
    return server.address().map(a -> node.ipAddresses().contains(a) || node.nodeName().endsWith("." + a))
        .orElse(false);
  }

  /** Describes a failure without the script's token, even if the runner quoted the command. */
  private static String summary(Throwable error, AttachScript script) {
    String message = error.getMessage() == null ? "" : ": " + error.getMessage();
    if (script != null) {
      message = message.replace(script.command(), script.redactedCommand());
    }
    return ScriptText.redact(error.getClass().getSimpleName() + message);
  }

  /** One server's state; guarded by the onboarding's lock except {@code running}. */
  private static final class Tracker {
    final int index;
    final ServerSpec server;
    Step step = Step.QUEUED;
    Node node;
    String reason;
    volatile CompletionStage<?> running;

    Tracker(int index, ServerSpec server) {
      this.index = index;
      this.server = server;
    }
  }

  /** A progress event, built under the lock and published outside it. */
  private record Event(ServerSpec server, OnboardingPhase phase, String detail, int finished) {}
}
