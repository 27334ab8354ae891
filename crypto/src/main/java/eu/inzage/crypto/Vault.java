package eu.inzage.crypto;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.internal.AssociatedData;
import eu.inzage.crypto.internal.Binary;
import eu.inzage.crypto.internal.DataKeys;
import eu.inzage.crypto.internal.GuardedBlobStore;
import eu.inzage.crypto.internal.KeySlot;
import eu.inzage.crypto.internal.Manifest;
import eu.inzage.crypto.internal.Orphans;
import eu.inzage.crypto.internal.PartialFiles;
import eu.inzage.crypto.internal.SealedBlobs;
import eu.inzage.crypto.internal.SegmentedStream;
import eu.inzage.crypto.internal.ShredLayer;
import eu.inzage.crypto.internal.StreamWarmUp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault: seals what a controller sends back under GDPR Art. 15(3) to the participant, so that
 * only their private key can open it (Art. 32(1)(a)); the organisation sees the plaintext only
 * while sealing. Each object gets a fresh streaming-AEAD data key, wrapped with HPKE in a key slot
 * beside it, and a manifest signed by the organisation. Immutable and thread-safe; build one with
 * {@link #builder()}. The format is specified in {@code crypto/FORMAT.md}.
 *
 * <p>Errors are unchecked {@link eu.inzage.core.InzageException}s: a malformed id is an {@link
 * InvalidInputException}, an object that is not there a {@link NotFoundException}, an id that is
 * taken an {@link AlreadyExistsException}, a participant key that holds no key slot of the object a
 * {@link WrongKeyException}, tampering or truncation a {@link VaultIntegrityException}, a failing
 * store a {@link StorageException} (wrapping its {@link IOException}), a vault built without the
 * key an operation needs a {@link ConfigurationException}. A checked {@link IOException} comes only
 * from the caller's own stream or file: the content being sealed, the target of {@link #openTo}.
 */
public final class Vault {
  private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
  private static final int COPY_BUFFER = 1 << 20;

  /**
   * The largest object a vault seals unless {@link Builder#maxObjectSize} says otherwise: 64 GiB,
   * well above the largest exports controllers send under GDPR Art. 15(3), so that an endless
   * stream (a device, a runaway pipe) cannot fill the store.
   */
  public static final long DEFAULT_MAX_OBJECT_SIZE = 64L << 30;

  private final GuardedBlobStore store;
  private final long maxObjectSize;
  private final Clock clock;
  private final OrganisationSigningKey signingKey;
  private final OrganisationPublicKey verificationKey;
  private final ShredKeys shredKeys;
  private final GuardedBlobStore released;

  private Vault(Builder builder) {
    this.store = GuardedBlobStore.of(builder.store);
    this.clock = builder.clock;
    this.signingKey = builder.signingKey;
    this.shredKeys = builder.shredKeys;
    this.released = builder.released == null ? null : GuardedBlobStore.of(builder.released);
    this.maxObjectSize = builder.maxObjectSize;
    this.verificationKey =
        builder.pinnedKey != null
            ? builder.pinnedKey
            : builder.signingKey == null ? null : builder.signingKey.publicKey();
  }

  /** A builder; a store and a clock are required, and a signing key to seal. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Warms up the AES-GCM code paths the vault uses, so that a fresh process seals and opens at full
   * speed rather than at the interpreter's pace (roughly the first gigabyte otherwise). Call once
   * at start; it stops after {@code budget}.
   */
  public static WarmUpReport warmUp(Duration budget) {
    long start = System.nanoTime();
    long bytes = StreamWarmUp.run(budget.toNanos());
    return new WarmUpReport(bytes, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Seals one object to a participant: encrypts the stream straight into the store (the plaintext
   * never touches disk), wraps the data key to {@code metadata.recipient()} and signs the manifest.
   * Returns only after data, key slot and manifest are durable. The manifest is committed with
   * {@link BlobStore#createIfAbsent}, and only then data and key slot: that commit is the single
   * point at which a seal takes effect, so of concurrent seals of one (subject, object) — threads
   * or processes sharing the store — exactly one succeeds, the others commit nothing, delete
   * nothing and throw {@link AlreadyExistsException}, and the object opens to the winner's content.
   *
   * @throws InvalidInputException when an id is malformed, or naming {@code content} when the
   *     stream is longer than the vault's maximum object size ({@link #DEFAULT_MAX_OBJECT_SIZE}
   *     unless set); nothing is left behind then
   * @throws AlreadyExistsException when an object with this id is already sealed for the subject
   *     (or another seal of it won the race); the existing one is untouched
   * @throws StorageException when the store fails; nothing of the object is left behind then
   * @throws ConfigurationException when this vault has no signing key
   * @throws IOException when reading {@code content} fails; nothing is left behind then
   */
  public SealedObject seal(
      String subject, String objectId, InputStream content, SealMetadata metadata)
      throws IOException {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
    if (signingKey == null) {
      throw new ConfigurationException("this vault has no organisation signing key to seal with");
    }
    BlobName dataName = new BlobName(subject, objectId, BlobKind.DATA);
    BlobName slotName = new BlobName(subject, objectId, BlobKind.KEY_SLOT);
    BlobName manifestName = new BlobName(subject, objectId, BlobKind.MANIFEST);
    if (store.size(manifestName).isPresent()) {
      throw new AlreadyExistsException("sealed object", objectId);
    }
    byte[] ad = AssociatedData.of(Manifest.FORMAT_VERSION, subject, objectId);
    byte[] dataKey = DataKeys.generate();
    try (SealedBlobs.Staged data =
        SealedBlobs.stageData(
            store, dataName, new BoundedContent(content, maxObjectSize), dataKey, ad)) {
      SegmentedStream.Result stream = data.result();
      ParticipantPublicKey recipient = metadata.recipient();
      byte[] wrapped = recipient.encrypter().encrypt(dataKey, ad);
      byte[] slot =
          slotBytes(
              subject,
              ad,
              new KeySlot(
                  List.of(
                      new KeySlot.Entry(
                          recipient.keyId(), recipient.fingerprintBytes(), wrapped))));
      Manifest manifest =
          new Manifest(
              Manifest.FORMAT_VERSION,
              subject,
              objectId,
              stream.plaintextSize(),
              stream.ciphertextSize(),
              DataKeys.SEGMENT_SIZE,
              stream.header(),
              DataKeys.commitment(dataKey, ad),
              recipient.keyId(),
              recipient.fingerprintBytes(),
              metadata.contentType(),
              metadata.controller(),
              clock.instant().truncatedTo(ChronoUnit.MILLIS));
      byte[] body = manifest.body();
      byte[] signature = signingKey.signer().sign(Manifest.signatureInput(body));
      try {
        SealedBlobs.commitObject(
            store, data, manifestName, Manifest.file(body, signature), slotName, slot);
      } catch (AlreadyExistsException e) {
        throw new AlreadyExistsException("sealed object", objectId);
      }
      LOG.debug(
          "sealed object {} of subject {} ({} bytes)", objectId, subject, stream.plaintextSize());
      return describe(manifest);
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("sealing failed in the cipher", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private void writeSlot(String subject, String objectId, byte[] ad, KeySlot slot)
      throws GeneralSecurityException {
    write(new BlobName(subject, objectId, BlobKind.KEY_SLOT), slotBytes(subject, ad, slot));
  }

  /** A key slot's bytes, with the subject's shred layer when the vault has shred keys. */
  private byte[] slotBytes(String subject, byte[] ad, KeySlot slot)
      throws GeneralSecurityException {
    byte[] bytes = slot.encode();
    if (shredKeys != null) {
      byte[] shredKey = shredKeys.getOrCreate(subject);
      try {
        bytes = ShredLayer.add(shredKey, ad, bytes);
      } finally {
        Arrays.fill(shredKey, (byte) 0);
      }
    }
    return bytes;
  }

  private void write(BlobName name, byte[] bytes) {
    store.write(name, bytes);
  }

  /**
   * Opens a sealed object as a stream of plaintext. The manifest signature, the key slot and the
   * stream header are verified before the first byte; every 1 MiB segment is authenticated before
   * it is returned, and the end of the stream is checked against the manifest. A failure anywhere
   * throws {@link VaultIntegrityException} (from {@code read} as well): bytes already returned must
   * then be discarded — {@link #openTo} does that for files.
   *
   * @throws InvalidInputException when an id is malformed
   * @throws NotFoundException when there is no such object
   * @throws WrongKeyException when {@code key} holds none of the object's key slot entries, or the
   *     key slot has a shred layer and this vault has neither the shred keys nor a released copy of
   *     it ({@link Builder#releasedKeySlots})
   * @throws VaultIntegrityException on any tampering, truncation or swap
   * @throws StorageException when the store fails (also from {@code read})
   */
  public InputStream open(String subject, String objectId, ParticipantPrivateKey key) {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    Objects.requireNonNull(key, "key");
    Manifest manifest = readManifest(subject, objectId);
    byte[] ad = AssociatedData.of(manifest.formatVersion(), subject, objectId);
    byte[] dataKey = unwrap(readSlot(subject, objectId, ad, true), objectId, key, ad, manifest);
    BlobName data = new BlobName(subject, objectId, BlobKind.DATA);
    try {
      return SealedBlobs.openData(
          store,
          data,
          dataKey,
          ad,
          manifest.ciphertextSize(),
          manifest.streamHeader(),
          manifest.plaintextSize());
    } catch (IOException e) {
      throw GuardedBlobStore.failure("open", data, e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Opens a sealed object into a file. The plaintext goes to a temporary file beside {@code target}
   * ({@code .NAME.<pid>.<hex>.partial}, readable by the owner only) that is renamed to {@code
   * target} only after the whole stream verified; on any failure nothing is left behind. No such
   * file outlives the process: a shutdown hook removes it when the JVM ends (SIGTERM included), and
   * the next {@code openTo} into the same directory removes those of processes that were killed
   * (GDPR Art. 32(1)(a)).
   *
   * @throws NotFoundException when there is no such object
   * @throws WrongKeyException when {@code key} holds none of the object's key slot entries, or the
   *     key slot has a shred layer this vault cannot remove (see {@link #open})
   * @throws VaultIntegrityException on any tampering, truncation or swap
   * @throws StorageException when the store fails
   * @throws IOException when writing {@code target} (the caller's file) fails
   */
  public SealedObject openTo(
      String subject, String objectId, ParticipantPrivateKey key, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = null;
    boolean moved = false;
    try {
      SealedObject object;
      try (InputStream in = open(subject, objectId, key)) {
        object = describe(readManifest(subject, objectId));
        temp = PartialFiles.create(absolute);
        try (OutputStream out = Files.newOutputStream(temp)) {
          byte[] buffer = new byte[COPY_BUFFER];
          int n;
          while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
          }
        }
      }
      try (var channel =
          java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      return object;
    } finally {
      if (temp != null) {
        if (!moved) {
          Files.deleteIfExists(temp);
        }
        PartialFiles.release(temp);
      }
    }
  }

  /**
   * The participant's objects, from their signed manifests, without decrypting anything.
   *
   * @throws VaultIntegrityException when a manifest fails verification
   * @throws StorageException when the store fails
   */
  public List<SealedObject> list(String subject) {
    Identifiers.require("subject", subject);
    List<SealedObject> objects = new ArrayList<>();
    for (BlobName name : store.list(subject)) {
      if (name.kind() == BlobKind.MANIFEST && hasKeySlot(subject, name.objectId())) {
        objects.add(describe(readManifest(subject, name.objectId())));
      }
    }
    return List.copyOf(objects);
  }

  /**
   * What the vault holds about one object, from its verified manifest.
   *
   * @throws NotFoundException when there is no such object
   * @throws VaultIntegrityException when the manifest fails verification
   * @throws StorageException when the store fails
   */
  public SealedObject describe(String subject, String objectId) {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    return describe(readManifest(subject, objectId));
  }

  private static SealedObject describe(Manifest m) {
    return new SealedObject(
        m.subject(),
        m.objectId(),
        m.plaintextSize(),
        m.ciphertextSize(),
        m.contentType(),
        m.controller(),
        m.createdAt(),
        m.recipientKeyId(),
        m.recipientFingerprintText());
  }

  private Manifest readManifest(String subject, String objectId) {
    if (verificationKey == null) {
      throw new ConfigurationException("this vault has no organisation key to verify with");
    }
    BlobName name = new BlobName(subject, objectId, BlobKind.MANIFEST);
    byte[] bytes = store.read(name, 256 * 1024).orElse(null);
    if (bytes == null) {
      if (store.size(new BlobName(subject, objectId, BlobKind.DATA)).isPresent()
          || store.size(new BlobName(subject, objectId, BlobKind.KEY_SLOT)).isPresent()) {
        throw integrity(objectId, "manifest missing");
      }
      throw new NotFoundException("sealed object", objectId);
    }
    Manifest manifest;
    try {
      Manifest.Signed signed = Manifest.split(bytes);
      verificationKey.verifier().verify(signed.signature(), signed.signatureInput());
      manifest = Manifest.decode(signed.body());
    } catch (Binary.MalformedException e) {
      throw integrity(objectId, "manifest is malformed");
    } catch (GeneralSecurityException e) {
      throw integrity(objectId, "manifest signature does not verify");
    }
    if (manifest.formatVersion() != Manifest.FORMAT_VERSION
        || !manifest.subject().equals(subject)
        || !manifest.objectId().equals(objectId)
        || manifest.segmentSize() != DataKeys.SEGMENT_SIZE) {
      throw integrity(objectId, "manifest belongs to another object or format");
    }
    return manifest;
  }

  private boolean hasKeySlot(String subject, String objectId) {
    return store.size(new BlobName(subject, objectId, BlobKind.KEY_SLOT)).isPresent();
  }

  /**
   * The key slot of an object, with its shred layer (if any) removed: with the shred keys, or else
   * (when {@code mayUseReleased}) from the key slot the organisation released to the participant.
   */
  private KeySlot readSlot(String subject, String objectId, byte[] ad, boolean mayUseReleased) {
    BlobName name = new BlobName(subject, objectId, BlobKind.KEY_SLOT);
    byte[] bytes =
        store.read(name, 128 * 1024).orElseThrow(() -> integrity(objectId, "key slot missing"));
    try {
      if (ShredLayer.isLayered(bytes)) {
        if (shredKeys != null) {
          bytes = removeShredLayer(subject, objectId, ad, bytes);
        } else if (mayUseReleased && released != null && released.size(name).isPresent()) {
          bytes =
              released
                  .read(name, 128 * 1024)
                  .orElseThrow(() -> integrity(objectId, "released key slot missing"));
          if (ShredLayer.isLayered(bytes)) {
            throw integrity(objectId, "the released key slot still has its shred layer");
          }
        } else {
          throw new WrongKeyException(
              "vault object "
                  + objectId
                  + ": the key slot has the organisation's shred layer; open it with the key"
                  + " slots the organisation released (inzage vault release) or with the"
                  + " vault's shred keys");
        }
      }
      return KeySlot.decode(bytes);
    } catch (Binary.MalformedException e) {
      throw integrity(objectId, "key slot is malformed");
    }
  }

  private byte[] removeShredLayer(String subject, String objectId, byte[] ad, byte[] layered)
      throws Binary.MalformedException {
    Optional<byte[]> shredKey = shredKeys.get(subject);
    if (shredKey.isEmpty()) {
      throw integrity(objectId, "the shred key was destroyed (crypto-shredded)");
    }
    try {
      return ShredLayer.remove(shredKey.get(), ad, layered);
    } catch (GeneralSecurityException e) {
      throw integrity(objectId, "the shred layer does not open");
    } finally {
      Arrays.fill(shredKey.get(), (byte) 0);
    }
  }

  /**
   * Releases every key slot of a participant to them (crypto/FORMAT.md 10.1), so that they can open
   * their objects without the organisation's key-encryption keys (GDPR Art. 15(3)): the
   * organisation removes the shred layer and writes the version-1 key slot inside to {@code
   * target}, a store of its own in the same layout that goes to the participant, beside a copy of
   * the objects or access to them. The participant's vault reads it through {@link
   * Builder#releasedKeySlots}. The organisation learns nothing by it but which key ids the slots
   * list: the data key inside stays wrapped to the participant's public key, and the key commitment
   * of the signed manifest still binds it. The vault's own key slots keep their layer, so {@link
   * #shred} still erases every copy in the vault's backups; a released copy is the participant's.
   * Key slots without a layer are released as they are; objects whose erasure was interrupted are
   * skipped. A key slot already in {@code target} is replaced.
   *
   * @throws InvalidInputException when the id is malformed
   * @throws ConfigurationException when this vault has no shred keys and a key slot is layered
   * @throws VaultIntegrityException when a manifest or key slot fails verification, or the shred
   *     key was destroyed
   * @throws StorageException when either store fails
   */
  public Release release(String subject, BlobStore target) {
    Identifiers.require("subject", subject);
    Objects.requireNonNull(target, "target");
    List<String> ids = new ArrayList<>();
    for (BlobName name : store.list(subject)) {
      if (name.kind() == BlobKind.MANIFEST && hasKeySlot(subject, name.objectId())) {
        release(subject, name.objectId(), GuardedBlobStore.of(target));
        ids.add(name.objectId());
      }
    }
    LOG.info("released {} key slots of subject {}", ids.size(), subject);
    return new Release(subject, ids);
  }

  /**
   * Releases the key slot of one object to its participant, as {@link #release(String, BlobStore)}.
   *
   * @throws InvalidInputException when an id is malformed
   * @throws NotFoundException when there is no such object
   * @throws ConfigurationException when this vault has no shred keys and the key slot is layered
   * @throws VaultIntegrityException when the manifest or key slot fails verification
   * @throws StorageException when either store fails
   */
  public Release release(String subject, String objectId, BlobStore target) {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    Objects.requireNonNull(target, "target");
    release(subject, objectId, GuardedBlobStore.of(target));
    LOG.info("released the key slot of object {} of subject {}", objectId, subject);
    return new Release(subject, List.of(objectId));
  }

  private void release(String subject, String objectId, GuardedBlobStore target) {
    Manifest manifest = readManifest(subject, objectId);
    byte[] ad = AssociatedData.of(manifest.formatVersion(), subject, objectId);
    BlobName name = new BlobName(subject, objectId, BlobKind.KEY_SLOT);
    byte[] bytes =
        store.read(name, 128 * 1024).orElseThrow(() -> integrity(objectId, "key slot missing"));
    try {
      if (ShredLayer.isLayered(bytes)) {
        if (shredKeys == null) {
          throw new ConfigurationException(
              "vault object " + objectId + ": releasing a layered key slot needs the shred keys");
        }
        bytes = removeShredLayer(subject, objectId, ad, bytes);
      }
      KeySlot.decode(bytes); // what the participant receives is a well-formed version-1 key slot
    } catch (Binary.MalformedException e) {
      throw integrity(objectId, "key slot is malformed");
    }
    target.delete(name);
    target.write(name, bytes);
  }

  private byte[] unwrap(
      KeySlot slot, String objectId, ParticipantPrivateKey key, byte[] ad, Manifest manifest) {
    for (KeySlot.Entry entry : slot.entries()) {
      if (key.keyIdFor(entry.keyId(), entry.fingerprint()).isEmpty()) {
        continue;
      }
      byte[] dataKey;
      try {
        dataKey = key.decrypter().decrypt(entry.wrapped(), ad);
      } catch (GeneralSecurityException e) {
        throw integrity(objectId, "key slot does not open with this key");
      }
      try {
        if (!MessageDigest.isEqual(DataKeys.commitment(dataKey, ad), manifest.keyCommitment())) {
          Arrays.fill(dataKey, (byte) 0);
          throw integrity(objectId, "key slot does not match the manifest");
        }
      } catch (GeneralSecurityException e) {
        throw integrity(objectId, "key slot does not match the manifest");
      }
      return dataKey;
    }
    for (KeySlot.Entry entry : slot.entries()) {
      if (key.matchesHalf(entry.keyId(), entry.fingerprint())) {
        // the key id or the fingerprint of one of this key's entries was changed
        throw integrity(objectId, "key slot entry does not match its key");
      }
    }
    throw new WrongKeyException(
        "vault object " + objectId + ": no key slot entry for this private key");
  }

  /**
   * Re-wraps every key slot of a participant to the primary key of {@code key}, the participant's
   * rotated keyset (GDPR Art. 32(1)(a)): each data key is unwrapped with whichever key of the
   * keyset still opens it and wrapped to the new primary; copies for this keyset's other keys are
   * dropped, copies for keys of other keysets kept. Runs where the private key is (client-side);
   * blobs and signed manifests are not touched. Objects whose erasure was interrupted are skipped.
   * A key slot with a shred layer is re-wrapped only by a vault with the shred keys (which puts the
   * layer back on); released copies ({@link Builder#releasedKeySlots}) are for opening only.
   *
   * @throws WrongKeyException when no key of {@code key} has an entry in a key slot, or a key slot
   *     has a shred layer and this vault has no shred keys
   * @throws VaultIntegrityException when a manifest or key slot fails verification
   * @throws StorageException when the store fails
   */
  public Rewrap rewrap(String subject, ParticipantPrivateKey key) {
    Identifiers.require("subject", subject);
    Objects.requireNonNull(key, "key");
    ParticipantPublicKey target = key.publicKey();
    int rewrapped = 0;
    int current = 0;
    for (BlobName name : store.list(subject)) {
      if (name.kind() != BlobKind.MANIFEST || !hasKeySlot(subject, name.objectId())) {
        continue;
      }
      String objectId = name.objectId();
      Manifest manifest = readManifest(subject, objectId);
      byte[] ad = AssociatedData.of(manifest.formatVersion(), subject, objectId);
      KeySlot slot = readSlot(subject, objectId, ad, false);
      List<KeySlot.Entry> kept = new ArrayList<>();
      boolean hasTarget = false;
      for (KeySlot.Entry entry : slot.entries()) {
        if (entry.keyId() == target.keyId()
            && Arrays.equals(entry.fingerprint(), target.fingerprintBytes())) {
          hasTarget = true;
        } else if (!key.holds(entry.keyId(), entry.fingerprint())) {
          kept.add(entry);
        }
      }
      if (hasTarget && kept.size() + 1 == slot.entries().size()) {
        current++;
        continue;
      }
      byte[] dataKey = unwrap(slot, objectId, key, ad, manifest);
      try {
        kept.add(
            new KeySlot.Entry(
                target.keyId(),
                target.fingerprintBytes(),
                target.encrypter().encrypt(dataKey, ad)));
        writeSlot(subject, objectId, ad, new KeySlot(kept));
      } catch (GeneralSecurityException e) {
        throw new ConfigurationException("re-wrapping failed in the cipher", e);
      } finally {
        Arrays.fill(dataKey, (byte) 0);
      }
      rewrapped++;
    }
    LOG.debug("re-wrapped {} key slots of subject {}", rewrapped, subject);
    return new Rewrap(subject, rewrapped, current);
  }

  /**
   * Rotates a participant's key in one go: a new primary key ({@link
   * ParticipantPrivateKey#rotate}), every key slot re-wrapped to it ({@link #rewrap}), then the old
   * keys disabled. Returns the new keyset, which the participant must keep (and protect again)
   * instead of the old one; the organisation must seal to its {@link
   * ParticipantPrivateKey#publicKey()} from now on.
   *
   * @throws WrongKeyException when no key of {@code key} has an entry in a key slot
   * @throws VaultIntegrityException when a manifest or key slot fails verification
   * @throws StorageException when the store fails; key slots re-wrapped so far are wrapped back
   */
  public ParticipantPrivateKey rotate(String subject, ParticipantPrivateKey key) {
    ParticipantPrivateKey rotated = key.rotate();
    try {
      rewrap(subject, rotated);
    } catch (RuntimeException e) {
      // the new key exists only here: wrap everything back to the old one before giving up
      try {
        rewrap(subject, rotated.withPrimary(key.publicKey().keyId()));
      } catch (RuntimeException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
    return rotated.disableOldKeys();
  }

  /**
   * Erases one object (GDPR Art. 17): its key slot first — after that no copy of the blob can be
   * opened — then the data blob and the manifest. Erasing an object that is not there erases
   * nothing.
   *
   * @throws InvalidInputException when an id is malformed
   * @throws StorageException when the store fails; run it again (or {@link #recover()})
   */
  public Erasure delete(String subject, String objectId) {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    boolean present = false;
    for (BlobKind kind : BlobKind.values()) {
      present |= store.size(new BlobName(subject, objectId, kind)).isPresent();
    }
    List<String> ids = present ? List.of(objectId) : List.of();
    Orphans.Erased erased = erase(subject, ids, false);
    LOG.info("erased object {} of subject {}", objectId, subject);
    return new Erasure(
        subject, ids, erased.keySlots(), false, erased.data(), erased.manifests(), erased.other());
  }

  /**
   * Crypto-shreds everything of one participant (GDPR Art. 17): every key slot first, then their
   * shred key (when the vault has {@link ShredKeys}), which makes every copy elsewhere — backups,
   * replicas — unreadable, then data blobs, manifests and partial blobs. Works on damaged objects
   * too and needs no key; shredding twice erases nothing the second time.
   *
   * @throws InvalidInputException when the id is malformed
   * @throws StorageException when the store fails; run it again to finish
   */
  public Erasure shred(String subject) {
    Identifiers.require("subject", subject);
    List<String> ids = store.list(subject).stream().map(BlobName::objectId).distinct().toList();
    Orphans.Erased erased = erase(subject, ids, true);
    int partial = store.removeUncommitted(subject);
    LOG.info("shredded {} objects of subject {}", ids.size(), subject);
    return new Erasure(
        subject,
        ids,
        erased.keySlots(),
        erased.step(),
        erased.data(),
        erased.manifests(),
        erased.other() + partial);
  }

  /**
   * Cleans up after a crash (GDPR Art. 32(1)(c)): removes partial blobs of writes that never
   * committed, the parts of objects whose sealing was interrupted (no manifest yet) and of objects
   * whose erasure was interrupted (key slot already gone). Run it at start, while nothing seals.
   *
   * @throws StorageException when the store fails
   */
  public Recovery recover() {
    Orphans.Result result;
    try {
      result = Orphans.clean(store);
    } catch (IOException e) {
      throw new StorageException("blob store failed during recovery", e);
    }
    if (result.partial() > 0 || !result.orphans().isEmpty()) {
      LOG.info(
          "recovery removed {} partial and {} orphaned blobs",
          result.partial(),
          result.orphans().size());
    }
    return new Recovery(result.partial(), result.orphans());
  }

  private Orphans.Erased erase(String subject, List<String> ids, boolean wholeSubject) {
    try {
      return Orphans.erase(
          store,
          subject,
          ids,
          () -> wholeSubject && shredKeys != null && shredKeys.destroy(subject),
          wholeSubject);
    } catch (IOException e) {
      throw new StorageException("blob store failed to erase objects of subject " + subject, e);
    }
  }

  /** The content being sealed, refused once it grows past the maximum object size. */
  private static final class BoundedContent extends java.io.FilterInputStream {
    private final long max;
    private long count;

    BoundedContent(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) {
      return 0; // the vault never skips content
    }

    /** Hands the content on as the wrapped stream does (its own array, if it has one), counted. */
    @Override
    public long transferTo(java.io.OutputStream out) throws IOException {
      return in.transferTo(
          new java.io.FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
              counted(1);
              out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              counted(len);
              out.write(b, off, len);
            }
          });
    }

    private void counted(int n) {
      count += n;
      if (count > max) {
        throw new InvalidInputException(
            "content",
            eu.inzage.core.ViolationCode.TOO_LONG,
            "longer than the vault's maximum object size of " + max + " bytes");
      }
    }
  }

  private static VaultIntegrityException integrity(String objectId, String what) {
    return new VaultIntegrityException("vault object " + objectId + ": " + what);
  }

  /** Builds a {@link Vault}; every setter validates, {@link #build()} checks completeness. */
  public static final class Builder {
    private BlobStore store;
    private Clock clock;
    private OrganisationSigningKey signingKey;
    private OrganisationPublicKey pinnedKey;
    private ShredKeys shredKeys;
    private BlobStore released;
    private long maxObjectSize = DEFAULT_MAX_OBJECT_SIZE;
    private boolean maxObjectSizeSet;

    private Builder() {}

    /**
     * The key slots the organisation released to the participant ({@link Vault#release}): a key
     * slot with a shred layer is then opened from its released copy (crypto/FORMAT.md 10.1). For
     * the participant's side, which has no shred keys; with {@link #shredKeys} set, the layer is
     * removed with those instead.
     */
    public Builder releasedKeySlots(BlobStore released) {
      this.released = Objects.requireNonNull(released, "released");
      return this;
    }

    /**
     * The largest object {@link Vault#seal} accepts, in bytes of plaintext (default {@link
     * #DEFAULT_MAX_OBJECT_SIZE}); a longer stream is refused while it is read.
     *
     * @throws InvalidInputException naming {@code maxObjectSize} when negative
     * @throws ConfigurationException when already set
     */
    public Builder maxObjectSize(long bytes) {
      if (maxObjectSizeSet) {
        throw new ConfigurationException("maxObjectSize was already set to " + maxObjectSize);
      }
      if (bytes < 0) {
        throw new InvalidInputException(
            "maxObjectSize", eu.inzage.core.ViolationCode.INVALID_VALUE, "must not be negative");
      }
      this.maxObjectSize = bytes;
      this.maxObjectSizeSet = true;
      return this;
    }

    /**
     * The participants' shred keys: every key slot written is then wrapped under its participant's
     * shred key, and {@link Vault#shred} destroys it (GDPR Art. 17).
     */
    public Builder shredKeys(ShredKeys shredKeys) {
      this.shredKeys = Objects.requireNonNull(shredKeys, "shredKeys");
      return this;
    }

    /** The blob store objects are written to and read from (required). */
    public Builder store(BlobStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The clock for manifests' created-at (required). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The organisation's signing key; needed to seal, and verifies when nothing is pinned. */
    public Builder signingKey(OrganisationSigningKey signingKey) {
      this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
      return this;
    }

    /** Pins the organisation key that every manifest must verify against when opening. */
    public Builder organisationKey(OrganisationPublicKey organisationKey) {
      this.pinnedKey = Objects.requireNonNull(organisationKey, "organisationKey");
      return this;
    }

    /**
     * The vault.
     *
     * @throws ConfigurationException when the store or the clock is missing (without a signing key
     *     the vault cannot seal, without any organisation key it cannot open or list, but it can
     *     still erase and recover)
     */
    public Vault build() {
      if (store == null) {
        throw new ConfigurationException("store is required");
      }
      if (clock == null) {
        throw new ConfigurationException("clock is required");
      }
      return new Vault(this);
    }
  }
}
