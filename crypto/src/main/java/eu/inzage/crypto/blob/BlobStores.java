package eu.inzage.crypto.blob;

import eu.inzage.core.StorageException;
import eu.inzage.crypto.internal.blob.FileSystemBlobStore;
import eu.inzage.crypto.internal.blob.InMemoryBlobStore;
import java.io.IOException;
import java.nio.file.Path;

/** The built-in blob stores. */
public final class BlobStores {
  private BlobStores() {}

  /**
   * The embedded default: a directory tree (sharded by subject), each blob written to a temporary
   * file, fsynced and atomically renamed (GDPR Art. 32(1)(b), resilience). The directory is created
   * when missing.
   *
   * @throws StorageException when the directory cannot be created or resolved
   */
  public static BlobStore fileSystem(Path root) {
    try {
      return new FileSystemBlobStore(root);
    } catch (IOException e) {
      throw new StorageException("cannot open the file-system blob store", e);
    }
  }

  /** A store in memory, for tests and short-lived processes. */
  public static BlobStore inMemory() {
    return new InMemoryBlobStore();
  }
}
