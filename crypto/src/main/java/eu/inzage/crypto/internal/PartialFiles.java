package eu.inzage.crypto.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files plaintext is opened into before it is renamed to its target ({@code
 * .NAME.<pid>.<hex>.partial}, owner-only): none may outlive the process that wrote it (GDPR Art.
 * 32(1)(a)). A shutdown hook removes those still open when the JVM ends normally or on SIGTERM;
 * what a SIGKILL or a power cut leaves is swept by the next {@link #create} in the same directory,
 * which removes partial files of processes that no longer run.
 */
public final class PartialFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern NAME =
      Pattern.compile("\\..+\\.([0-9]{1,19})\\.[0-9a-f]{12}\\.partial");
  private static final long PID = ProcessHandle.current().pid();
  private static final Set<Path> OPEN = new LinkedHashSet<>();
  private static boolean hookInstalled;
  private static boolean shuttingDown;

  private PartialFiles() {}

  /**
   * Creates a new owner-only partial file beside {@code target}, after sweeping what dead processes
   * left in that directory.
   *
   * @throws IOException when the file cannot be created
   */
  public static Path create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    sweep(dir);
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    Path temp =
        dir.resolve(
            "."
                + absolute.getFileName()
                + "."
                + PID
                + "."
                + HexFormat.of().formatHex(random)
                + ".partial");
    synchronized (PartialFiles.class) {
      if (shuttingDown) {
        throw new IOException("the process is shutting down");
      }
      if (!hookInstalled) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(PartialFiles::removeAll, "inzage-partial-files"));
        hookInstalled = true;
      }
      OPEN.add(temp);
      try {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.createFile(
              temp,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } else {
          Files.createFile(temp);
        }
      } catch (IOException | RuntimeException e) {
        OPEN.remove(temp);
        throw e;
      }
    }
    return temp;
  }

  /** Forgets a partial file that was renamed to its target or deleted. */
  public static void release(Path temp) {
    synchronized (PartialFiles.class) {
      OPEN.remove(temp);
    }
  }

  private static void removeAll() {
    synchronized (PartialFiles.class) {
      shuttingDown = true;
      for (Path temp : OPEN) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
          // nothing more can be done while the JVM ends; the next run sweeps it
        }
      }
      OPEN.clear();
    }
  }

  /**
   * Removes the partial files in {@code dir} of processes that no longer run; returns how many.
   * Files of live processes (this one included) are left alone.
   */
  public static int sweep(Path dir) {
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.partial")) {
      for (Path file : files) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        boolean alive =
            pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive && Files.isRegularFile(file) && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // sweeping is best effort; creating the new partial file reports real failures
    }
    return removed;
  }
}
