package eu.inzage.crypto.internal.blob;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobReader;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Blobs in a concurrent map; a blob becomes visible, whole, when its writer commits. */
public final class InMemoryBlobStore implements BlobStore {
  private final ConcurrentMap<BlobName, byte[]> blobs = new ConcurrentHashMap<>();

  @Override
  public BlobWriter create(BlobName name) {
    return new MemoryBlobWriter(name, false);
  }

  @Override
  public BlobWriter createIfAbsent(BlobName name) {
    return new MemoryBlobWriter(name, true);
  }

  @Override
  public Optional<InputStream> open(BlobName name) {
    byte[] bytes = blobs.get(name);
    return bytes == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(bytes));
  }

  /** Lends the committed array itself: commits put a new array, so one never changes. */
  @Override
  public Optional<BlobReader> openReader(BlobName name) {
    byte[] bytes = blobs.get(name);
    return bytes == null ? Optional.empty() : Optional.of(new ArrayBlobReader(bytes));
  }

  @Override
  public OptionalLong size(BlobName name) {
    byte[] bytes = blobs.get(name);
    return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes.length);
  }

  @Override
  public boolean delete(BlobName name) {
    return blobs.remove(name) != null;
  }

  @Override
  public List<BlobName> list(String subject) {
    Identifiers.require("subject", subject);
    return blobs.keySet().stream()
        .filter(name -> name.subject().equals(subject))
        .sorted(Comparator.comparing(BlobName::objectId).thenComparing(BlobName::kind))
        .toList();
  }

  @Override
  public List<String> subjects() {
    return blobs.keySet().stream().map(BlobName::subject).distinct().sorted().toList();
  }

  @Override
  public int removeUncommitted(String subject) {
    Identifiers.require("subject", subject);
    return 0; // uncommitted writers keep their bytes to themselves
  }

  @Override
  public String toString() {
    return "InMemoryBlobStore";
  }

  private final class MemoryBlobWriter extends BlobWriter {
    private final BlobName name;
    private final boolean exclusive;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean closed;

    MemoryBlobWriter(BlobName name, boolean exclusive) {
      this.name = name;
      this.exclusive = exclusive;
    }

    @Override
    public void write(int b) throws IOException {
      ensureOpen();
      buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ensureOpen();
      buffer.write(b, off, len);
    }

    private void ensureOpen() throws IOException {
      if (closed) {
        throw new IOException("blob writer is closed");
      }
    }

    @Override
    public void commit() throws IOException {
      ensureOpen();
      closed = true;
      if (!exclusive) {
        blobs.put(name, buffer.toByteArray());
      } else if (blobs.putIfAbsent(name, buffer.toByteArray()) != null) {
        throw new AlreadyExistsException(
            "the " + name.kind().suffix() + " of object", name.objectId());
      }
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
