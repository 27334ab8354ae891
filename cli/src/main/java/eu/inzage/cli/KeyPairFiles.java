package eu.inzage.cli;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writing a key pair as two files, both or neither: {@code keys new} and {@code keys organisation}
 * check that neither name is taken (a dangling symbolic link counts as taken), write the private
 * key, then the public key, and remove the private key again when the public one cannot be written.
 */
final class KeyPairFiles {
  private KeyPairFiles() {}

  /** Writes one key file. */
  @FunctionalInterface
  interface KeyFileWriter {
    /** Writes it (new, owner-only, never replacing a file). */
    void write() throws IOException;
  }

  /**
   * Refuses, before anything is generated, when either name exists in any form.
   *
   * @throws InvalidInputException naming {@code --out}
   */
  static void requireFree(Path... files) {
    for (Path file : files) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new InvalidInputException(
            "--out", ViolationCode.INVALID_VALUE, "already holds a key pair; nothing was changed");
      }
    }
  }

  /** Creates the output directory owner-only (0700 whatever the umask) when it is missing. */
  static void createDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (dir.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } else {
      Files.createDirectories(dir);
    }
  }

  /**
   * Writes the private key file, then the public one; when the public one fails, the private one is
   * deleted again, so that a private key never exists without its pair (and, for a protected
   * participant key, without its recovery key having been shown).
   *
   * @throws InvalidInputException naming {@code --out} when a name was taken meanwhile
   */
  static void writeBoth(Path privateFile, KeyFileWriter privateKey, KeyFileWriter publicKey)
      throws IOException {
    try {
      privateKey.write();
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw taken();
    }
    boolean done = false;
    try {
      publicKey.write();
      done = true;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw taken();
    } finally {
      if (!done) {
        Files.deleteIfExists(privateFile);
      }
    }
  }

  private static InvalidInputException taken() {
    return new InvalidInputException(
        "--out", ViolationCode.INVALID_VALUE, "already holds a key pair; nothing was changed");
  }
}
