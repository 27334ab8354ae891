package eu.inzage.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/** How every subcommand writes its output files. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes a file atomically: a temporary file beside the target, fsync, then a rename (or, when
   * {@code replace} is false, a hard link that fails if the target exists). A failure leaves
   * nothing half written. {@code secret} makes the file owner-only.
   */
  static void write(Path target, byte[] bytes, boolean secret, boolean replace) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      if (secret && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            temp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
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
      if (replace) {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // a hard link fails when the target exists: no key file is ever overwritten
        Files.createLink(target, temp);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
