package eu.inzage.crypto.internal.blob;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Blobs as files: {@code ROOT/<shard>/<subject>/<objectId>.<kind>}, where the shard is the first
 * byte of SHA-256(subject) in hex. Writes go to a hidden temporary file in the same directory, are
 * fsynced and atomically renamed (or, for {@link #createIfAbsent}, hard-linked, which fails
 * atomically when the name is taken); the directory is fsynced after the rename. Directories are
 * created 0700 and files 0600 whatever the umask.
 */
public final class FileSystemBlobStore implements BlobStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private final Path root;
  private final boolean posix;

  /** A store rooted at {@code root}, which is created (owner-only) when missing. */
  public FileSystemBlobStore(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    this.posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(absolute)) {
      createPrivateDirectory(absolute);
    }
    this.root = absolute.toRealPath();
  }

  /**
   * Creates {@code dir} (and missing parents) as 0700, set explicitly so that no umask widens it:
   * whoever could write into a store could replace what the vault reads (GDPR Art. 32(1)(b)).
   */
  private void createPrivateDirectory(Path dir) throws IOException {
    if (!posix) {
      Files.createDirectories(dir);
      return;
    }
    Files.createDirectories(
        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
  }

  private Path directory(String subject) {
    Identifiers.require("subject", subject);
    Path dir = root.resolve(shard(subject)).resolve(subject).normalize();
    if (!dir.startsWith(root) || dir.getNameCount() != root.getNameCount() + 2) {
      throw new IllegalStateException("blob path escapes the store");
    }
    return dir;
  }

  private Path path(BlobName name) {
    return directory(name.subject()).resolve(name.fileName());
  }

  private static String shard(String subject) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.US_ASCII));
      return HEX.toHexDigits(digest[0]);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public BlobWriter create(BlobName name) throws IOException {
    return writer(name, false);
  }

  @Override
  public BlobWriter createIfAbsent(BlobName name) throws IOException {
    return writer(name, true);
  }

  private BlobWriter writer(BlobName name, boolean exclusive) throws IOException {
    Path target = path(name);
    Path dir = target.getParent();
    if (!Files.isDirectory(dir)) {
      createPrivateDirectory(dir.getParent());
      createPrivateDirectory(dir);
      syncDirectory(dir.getParent());
      syncDirectory(dir.getParent().getParent());
    }
    byte[] suffix = new byte[8];
    RANDOM.nextBytes(suffix);
    Path temp = dir.resolve("." + target.getFileName() + "." + HEX.formatHex(suffix) + ".tmp");
    FileChannel channel =
        posix
            ? FileChannel.open(
                temp,
                java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly())
            : FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (posix) {
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (IOException e) {
        channel.close();
        Files.deleteIfExists(temp);
        throw e;
      }
    }
    return new FileBlobWriter(channel, temp, target, exclusive ? name : null);
  }

  private static FileAttribute<?> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  }

  @Override
  public Optional<InputStream> open(BlobName name) throws IOException {
    try {
      return Optional.of(Files.newInputStream(path(name)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public OptionalLong size(BlobName name) throws IOException {
    try {
      return OptionalLong.of(Files.size(path(name)));
    } catch (NoSuchFileException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public boolean delete(BlobName name) throws IOException {
    Path file = path(name);
    boolean existed = Files.deleteIfExists(file);
    if (existed) {
      syncDirectory(file.getParent());
    }
    return existed;
  }

  @Override
  public List<BlobName> list(String subject) throws IOException {
    Path dir = directory(subject);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<BlobName> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        BlobName.parse(subject, file.getFileName().toString()).ifPresent(names::add);
      }
    }
    names.sort(Comparator.comparing(BlobName::objectId).thenComparing(BlobName::kind));
    return List.copyOf(names);
  }

  @Override
  public List<String> subjects() throws IOException {
    List<String> subjects = new ArrayList<>();
    try (Stream<Path> shards = Files.list(root)) {
      for (Path shard : (Iterable<Path>) shards::iterator) {
        if (!Files.isDirectory(shard, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (Stream<Path> dirs = Files.list(shard)) {
          for (Path dir : (Iterable<Path>) dirs::iterator) {
            String subject = dir.getFileName().toString();
            if (Identifiers.isValid(subject)
                && shard.getFileName().toString().equals(shard(subject))
                && Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
              subjects.add(subject);
            }
          }
        }
      }
    }
    subjects.sort(Comparator.naturalOrder());
    return List.copyOf(subjects);
  }

  @Override
  public int removeUncommitted(String subject) throws IOException {
    Path dir = directory(subject);
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp") && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    if (removed > 0) {
      syncDirectory(dir);
    }
    try {
      Files.delete(dir);
      syncDirectory(dir.getParent());
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // the subject still has objects
    }
    return removed;
  }

  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms (Windows) cannot open or sync a directory; the rename is still atomic
      if (Files.isDirectory(dir)) {
        return;
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "FileSystemBlobStore";
  }

  /** Writes to the temporary file; commit fsyncs and renames it into place. */
  private static final class FileBlobWriter extends BlobWriter {
    private final FileChannel channel;
    private final Path temp;
    private final Path target;
    private final BlobName exclusive;
    private boolean committed;
    private boolean closed;

    /** {@code exclusive} is the blob's name when it may only be created, else null. */
    FileBlobWriter(FileChannel channel, Path temp, Path target, BlobName exclusive) {
      this.channel = channel;
      this.temp = temp;
      this.target = target;
      this.exclusive = exclusive;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("blob writer is closed");
      }
      ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }

    @Override
    public void commit() throws IOException {
      if (closed) {
        throw new IOException("blob writer is closed");
      }
      channel.force(true);
      channel.close();
      closed = true;
      if (exclusive != null) {
        link();
        return;
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      committed = true;
      syncDirectory(target.getParent());
    }

    /** Links the temporary file under the target name, which fails when the name is taken. */
    private void link() throws IOException {
      try {
        Files.createLink(target, temp);
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(temp);
        throw new AlreadyExistsException(
            "the " + exclusive.kind().suffix() + " of object", exclusive.objectId());
      } catch (UnsupportedOperationException e) {
        Files.deleteIfExists(temp);
        throw new IOException("this file system cannot create a blob exclusively (no hard links)");
      }
      committed = true;
      Files.deleteIfExists(temp);
      syncDirectory(target.getParent());
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        channel.close();
      }
      if (!committed) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
