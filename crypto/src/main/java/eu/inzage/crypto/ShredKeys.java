package eu.inzage.crypto;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.internal.Binary;
import eu.inzage.crypto.internal.GuardedBlobStore;
import eu.inzage.crypto.internal.KeyWrap;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One random shred key per participant, stored wrapped under the organisation's {@link
 * KeyEncryptionKeys} in a store of its own. A {@link Vault} built with them wraps every key slot of
 * that participant in an outer layer under the shred key; destroying the shred key (GDPR Art. 17,
 * erasure) makes every copy of those key slots unreadable, backups and replicas included, as long
 * as the shred-key store itself is kept out of long-lived backups. The organisation can remove the
 * layer but still cannot read the data: the key slot inside is sealed to the participant.
 * Thread-safe; a participant's shred key is created on their first seal, so let one process seal
 * for a participant at a time (or create the key beforehand). A failing store is a {@link
 * eu.inzage.core.StorageException}.
 */
public final class ShredKeys {
  private static final byte[] MAGIC = "INZVSK01".getBytes(StandardCharsets.US_ASCII);
  private static final String NAME = "shred-key";

  private final GuardedBlobStore store;
  private final KeyEncryptionKeys keys;

  private ShredKeys(BlobStore store, KeyEncryptionKeys keys) {
    this.store = GuardedBlobStore.of(store);
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * Shred keys kept in {@code store} (not the vault's own store: keep this one out of long-lived
   * backups), wrapped under {@code keys}.
   */
  public static ShredKeys of(BlobStore store, KeyEncryptionKeys keys) {
    return new ShredKeys(store, keys);
  }

  private static BlobName name(String subject) {
    return new BlobName(subject, NAME, BlobKind.KEY_SLOT);
  }

  private static byte[] ad(String subject) {
    byte[] s = subject.getBytes(StandardCharsets.US_ASCII);
    return new Binary.Writer()
        .bytes("INZAGE-VAULT shred key".getBytes(StandardCharsets.US_ASCII))
        .u8(0)
        .u8(s.length)
        .bytes(s)
        .toByteArray();
  }

  /** Whether the participant has a shred key. */
  public boolean exists(String subject) {
    Identifiers.require("subject", subject);
    return store.size(name(subject)).isPresent();
  }

  /**
   * Destroys the participant's shred key: every key slot layered under it, wherever a copy of it
   * lies, can no longer be opened by anyone. Returns whether there was one.
   */
  public boolean destroy(String subject) {
    Identifiers.require("subject", subject);
    return store.delete(name(subject));
  }

  /**
   * Re-wraps every shred key under the current KEK after a KEK rotation; returns how many were
   * re-wrapped. Afterwards the old KEKs can be destroyed.
   *
   * @throws VaultIntegrityException when a stored shred key does not unwrap
   */
  public int rewrap() {
    int count = 0;
    for (String subject : store.subjects()) {
      Optional<byte[]> wrapped = readWrapped(subject);
      if (wrapped.isEmpty() || keys.isCurrent(wrapped.get())) {
        continue;
      }
      byte[] key = unwrap(subject, wrapped.get());
      try {
        write(subject, key, false);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
      count++;
    }
    return count;
  }

  /** The participant's shred key, created on first use. */
  synchronized byte[] getOrCreate(String subject) {
    Optional<byte[]> existing = get(subject);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] key = KeyWrap.random(KeyWrap.KEY_LENGTH);
    try {
      write(subject, key, true);
    } catch (AlreadyExistsException e) {
      // another process sharing the store created it first: use theirs, never replace it
      Arrays.fill(key, (byte) 0);
      return get(subject)
          .orElseThrow(
              () -> new VaultIntegrityException("shred key of subject " + subject + " vanished"));
    }
    return key;
  }

  /** The participant's shred key, or empty when there is none (never created, or destroyed). */
  Optional<byte[]> get(String subject) {
    return readWrapped(subject).map(wrapped -> unwrap(subject, wrapped));
  }

  private void write(String subject, byte[] key, boolean create) {
    byte[] wrapped;
    try {
      wrapped = keys.wrap(key, ad(subject));
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("the key-encryption keys cannot wrap a shred key", e);
    }
    if (create) {
      store.writeIfAbsent(name(subject), MAGIC, wrapped);
    } else {
      store.write(name(subject), MAGIC, wrapped);
    }
  }

  private Optional<byte[]> readWrapped(String subject) {
    Optional<byte[]> read = store.read(name(subject), 4096);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = read.get();
    if (bytes.length <= MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new VaultIntegrityException("shred key of subject " + subject + " is malformed");
    }
    return Optional.of(Arrays.copyOfRange(bytes, MAGIC.length, bytes.length));
  }

  private byte[] unwrap(String subject, byte[] wrapped) {
    try {
      return keys.unwrap(wrapped, ad(subject));
    } catch (GeneralSecurityException e) {
      throw new VaultIntegrityException(
          "shred key of subject " + subject + " does not unwrap with the key-encryption keys");
    }
  }

  @Override
  public String toString() {
    return "ShredKeys[" + store + "]";
  }
}
