package eu.inzage.crypto;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobWriter;
import eu.inzage.crypto.internal.AssociatedData;
import eu.inzage.crypto.internal.Binary;
import eu.inzage.crypto.internal.DataKeys;
import eu.inzage.crypto.internal.KeySlot;
import eu.inzage.crypto.internal.Manifest;
import eu.inzage.crypto.internal.SegmentedStream;
import eu.inzage.crypto.internal.StreamWarmUp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
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
 */
public final class Vault {
  private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
  private static final int COPY_BUFFER = 1 << 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BlobStore store;
  private final Clock clock;
  private final OrganisationSigningKey signingKey;
  private final OrganisationPublicKey verificationKey;

  private Vault(Builder builder) {
    this.store = builder.store;
    this.clock = builder.clock;
    this.signingKey = builder.signingKey;
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
   * Returns only after data, key slot and manifest are durable.
   *
   * @throws InvalidInputException when an id is malformed or the object already exists
   * @throws IOException when the store fails; nothing of the object is left behind then
   */
  public SealedObject seal(
      String subject, String objectId, InputStream content, SealMetadata metadata)
      throws IOException {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
    if (signingKey == null) {
      throw new IllegalStateException("this vault has no organisation signing key to seal with");
    }
    BlobName dataName = new BlobName(subject, objectId, BlobKind.DATA);
    BlobName slotName = new BlobName(subject, objectId, BlobKind.KEY_SLOT);
    BlobName manifestName = new BlobName(subject, objectId, BlobKind.MANIFEST);
    if (store.size(manifestName).isPresent()) {
      throw new InvalidInputException(
          "objectId", ViolationCode.INVALID_VALUE, "an object with this id is already sealed");
    }
    byte[] ad = AssociatedData.of(Manifest.FORMAT_VERSION, subject, objectId);
    byte[] dataKey = DataKeys.generate();
    boolean done = false;
    try {
      SegmentedStream.Result stream;
      try (BlobWriter writer = store.create(dataName)) {
        stream = SegmentedStream.encrypt(content, writer, dataKey, ad);
        writer.commit();
      }
      ParticipantPublicKey recipient = metadata.recipient();
      byte[] wrapped = recipient.encrypter().encrypt(dataKey, ad);
      KeySlot slot =
          new KeySlot(
              List.of(new KeySlot.Entry(recipient.keyId(), recipient.fingerprintBytes(), wrapped)));
      write(slotName, slot.encode());
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
      write(manifestName, Manifest.file(body, signature));
      done = true;
      LOG.debug(
          "sealed object {} of subject {} ({} bytes)", objectId, subject, stream.plaintextSize());
      return describe(manifest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed in the cipher", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
      if (!done) {
        deleteQuietly(dataName);
        deleteQuietly(slotName);
      }
    }
  }

  private void write(BlobName name, byte[] bytes) throws IOException {
    try (BlobWriter writer = store.create(name)) {
      writer.write(bytes);
      writer.commit();
    }
  }

  private void deleteQuietly(BlobName name) {
    try {
      store.delete(name);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not remove a partial blob of object {}", name.objectId());
    }
  }

  /**
   * Opens a sealed object as a stream of plaintext. The manifest signature, the key slot and the
   * stream header are verified before the first byte; every 1 MiB segment is authenticated before
   * it is returned, and the end of the stream is checked against the manifest. A failure anywhere
   * throws {@link VaultIntegrityException} (from {@code read} as well): bytes already returned must
   * then be discarded — {@link #openTo} does that for files.
   *
   * @throws InvalidInputException when an id is malformed or there is no such object
   * @throws VaultIntegrityException on any tampering, swap or wrong key
   */
  public InputStream open(String subject, String objectId, ParticipantPrivateKey key)
      throws IOException {
    Identifiers.require("subject", subject);
    Identifiers.require("objectId", objectId);
    Objects.requireNonNull(key, "key");
    Manifest manifest = readManifest(subject, objectId);
    byte[] ad = AssociatedData.of(manifest.formatVersion(), subject, objectId);
    byte[] dataKey = unwrap(subject, objectId, key, ad, manifest);
    try {
      BlobName dataName = new BlobName(subject, objectId, BlobKind.DATA);
      long size = store.size(dataName).orElse(-1);
      if (size != manifest.ciphertextSize()) {
        throw integrity(objectId, "data blob is missing or has the wrong size");
      }
      InputStream blob =
          store.open(dataName).orElseThrow(() -> integrity(objectId, "data blob missing"));
      byte[] header = blob.readNBytes(DataKeys.HEADER_LENGTH);
      if (!MessageDigest.isEqual(header, manifest.streamHeader())) {
        blob.close();
        throw integrity(objectId, "stream header does not match the manifest");
      }
      InputStream plain =
          SegmentedStream.decrypt(
              new SequenceInputStream(new ByteArrayInputStream(header), blob), dataKey, ad);
      return new VerifyingInputStream(plain, objectId, manifest.plaintextSize());
    } catch (GeneralSecurityException e) {
      throw integrity(objectId, "stream cannot be decrypted");
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Opens a sealed object into a file. The plaintext goes to a temporary file beside {@code target}
   * (readable by the owner only) that is renamed to {@code target} only after the whole stream
   * verified; on any failure nothing is left behind.
   *
   * @throws VaultIntegrityException on any tampering, swap or wrong key
   */
  public SealedObject openTo(
      String subject, String objectId, ParticipantPrivateKey key, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    Path temp =
        dir.resolve(
            "." + absolute.getFileName() + "." + HexFormat.of().formatHex(random) + ".partial");
    boolean moved = false;
    try {
      SealedObject object;
      try (InputStream in = open(subject, objectId, key)) {
        object = describe(readManifest(subject, objectId));
        createOwnerOnly(temp);
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
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  /**
   * The participant's objects, from their signed manifests, without decrypting anything.
   *
   * @throws VaultIntegrityException when a manifest fails verification
   */
  public List<SealedObject> list(String subject) throws IOException {
    Identifiers.require("subject", subject);
    List<SealedObject> objects = new ArrayList<>();
    for (BlobName name : store.list(subject)) {
      if (name.kind() == BlobKind.MANIFEST) {
        objects.add(describe(readManifest(subject, name.objectId())));
      }
    }
    return List.copyOf(objects);
  }

  /**
   * What the vault holds about one object, from its verified manifest.
   *
   * @throws InvalidInputException when there is no such object
   * @throws VaultIntegrityException when the manifest fails verification
   */
  public SealedObject describe(String subject, String objectId) throws IOException {
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

  private Manifest readManifest(String subject, String objectId) throws IOException {
    if (verificationKey == null) {
      throw new IllegalStateException("this vault has no organisation key to verify with");
    }
    BlobName name = new BlobName(subject, objectId, BlobKind.MANIFEST);
    Optional<InputStream> in = store.open(name);
    if (in.isEmpty()) {
      if (store.size(new BlobName(subject, objectId, BlobKind.DATA)).isPresent()
          || store.size(new BlobName(subject, objectId, BlobKind.KEY_SLOT)).isPresent()) {
        throw integrity(objectId, "manifest missing");
      }
      throw new InvalidInputException("objectId", ViolationCode.INVALID_VALUE, "no such object");
    }
    byte[] bytes;
    try (InputStream stream = in.get()) {
      bytes = stream.readNBytes(256 * 1024);
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

  private byte[] unwrap(
      String subject, String objectId, ParticipantPrivateKey key, byte[] ad, Manifest manifest)
      throws IOException {
    BlobName name = new BlobName(subject, objectId, BlobKind.KEY_SLOT);
    Optional<InputStream> in = store.open(name);
    if (in.isEmpty()) {
      throw integrity(objectId, "key slot missing");
    }
    KeySlot slot;
    try (InputStream stream = in.get()) {
      slot = KeySlot.decode(stream.readNBytes(64 * 1024));
    } catch (Binary.MalformedException e) {
      throw integrity(objectId, "key slot is malformed");
    }
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
    throw integrity(objectId, "no key slot entry for this private key");
  }

  private static VaultIntegrityException integrity(String objectId, String what) {
    return new VaultIntegrityException("vault object " + objectId + ": " + what);
  }

  /** Turns authentication failures into {@link VaultIntegrityException} and checks the length. */
  private static final class VerifyingInputStream extends InputStream {
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

  /** Builds a {@link Vault}; every setter validates, {@link #build()} checks completeness. */
  public static final class Builder {
    private BlobStore store;
    private Clock clock;
    private OrganisationSigningKey signingKey;
    private OrganisationPublicKey pinnedKey;

    private Builder() {}

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
     * @throws IllegalStateException when the store, the clock or every organisation key is missing
     */
    public Vault build() {
      if (store == null) {
        throw new IllegalStateException("store is required");
      }
      if (clock == null) {
        throw new IllegalStateException("clock is required");
      }
      if (signingKey == null && pinnedKey == null) {
        throw new IllegalStateException("a signing key or an organisation key is required");
      }
      return new Vault(this);
    }
  }
}
