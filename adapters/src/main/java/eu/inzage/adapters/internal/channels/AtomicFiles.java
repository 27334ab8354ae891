package eu.inzage.adapters.internal.channels;

import eu.inzage.core.StorageException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes whole files or nothing: the bytes go to a temporary file in the same folder, which is then
 * linked or moved into place, so a reader never sees a half-written file.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * The folder, created with its parents when missing.
   *
   * @throws StorageException naming {@code what} when it cannot be created
   */
  static Path folder(Path folder, String what) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StorageException("creating the " + what + " folder failed", e);
    }
  }

  /**
   * Writes a file that must not exist yet. The temporary file is hard-linked to the target, which
   * fails atomically when the target exists (a rename would silently replace it on POSIX).
   *
   * @throws FileAlreadyExistsException when the target exists; it is left untouched
   */
  static void writeNew(Path target, byte[] bytes) throws IOException {
    Path temp = temp(target, bytes);
    try {
      try {
        Files.createLink(target, temp);
      } catch (UnsupportedOperationException e) {
        // no hard links on this file store: a plain move refuses an existing target
        Files.move(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes a file, replacing any file of that name in one atomic rename. */
  static void replace(Path target, byte[] bytes) throws IOException {
    Path temp = temp(target, bytes);
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path temp(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
    try {
      Files.write(temp, bytes);
      try (var channel =
          java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
