package eu.inzage.crypto.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where sealed objects live: named byte streams, written atomically. Implementations are
 * thread-safe, also across processes sharing one store, and every one passes the shared contract
 * tests. The store only ever holds ciphertext, wrapped keys and signed manifests (GDPR Art.
 * 32(1)(a), encryption).
 *
 * <p>{@link #createIfAbsent} is what makes concurrent sealing safe: the vault commits an object's
 * manifest with it, so that of several writers of one object exactly one wins (GDPR Art. 32(1)(b),
 * integrity), and only the winner then commits data and key slot.
 */
public interface BlobStore {
  /**
   * Starts writing a blob; it appears under {@code name} only when the writer is committed, and
   * then replaces any blob of that name.
   */
  BlobWriter create(BlobName name) throws IOException;

  /**
   * Starts writing a blob that may only be created, never replace one: its {@link
   * BlobWriter#commit()} makes it visible under {@code name} if and only if no blob of that name
   * exists at that moment, in one atomic step (a hard link, a conditional put such as S3's {@code
   * If-None-Match: *}, a compare-and-set). Of concurrent committers of one name, in this process or
   * any other, exactly one succeeds; every other commit throws {@link
   * eu.inzage.core.AlreadyExistsException}, leaves the existing blob untouched and discards what
   * its writer wrote.
   */
  BlobWriter createIfAbsent(BlobName name) throws IOException;

  /** Opens a committed blob for reading, or empty when there is none under that name. */
  Optional<InputStream> open(BlobName name) throws IOException;

  /**
   * Opens a committed blob for reading through a window ({@link BlobReader}), or empty when there
   * is none under that name; the vault reads data blobs this way. The default reads {@link #open}'s
   * stream ({@link BlobReader#of(InputStream)}), so a store that implements only {@code open} — or
   * a wrapper that changes what {@code open} returns — keeps working unchanged. A store that holds
   * committed blobs in memory overrides it to lend them without a copy; both give the same bytes,
   * and the vault authenticates every segment it reads either way.
   */
  default Optional<BlobReader> openReader(BlobName name) throws IOException {
    return open(name).map(BlobReader::of);
  }

  /** The size in bytes of a committed blob, or empty when there is none. */
  OptionalLong size(BlobName name) throws IOException;

  /** Deletes a blob durably; returns whether one existed. */
  boolean delete(BlobName name) throws IOException;

  /** Every committed blob of one subject, in a stable order (object id, then kind). */
  List<BlobName> list(String subject) throws IOException;

  /**
   * Every subject that has anything stored, committed or not, in a stable order; what {@code
   * Vault.recover()} walks after a crash.
   */
  List<String> subjects() throws IOException;

  /**
   * Removes what writers of one subject left behind without committing (a process killed while
   * writing), and the subject's empty folder; returns how many partial blobs were removed. Call it
   * only while no writer of that subject is open (GDPR Art. 32(1)(c), restoring after an incident).
   */
  int removeUncommitted(String subject) throws IOException;
}
