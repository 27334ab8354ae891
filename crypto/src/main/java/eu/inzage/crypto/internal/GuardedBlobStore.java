package eu.inzage.crypto.internal;

import eu.inzage.core.StorageException;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobReader;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link BlobStore} whose failures are {@link StorageException}s: the {@code BlobStore} SPI
 * declares {@link IOException} for its implementers, and the vault, the envelope and the shred keys
 * reach every store through this guard, so that a checked {@code IOException} left in their code
 * can only come from the caller's own stream. Streams and writers it hands out convert as well.
 * Messages name the operation, the subject and object ids and the blob kind only.
 */
public final class GuardedBlobStore implements BlobStore {
  private final BlobStore store;

  private GuardedBlobStore(BlobStore store) {
    this.store = store;
  }

  /** Guards {@code store}; a store that is already guarded is returned as is. */
  public static GuardedBlobStore of(BlobStore store) {
    Objects.requireNonNull(store, "store");
    return store instanceof GuardedBlobStore guarded ? guarded : new GuardedBlobStore(store);
  }

  /** The storage failure of {@code operation} on {@code name}, wrapping its cause. */
  public static StorageException failure(String operation, BlobName name, IOException cause) {
    return new StorageException(
        "blob store failed to "
            + operation
            + " the "
            + name.kind().suffix()
            + " of object "
            + name.objectId()
            + " of subject "
            + name.subject(),
        cause);
  }

  private static StorageException subjectFailure(
      String operation, String subject, IOException cause) {
    return new StorageException(
        "blob store failed to " + operation + (subject == null ? "" : " of subject " + subject),
        cause);
  }

  /**
   * The bytes of a committed blob, at most {@code limit} of them, or empty when there is none.
   *
   * @throws StorageException when the store fails
   */
  public Optional<byte[]> read(BlobName name, int limit) {
    Optional<InputStream> in = open(name);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream stream = in.get()) {
      return Optional.of(stream.readNBytes(limit));
    } catch (IOException e) {
      throw failure("read", name, e);
    }
  }

  /** Writes and commits a whole blob. */
  public void write(BlobName name, byte[]... parts) {
    try (BlobWriter writer = create(name)) {
      for (byte[] part : parts) {
        writer.write(part);
      }
      writer.commit();
    } catch (IOException e) {
      throw failure("write", name, e);
    }
  }

  /**
   * Writes and commits a whole blob only if none exists under its name.
   *
   * @throws eu.inzage.core.AlreadyExistsException when one does; it is left untouched
   */
  public void writeIfAbsent(BlobName name, byte[]... parts) {
    try (BlobWriter writer = createIfAbsent(name)) {
      for (byte[] part : parts) {
        writer.write(part);
      }
      writer.commit();
    } catch (IOException e) {
      throw failure("write", name, e);
    }
  }

  @Override
  public BlobWriter create(BlobName name) {
    try {
      return new GuardedWriter(store.create(name), name);
    } catch (IOException e) {
      throw failure("create", name, e);
    }
  }

  @Override
  public BlobWriter createIfAbsent(BlobName name) {
    try {
      return new GuardedWriter(store.createIfAbsent(name), name);
    } catch (IOException e) {
      throw failure("create", name, e);
    }
  }

  @Override
  public Optional<InputStream> open(BlobName name) {
    try {
      return store.open(name).map(in -> new GuardedInput(in, name));
    } catch (IOException e) {
      throw failure("open", name, e);
    }
  }

  @Override
  public Optional<BlobReader> openReader(BlobName name) {
    try {
      return store.openReader(name).map(reader -> new GuardedReader(reader, name));
    } catch (IOException e) {
      throw failure("open", name, e);
    }
  }

  @Override
  public OptionalLong size(BlobName name) {
    try {
      return store.size(name);
    } catch (IOException e) {
      throw failure("read the size of", name, e);
    }
  }

  @Override
  public boolean delete(BlobName name) {
    try {
      return store.delete(name);
    } catch (IOException e) {
      throw failure("delete", name, e);
    }
  }

  @Override
  public List<BlobName> list(String subject) {
    try {
      return store.list(subject);
    } catch (IOException e) {
      throw subjectFailure("list the blobs", subject, e);
    }
  }

  @Override
  public List<String> subjects() {
    try {
      return store.subjects();
    } catch (IOException e) {
      throw subjectFailure("list the subjects", null, e);
    }
  }

  @Override
  public int removeUncommitted(String subject) {
    try {
      return store.removeUncommitted(subject);
    } catch (IOException e) {
      throw subjectFailure("remove uncommitted blobs", subject, e);
    }
  }

  @Override
  public String toString() {
    return store.toString();
  }

  /** A writer whose failures are {@link StorageException}s. */
  private static final class GuardedWriter extends BlobWriter {
    private final BlobWriter writer;
    private final BlobName name;

    GuardedWriter(BlobWriter writer, BlobName name) {
      this.writer = writer;
      this.name = name;
    }

    @Override
    public void write(int b) {
      try {
        writer.write(b);
      } catch (IOException e) {
        throw failure("write", name, e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        writer.write(b, off, len);
      } catch (IOException e) {
        throw failure("write", name, e);
      }
    }

    @Override
    public void commit() {
      try {
        writer.commit();
      } catch (IOException e) {
        throw failure("commit", name, e);
      }
    }

    @Override
    public void close() {
      try {
        writer.close();
      } catch (IOException e) {
        throw failure("close", name, e);
      }
    }
  }

  /**
   * A blob's reader whose failures are {@link StorageException}s. A window that is longer than
   * asked for is a store failure; one without an accessible array (read-only or direct) is copied
   * into one, so that a store lending such windows still works.
   */
  private static final class GuardedReader implements BlobReader {
    private final BlobReader reader;
    private final BlobName name;

    GuardedReader(BlobReader reader, BlobName name) {
      this.reader = reader;
      this.name = name;
    }

    @Override
    public ByteBuffer peek(int length) {
      ByteBuffer window;
      try {
        window = reader.peek(length);
      } catch (IOException e) {
        throw failure("read", name, e);
      }
      if (window.remaining() > length) {
        throw failure("read", name, new IOException("the reader showed more bytes than asked"));
      }
      if (!window.hasArray()) {
        byte[] copy = new byte[window.remaining()];
        window.duplicate().get(copy);
        return ByteBuffer.wrap(copy);
      }
      return window;
    }

    @Override
    public void consume(int count) {
      reader.consume(count);
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw failure("close", name, e);
      }
    }
  }

  /** A blob's stream whose failures are {@link StorageException}s. */
  private static final class GuardedInput extends FilterInputStream {
    private final BlobName name;

    GuardedInput(InputStream in, BlobName name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() {
      try {
        return in.read();
      } catch (IOException e) {
        throw failure("read", name, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw failure("read", name, e);
      }
    }

    @Override
    public long skip(long n) {
      try {
        return in.skip(n);
      } catch (IOException e) {
        throw failure("read", name, e);
      }
    }

    @Override
    public int available() {
      try {
        return in.available();
      } catch (IOException e) {
        throw failure("read", name, e);
      }
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw failure("close", name, e);
      }
    }
  }
}
