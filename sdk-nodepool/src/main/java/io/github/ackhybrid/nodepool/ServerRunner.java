package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.util.concurrent.CompletionStage;

/**
 * Runs an attach script on one of your servers, for {@code onboardServers}. The SDK cannot reach
 * your servers; you can, through SSH, a configuration management tool or a provisioning API.
 *
 * <pre>{@code
 * ServerRunner runner = (server, script) -> ssh.execAsync(server.address().orElseThrow(), "sudo sh -c " + quote(script.command()));
 * }</pre>
 *
 * <p>Implementations must not block: start the command and return a stage that completes when it
 * has finished, exceptionally if it failed. Hundreds of servers may be onboarded with a handful of
 * threads only if the runner holds none while a command runs. When onboarding is cancelled, stops
 * watching the cluster, or reaches its deadline, the SDK cancels the stages still running
 * ({@code toCompletableFuture().cancel(true)}); a runner may react by abandoning the command.
 */
@FunctionalInterface
public interface ServerRunner {

  /**
   * Starts running the script on the server.
   *
   * @param server the server
   * @param script the script; its command holds a join token, so never log {@code command()}
   * @return a stage that completes when the command finished, exceptionally if it failed; its
   *     value is ignored
   */
  CompletionStage<?> run(ServerSpec server, AttachScript script);
}
