package eu.inzage.benchmarks;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A blob store for measuring sealing: data blobs are counted and dropped, as the baseline drops its
 * ciphertext; key slots and manifests are kept. What is measured is the vault's own work.
 */
final class SinkBlobStore implements BlobStore {
  private final ConcurrentMap<BlobName, byte[]> small = new ConcurrentHashMap<>();

  @Override
  public BlobWriter create(BlobName name) {
    if (name.kind() != BlobKind.DATA) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      return new BlobWriter() {
        @Override
        public void write(int b) {
          buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          buffer.write(b, off, len);
        }

        @Override
        public void commit() {
          small.put(name, buffer.toByteArray());
        }
      };
    }
    return new BlobWriter() {
      private long count;

      @Override
      public void write(int b) {
        count++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        count += len;
      }

      @Override
      public void commit() {
        if (count < 0) {
          throw new IllegalStateException("negative count");
        }
      }
    };
  }

  @Override
  public BlobWriter createIfAbsent(BlobName name) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    return new BlobWriter() {
      @Override
      public void write(int b) {
        buffer.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
      }

      @Override
      public void commit() {
        if (small.putIfAbsent(name, buffer.toByteArray()) != null) {
          throw new AlreadyExistsException("blob", name.objectId());
        }
      }
    };
  }

  @Override
  public Optional<InputStream> open(BlobName name) {
    byte[] bytes = small.get(name);
    return bytes == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(bytes));
  }

  @Override
  public OptionalLong size(BlobName name) {
    byte[] bytes = small.get(name);
    return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes.length);
  }

  @Override
  public boolean delete(BlobName name) {
    return small.remove(name) != null;
  }

  @Override
  public List<BlobName> list(String subject) throws IOException {
    return List.of();
  }

  @Override
  public List<String> subjects() {
    return List.of();
  }

  @Override
  public int removeUncommitted(String subject) {
    return 0;
  }
}
