package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.core.internal.Validate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that hold credentials (agent manifests, kubeconfigs) so that only their owner can
 * read them, where the file system has POSIX permissions.
 */
public final class SecretFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private SecretFiles() {}

  /**
   * Writes text to a file, replacing any file already there. The text goes to a new owner-only
   * file in the same directory first, which then takes the target's place, so the secret is never
   * readable by others, not even briefly, and a reader never sees half a file.
   *
   * @param target the file to write
   * @param text the content
   * @return the target
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path writeOwnerOnly(Path target, String text) {
    Validate.notNull(target, "path");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp", ownerOnly());
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        move(temp, absolute);
      } finally {
        Files.deleteIfExists(temp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
