package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.nodepool.internal.ScriptText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A command that joins a server to a node pool: run {@link #command()} as root on the server. The
 * command embeds a join token, so treat it as a secret: {@code toString()} masks the token, and
 * {@link #writeTo(Path)} writes it readable by its owner only.
 */
@ModelStyle
@Value.Immutable
public abstract class AttachScript {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  /**
   * Returns the cluster the script joins servers to.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the pool the script joins servers to.
   *
   * @return the pool id
   */
  public abstract String nodePoolId();

  /**
   * Returns the ready-to-run command, token included. Never log it.
   *
   * @return the command
   */
  @Value.Redacted
  public abstract String command();

  /**
   * Returns when the token stops working: the expiry asked for in the request, or else one the
   * script states.
   *
   * @return the expiry, empty when neither says
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Tells whether the token was asked to work for one server only.
   *
   * @return true for a one-time token
   */
  @Value.Default
  public boolean oneTimeToken() {
    return false;
  }

  /**
   * Returns the command with its token masked, safe to show or log.
   *
   * @return the redacted command
   */
  public String redactedCommand() {
    return ScriptText.redact(command());
  }

  /**
   * Tells whether the token has expired at a given moment.
   *
   * @param now the moment, usually {@code Instant.now()}
   * @return true if an expiry is known and not after {@code now}
   */
  public boolean isExpiredAt(Instant now) {
    return expiresAt().map(at -> !at.isAfter(now)).orElse(false);
  }

  /**
   * Writes the command as a shell script that only its owner can read, write and run
   * ({@code rwx------} where the file system has POSIX permissions). The file is created with those
   * permissions before the token is written and then moved into place, replacing any file there.
   *
   * @param file where to write, such as {@code attach.sh}
   * @return the file
   * @throws SdkException if the file cannot be written
   */
  public Path writeTo(Path file) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    String text = "#!/bin/sh\n"
        + "# Joins a server to node pool " + nodePoolId() + " of cluster " + clusterId()
        + expiresAt().map(at -> "; the token expires at " + at).orElse("") + ".\n"
        + "# Holds a join token: keep this file secret and run it as root on the server.\n"
        + command() + "\n";
    Path temp = null;
    try {
      boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
      temp = posix
          ? Files.createTempFile(dir, ".attach-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
          : Files.createTempFile(dir, ".attach-", ".tmp");
      if (!posix) {
        restrictToOwner(temp);
      }
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException | UnsupportedOperationException e) {
      deleteQuietly(temp);
      throw new SdkException("Could not write the attach script to " + target + ": " + e, e);
    }
  }

  private static void restrictToOwner(Path path) {
    java.io.File f = path.toFile();
    // Without POSIX attributes, clearing everyone's access and then granting the owner's is the
    // closest the JDK offers to rwx------.
    f.setReadable(false, false);
    f.setWritable(false, false);
    f.setExecutable(false, false);
    f.setReadable(true, true);
    f.setWritable(true, true);
    f.setExecutable(true, true);
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // The write already failed; that is the error worth reporting.
      }
    }
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AttachScript}. */
  public static final class Builder extends ImmutableAttachScript.Builder {}

  @Override
  public String toString() {
    return "AttachScript{clusterId=" + clusterId() + ", nodePoolId=" + nodePoolId()
        + ", expiresAt=" + expiresAt().map(Instant::toString).orElse("unknown")
        + ", oneTimeToken=" + oneTimeToken() + ", command=" + redactedCommand() + "}";
  }
}
