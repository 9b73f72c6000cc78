package io.github.ackhybrid.examples;

import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Runs attach scripts on servers with the system's {@code ssh} client, as
 * {@code ssh -o BatchMode=yes USER@ADDRESS sh -s < script}: the script goes in on standard input
 * from a file only its owner can read, so the join token never appears in a process list, and the
 * file is deleted when the command ends. The command's output goes to {@code <server>.log} in the
 * work directory. No thread waits while a command runs: the stage completes from the process's exit.
 */
final class SshRunner implements ServerRunner {
  private final String user;
  private final Path workDir;

  /**
   * Creates a runner.
   *
   * @param user the remote user, who must be root or have password-less sudo rights for {@code sh}
   * @param workDir where the script files and command logs go
   */
  SshRunner(String user, Path workDir) {
    this.user = user;
    this.workDir = workDir;
  }

  @Override
  public CompletionStage<?> run(ServerSpec server, AttachScript script) {
    Path file = script.writeTo(workDir.resolve(server.name() + ".attach.sh"));
    Process process;
    try {
      process = new ProcessBuilder("ssh", "-o", "BatchMode=yes", user + "@" + server.address().orElse(server.hostname()),
          "sh", "-s")
          .redirectInput(file.toFile())
          .redirectErrorStream(true)
          .redirectOutput(workDir.resolve(server.name() + ".log").toFile())
          .start();
    } catch (IOException e) {
      delete(file);
      return CompletableFuture.failedFuture(new IllegalStateException("could not start ssh: " + e.getMessage(), e));
    }
    CompletableFuture<Process> exit = process.onExit();
    // Onboarding cancels the stage at its deadline; the command must not outlive it.
    CompletableFuture<Void> done = exit.thenApply(p -> {
      delete(file);
      if (p.exitValue() != 0) {
        throw new CompletionException(new IllegalStateException("the attach script exited with " + p.exitValue()
            + "; see " + workDir.resolve(server.name() + ".log")));
      }
      return null;
    });
    done.whenComplete((v, e) -> {
      if (done.isCancelled()) {
        process.destroyForcibly();
        delete(file);
      }
    });
    return done;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
