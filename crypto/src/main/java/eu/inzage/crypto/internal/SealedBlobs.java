package eu.inzage.crypto.internal;

import eu.inzage.crypto.VaultIntegrityException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobReader;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Writing and reading the data blob of section 5 of crypto/FORMAT.md, shared by the vault and the
 * organisation envelope: the stream goes straight into the store, and reading checks the size and
 * header against the manifest before the first byte and the length at the end.
 */
public final class SealedBlobs {
  private SealedBlobs() {}

  /**
   * A data blob written but not yet committed, with what its stream came to. Closing it without
   * {@link #commit()} discards it.
   */
  public static final class Staged implements AutoCloseable {
    private final BlobWriter writer;
    private final SegmentedStream.Result result;

    Staged(BlobWriter writer, SegmentedStream.Result result) {
      this.writer = writer;
      this.result = result;
    }

    /** Sizes and header of the encrypted stream. */
    public SegmentedStream.Result result() {
      return result;
    }

    /** Makes the data blob durable and visible. */
    public void commit() throws IOException {
      writer.commit();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /**
   * Encrypts {@code content} into a data blob that is not committed yet: the seal commits it only
   * after its manifest won the object's name (crypto/FORMAT.md, "Crash safety").
   */
  public static Staged stageData(
      BlobStore store, BlobName name, InputStream content, byte[] dataKey, byte[] ad)
      throws IOException, GeneralSecurityException {
    BlobWriter writer = store.create(name);
    try {
      return new Staged(writer, SegmentedStream.encrypt(content, writer, dataKey, ad));
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      try {
        writer.close();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Commits one object in the order that makes its manifest the single point at which a seal takes
   * effect: the manifest is created only if absent (of concurrent sealers of one object exactly one
   * gets past this, every other gets {@link eu.inzage.core.AlreadyExistsException} having committed
   * nothing), then the winner's data blob and key slot. An object whose manifest has no key slot is
   * incomplete, and recovery removes it. When data or key slot fail after the manifest won, the
   * three blobs — all the winner's own — are removed again, key slot first.
   */
  public static void commitObject(
      BlobStore store,
      Staged data,
      BlobName manifestName,
      byte[] manifest,
      BlobName slotName,
      byte[] slot)
      throws IOException {
    try (BlobWriter slotWriter = store.create(slotName)) {
      slotWriter.write(slot);
      try (BlobWriter manifestWriter = store.createIfAbsent(manifestName)) {
        manifestWriter.write(manifest);
        manifestWriter.commit();
      }
      boolean done = false;
      try {
        data.commit();
        slotWriter.commit();
        done = true;
      } finally {
        if (!done) {
          removeOwn(store, slotName, manifestName);
        }
      }
    }
  }

  private static void removeOwn(BlobStore store, BlobName slotName, BlobName manifestName) {
    BlobName dataName = new BlobName(slotName.subject(), slotName.objectId(), BlobKind.DATA);
    for (BlobName name : new BlobName[] {slotName, dataName, manifestName}) {
      try {
        store.delete(name);
      } catch (IOException | RuntimeException e) {
        // recovery removes what is left: a manifest without its key slot is incomplete
      }
    }
  }

  /**
   * The verified plaintext of a data blob; the data key may be wiped once this returns.
   *
   * @throws VaultIntegrityException when the blob does not match the manifest or fails
   *     authentication (also from {@code read})
   */
  public static InputStream openData(
      BlobStore store,
      BlobName name,
      byte[] dataKey,
      byte[] ad,
      long ciphertextSize,
      byte[] streamHeader,
      long plaintextSize)
      throws IOException {
    String objectId = name.objectId();
    long size = store.size(name).orElse(-1);
    if (size != ciphertextSize) {
      throw integrity(objectId, "data blob is missing or has the wrong size");
    }
    BlobReader blob =
        store.openReader(name).orElseThrow(() -> integrity(objectId, "data blob missing"));
    try {
      ByteBuffer window = blob.peek(DataKeys.HEADER_LENGTH);
      byte[] header = new byte[window.remaining()];
      window.get(header);
      if (!MessageDigest.isEqual(header, streamHeader)) {
        throw integrity(objectId, "stream header does not match the manifest");
      }
      InputStream plain = SegmentedStream.decrypt(blob, dataKey, ad);
      return new VerifyingInputStream(plain, objectId, plaintextSize);
    } catch (GeneralSecurityException e) {
      blob.close();
      throw integrity(objectId, "stream cannot be decrypted");
    } catch (IOException | RuntimeException e) {
      blob.close();
      throw e;
    }
  }

  static VaultIntegrityException integrity(String objectId, String what) {
    return new VaultIntegrityException("vault object " + objectId + ": " + what);
  }

  /** Turns authentication failures into {@link VaultIntegrityException} and checks the length. */
  static final class VerifyingInputStream extends InputStream {
    private final InputStream plain;
    private final String objectId;
    private final long expected;
    private long count;
    private boolean ended;

    VerifyingInputStream(InputStream plain, String objectId, long expected) {
      this.plain = plain;
      this.objectId = objectId;
      this.expected = expected;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : Byte.toUnsignedInt(one[0]);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended) {
        return -1;
      }
      int n;
      try {
        n = plain.read(b, off, len);
      } catch (SegmentedStream.AuthenticationException e) {
        throw new VaultIntegrityException(
            "vault object " + objectId + ": stream failed authentication", e);
      }
      if (n < 0) {
        ended = true;
        if (count != expected) {
          throw integrity(objectId, "stream length does not match the manifest");
        }
        return -1;
      }
      count += n;
      if (count > expected) {
        throw integrity(objectId, "stream is longer than the manifest says");
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      plain.close();
    }
  }
}
