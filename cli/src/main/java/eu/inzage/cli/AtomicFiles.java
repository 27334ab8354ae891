package eu.inzage.cli;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/** How every subcommand writes its output files. */
final class AtomicFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private AtomicFiles() {}

  /**
   * Writes a file atomically: a temporary file beside the target, fsync, then a rename (or, when
   * {@code replace} is false, a hard link that fails if the target exists). A failure leaves
   * nothing half written. The file is owner-only (rw-------) whatever the umask, since letters and
   * opened data hold personal data; {@code secret} is kept for callers that say so explicitly.
   *
   * @throws InvalidInputException at {@code out} when something other than a regular file exists at
   *     the target (a folder, a FIFO, a device, a symbolic link): it is left untouched
   */
  static void write(Path target, byte[] bytes, boolean secret, boolean replace) throws IOException {
    Path temp = stage(target, bytes);
    try {
      commit(temp, target, replace);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes the bytes to a new owner-only temporary file beside the target and forces them to disk;
   * the target is not touched until {@link #commit}. The caller deletes the temporary file when it
   * does not commit it (a collective letter stages every volume and commits none on failure).
   *
   * @throws InvalidInputException at {@code out} when the target exists and is not a regular file
   */
  static Path stage(Path target, byte[] bytes) throws IOException {
    requireWritable(target);
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    boolean written = false;
    try {
      if (posix) {
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        // the umask may have taken bits away, never added any: set exactly rw-------
        Files.setPosixFilePermissions(temp, OWNER_ONLY);
      } else {
        Files.createFile(temp);
      }
      try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      written = true;
      return temp;
    } finally {
      if (!written) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Moves a staged file to its target: a rename that replaces a regular file, or (when {@code
   * replace} is false) a hard link that fails if the target exists, so no key file is overwritten.
   *
   * @throws InvalidInputException at {@code out} when the target is no longer new or regular
   */
  static void commit(Path temp, Path target, boolean replace) throws IOException {
    if (replace) {
      // checked again just before the rename, which would replace a FIFO or device node
      requireWritable(target);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.createLink(target, temp);
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Checks that an output path is new or a regular file.
   *
   * @throws InvalidInputException at {@code out} otherwise (the path is not repeated)
   */
  static void requireWritable(Path target) {
    if (target.getFileName() == null
        || (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
            && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))) {
      throw new InvalidInputException(
          "out", ViolationCode.INVALID_VALUE, "exists and is not a regular file");
    }
  }
}
