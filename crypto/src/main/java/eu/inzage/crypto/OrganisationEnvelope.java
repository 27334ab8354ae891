package eu.inzage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.internal.AssociatedData;
import eu.inzage.crypto.internal.Binary;
import eu.inzage.crypto.internal.DataKeys;
import eu.inzage.crypto.internal.EnvelopeRecord;
import eu.inzage.crypto.internal.GuardedBlobStore;
import eu.inzage.crypto.internal.KeyFiles;
import eu.inzage.crypto.internal.Orphans;
import eu.inzage.crypto.internal.SealedBlobs;
import eu.inzage.crypto.internal.SegmentedStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's own envelope, for the few documents it must read itself — signed mandates, ID
 * copies a controller asked for (GDPR Art. 32(1)(a); see {@code
 * docs/law/identity.md#what-the-organisation-keeps}): each document gets a fresh streaming-AEAD
 * data key, wrapped by the organisation's {@link KeyEncryptionKeys}, and a record of its kind,
 * sizes and retention. Documents are deleted when their retention ends ({@link #purgeExpired()},
 * driven by the injected clock); an ID copy is deleted after use and leaves only the note "ID
 * checked" ({@link #recordIdChecked}). Use a store of its own, not the vault's. Thread-safe.
 *
 * <p>Errors follow {@link Vault}'s: {@link NotFoundException}, {@link AlreadyExistsException},
 * {@link VaultIntegrityException}, {@link StorageException} for a failing store; a checked {@link
 * IOException} only from the caller's own content stream.
 */
public final class OrganisationEnvelope {
  private static final Logger LOG = LoggerFactory.getLogger(OrganisationEnvelope.class);
  private static final String NOTE_FORMAT = "inzage-id-check-note";

  private final GuardedBlobStore store;
  private final KeyEncryptionKeys keys;
  private final Clock clock;

  private OrganisationEnvelope(Builder builder) {
    this.store = GuardedBlobStore.of(builder.store);
    this.keys = builder.keys;
    this.clock = builder.clock;
  }

  /** A builder; store, key-encryption keys and clock are required. */
  public static Builder builder() {
    return new Builder();
  }

  private static BlobName name(String subject, String documentId, BlobKind kind) {
    return new BlobName(subject, documentId, kind);
  }

  /**
   * Seals a document for the organisation: the stream is encrypted straight into the store, its
   * data key wrapped under the current KEK. Returns once data, key slot and record are durable.
   *
   * @throws InvalidInputException when an id is malformed
   * @throws AlreadyExistsException when a document with this id is already sealed for the subject
   * @throws StorageException when the store fails; nothing of the document is left behind then
   * @throws ConfigurationException when the key-encryption keys cannot wrap
   * @throws IOException when reading {@code content} fails; nothing is left behind then
   */
  @SuppressWarnings("EnumOrdinal") // format 1 stores DocumentKind by position
  public EnvelopedDocument seal(
      String subject, String documentId, InputStream content, EnvelopeMetadata metadata)
      throws IOException {
    Identifiers.require("subject", subject);
    Identifiers.require("documentId", documentId);
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
    if (store.size(name(subject, documentId, BlobKind.MANIFEST)).isPresent()) {
      throw new AlreadyExistsException("envelope document", documentId);
    }
    byte[] ad = AssociatedData.envelope(subject, documentId);
    byte[] dataKey = DataKeys.generate();
    try (SealedBlobs.Staged data =
        SealedBlobs.stageData(
            store, name(subject, documentId, BlobKind.DATA), content, dataKey, ad)) {
      SegmentedStream.Result stream = data.result();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      EnvelopeRecord record =
          new EnvelopeRecord(
              metadata.kind().code(),
              metadata.contentType(),
              stream.plaintextSize(),
              stream.ciphertextSize(),
              stream.header(),
              now,
              now.plus(metadata.retention()),
              DataKeys.commitment(dataKey, ad));
      byte[] recordBytes = record.encode();
      byte[] slot = slotBytes(keys.wrap(dataKey, EnvelopeRecord.wrapAd(ad, recordBytes)));
      try {
        SealedBlobs.commitObject(
            store,
            data,
            name(subject, documentId, BlobKind.MANIFEST),
            recordBytes,
            name(subject, documentId, BlobKind.KEY_SLOT),
            slot);
      } catch (AlreadyExistsException e) {
        throw new AlreadyExistsException("envelope document", documentId);
      }
      LOG.debug("enveloped document {} of subject {}", documentId, subject);
      return describe(subject, documentId, record);
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("sealing failed in the cipher or the KEK", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Opens a document as a verified stream of plaintext; every segment is authenticated before it is
   * returned.
   *
   * @throws NotFoundException when there is no such document
   * @throws VaultIntegrityException when record, key slot or data were changed, or the KEK that
   *     wrapped the data key is gone
   * @throws StorageException when the store fails (also from {@code read})
   */
  public InputStream open(String subject, String documentId) {
    EnvelopeRecord record = readRecord(subject, documentId);
    byte[] ad = AssociatedData.envelope(subject, documentId);
    byte[] dataKey = unwrap(subject, documentId, ad, record);
    BlobName data = name(subject, documentId, BlobKind.DATA);
    try {
      return SealedBlobs.openData(
          store,
          data,
          dataKey,
          ad,
          record.ciphertextSize(),
          record.streamHeader(),
          record.plaintextSize());
    } catch (IOException e) {
      throw GuardedBlobStore.failure("open", data, e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * What the envelope holds about one document.
   *
   * @throws NotFoundException when there is no such document
   * @throws VaultIntegrityException when the record is malformed
   */
  public EnvelopedDocument describe(String subject, String documentId) {
    return describe(subject, documentId, readRecord(subject, documentId));
  }

  /** A participant's documents (complete ones only), without decrypting anything. */
  public List<EnvelopedDocument> list(String subject) {
    Identifiers.require("subject", subject);
    List<EnvelopedDocument> documents = new ArrayList<>();
    for (BlobName name : store.list(subject)) {
      if (name.kind() == BlobKind.MANIFEST
          && store.size(name(subject, name.objectId(), BlobKind.KEY_SLOT)).isPresent()) {
        documents.add(describe(subject, name.objectId()));
      }
    }
    return List.copyOf(documents);
  }

  /** Deletes one document: its key slot first, then data and record (GDPR Art. 17). */
  public Erasure delete(String subject, String documentId) {
    Identifiers.require("subject", subject);
    Identifiers.require("documentId", documentId);
    boolean present = store.size(name(subject, documentId, BlobKind.MANIFEST)).isPresent();
    List<String> ids = present ? List.of(documentId) : List.of();
    Orphans.Erased erased;
    try {
      erased = Orphans.erase(store, subject, ids, () -> false, false);
    } catch (IOException e) {
      throw new StorageException(
          "blob store failed to erase document " + documentId + " of subject " + subject, e);
    }
    return new Erasure(
        subject, ids, erased.keySlots(), false, erased.data(), erased.manifests(), 0);
  }

  /**
   * Records that an ID copy was checked and deletes it (EDPB Guidelines 01/2022 §§58–79; see {@code
   * docs/law/identity.md}): the note "ID checked" is written first, then the copy is
   * crypto-shredded.
   *
   * @throws NotFoundException when there is no such document
   * @throws InvalidInputException naming {@code documentId} when the document is not an ID copy
   */
  public IdCheckNote recordIdChecked(String subject, String documentId) {
    EnvelopedDocument document = describe(subject, documentId);
    if (document.kind() != DocumentKind.ID_COPY) {
      throw new InvalidInputException(
          "documentId", ViolationCode.INVALID_VALUE, "the document is not an ID copy");
    }
    IdCheckNote note =
        new IdCheckNote(subject, documentId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    ObjectNode json = KeyFiles.start(NOTE_FORMAT);
    json.put("subject", subject);
    json.put("document", documentId);
    json.put("checkedAt", note.checkedAt().toString());
    json.put("note", IdCheckNote.TEXT);
    write(
        name(subject, documentId, BlobKind.NOTE),
        KeyFiles.write(json).getBytes(StandardCharsets.UTF_8));
    delete(subject, documentId);
    LOG.info("ID copy {} of subject {} checked and deleted", documentId, subject);
    return note;
  }

  /** The notes of ID copies that were checked and deleted, oldest id first. */
  public List<IdCheckNote> idChecks(String subject) {
    Identifiers.require("subject", subject);
    List<IdCheckNote> notes = new ArrayList<>();
    for (BlobName name : store.list(subject)) {
      if (name.kind() != BlobKind.NOTE) {
        continue;
      }
      Optional<byte[]> bytes = store.read(name, 4096);
      if (bytes.isEmpty()) {
        continue; // deleted since it was listed
      }
      String document;
      Instant checkedAt;
      try {
        JsonNode json = KeyFiles.read(new String(bytes.get(), StandardCharsets.UTF_8), NOTE_FORMAT);
        if (!subject.equals(KeyFiles.text(json, "subject"))) {
          throw new VaultIntegrityException("ID-check note " + name.objectId() + " was moved");
        }
        document = KeyFiles.text(json, "document");
        checkedAt = Instant.parse(KeyFiles.text(json, "checkedAt"));
      } catch (InvalidInputException | java.time.format.DateTimeParseException e) {
        throw new VaultIntegrityException("ID-check note " + name.objectId() + " is malformed", e);
      }
      if (!name.objectId().equals(document)) {
        throw new VaultIntegrityException("ID-check note " + name.objectId() + " was moved");
      }
      notes.add(new IdCheckNote(subject, name.objectId(), checkedAt));
    }
    return List.copyOf(notes);
  }

  /**
   * Deletes every document whose retention period has ended by the clock's now (GDPR Art. 5(1)(e));
   * returns what was deleted. Run it regularly, e.g. daily.
   */
  public List<EnvelopedDocument> purgeExpired() {
    Instant now = clock.instant();
    List<EnvelopedDocument> purged = new ArrayList<>();
    for (String subject : store.subjects()) {
      for (EnvelopedDocument document : list(subject)) {
        if (!document.deleteAfter().isAfter(now)) {
          delete(subject, document.documentId());
          purged.add(document);
        }
      }
    }
    if (!purged.isEmpty()) {
      LOG.info("retention ended: deleted {} documents", purged.size());
    }
    return List.copyOf(purged);
  }

  /**
   * Re-wraps every data key that is not under the current KEK, after a KEK rotation; data and
   * records are untouched. Returns how many were re-wrapped; afterwards the old KEKs can be
   * destroyed.
   *
   * @throws VaultIntegrityException when a key slot does not unwrap
   * @throws StorageException when the store fails
   */
  public int rewrap() {
    int count = 0;
    for (String subject : store.subjects()) {
      for (BlobName name : store.list(subject)) {
        if (name.kind() != BlobKind.MANIFEST
            || store.size(name(subject, name.objectId(), BlobKind.KEY_SLOT)).isEmpty()) {
          continue;
        }
        String documentId = name.objectId();
        if (keys.isCurrent(readSlot(subject, documentId))) {
          continue;
        }
        EnvelopeRecord record = readRecord(subject, documentId);
        byte[] ad = AssociatedData.envelope(subject, documentId);
        byte[] dataKey = unwrap(subject, documentId, ad, record);
        try {
          writeSlot(
              subject, documentId, keys.wrap(dataKey, EnvelopeRecord.wrapAd(ad, record.encode())));
        } catch (GeneralSecurityException e) {
          throw new ConfigurationException("the key-encryption keys cannot wrap", e);
        } finally {
          Arrays.fill(dataKey, (byte) 0);
        }
        count++;
      }
    }
    return count;
  }

  /** Cleans up after a crash, like {@link Vault#recover()}; run it while nothing seals. */
  public Recovery recover() {
    Orphans.Result result;
    try {
      result = Orphans.clean(store);
    } catch (IOException e) {
      throw new StorageException("blob store failed during recovery", e);
    }
    return new Recovery(result.partial(), result.orphans());
  }

  @SuppressWarnings("EnumOrdinal") // format 1 stores DocumentKind by position
  private EnvelopedDocument describe(String subject, String documentId, EnvelopeRecord record) {
    return new EnvelopedDocument(
        subject,
        documentId,
        DocumentKind.fromCode(record.kind())
            .orElseThrow(() -> integrity(documentId, "record has an unknown kind")),
        record.contentType(),
        record.plaintextSize(),
        record.ciphertextSize(),
        record.createdAt(),
        record.deleteAfter());
  }

  private EnvelopeRecord readRecord(String subject, String documentId) {
    Identifiers.require("subject", subject);
    Identifiers.require("documentId", documentId);
    byte[] bytes =
        store
            .read(name(subject, documentId, BlobKind.MANIFEST), 64 * 1024)
            .orElseThrow(() -> new NotFoundException("envelope document", documentId));
    try {
      return EnvelopeRecord.decode(bytes);
    } catch (Binary.MalformedException e) {
      throw integrity(documentId, "record is malformed");
    }
  }

  private byte[] readSlot(String subject, String documentId) {
    byte[] bytes =
        store
            .read(name(subject, documentId, BlobKind.KEY_SLOT), 64 * 1024)
            .orElseThrow(() -> integrity(documentId, "key slot missing"));
    byte[] magic = EnvelopeRecord.SLOT_MAGIC;
    if (bytes.length <= magic.length || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
      throw integrity(documentId, "key slot is malformed");
    }
    return Arrays.copyOfRange(bytes, magic.length, bytes.length);
  }

  private void writeSlot(String subject, String documentId, byte[] wrapped) {
    store.write(name(subject, documentId, BlobKind.KEY_SLOT), slotBytes(wrapped));
  }

  private static byte[] slotBytes(byte[] wrapped) {
    byte[] bytes =
        Arrays.copyOf(EnvelopeRecord.SLOT_MAGIC, EnvelopeRecord.SLOT_MAGIC.length + wrapped.length);
    System.arraycopy(wrapped, 0, bytes, EnvelopeRecord.SLOT_MAGIC.length, wrapped.length);
    return bytes;
  }

  private byte[] unwrap(String subject, String documentId, byte[] ad, EnvelopeRecord record) {
    byte[] wrapped = readSlot(subject, documentId);
    byte[] dataKey;
    try {
      dataKey = keys.unwrap(wrapped, EnvelopeRecord.wrapAd(ad, record.encode()));
    } catch (GeneralSecurityException e) {
      throw integrity(documentId, "key slot does not open with the key-encryption keys");
    }
    try {
      if (!MessageDigest.isEqual(DataKeys.commitment(dataKey, ad), record.keyCommitment())) {
        Arrays.fill(dataKey, (byte) 0);
        throw integrity(documentId, "key slot does not match the record");
      }
    } catch (GeneralSecurityException e) {
      throw integrity(documentId, "key slot does not match the record");
    }
    return dataKey;
  }

  private void write(BlobName name, byte[] bytes) {
    store.write(name, bytes);
  }

  private static VaultIntegrityException integrity(String documentId, String what) {
    return new VaultIntegrityException("envelope document " + documentId + ": " + what);
  }

  /** Builds an {@link OrganisationEnvelope}; every setter validates. */
  public static final class Builder {
    private BlobStore store;
    private KeyEncryptionKeys keys;
    private Clock clock;

    private Builder() {}

    /** The store documents are kept in (required; not the vault's store). */
    public Builder store(BlobStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The key-encryption keys that wrap every data key (required). */
    public Builder keys(KeyEncryptionKeys keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** The clock for creation times and retention (required). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The envelope.
     *
     * @throws ConfigurationException naming the part that is missing
     */
    public OrganisationEnvelope build() {
      if (store == null) {
        throw new ConfigurationException("store is required");
      }
      if (keys == null) {
        throw new ConfigurationException("keys are required");
      }
      if (clock == null) {
        throw new ConfigurationException("clock is required");
      }
      return new OrganisationEnvelope(this);
    }
  }
}
