package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The organisation envelope: KEK-wrapped documents, retention, ID checks, KEK rotation. */
class OrganisationEnvelopeTest {
  private static final String SUBJECT = "p-000123";
  private static final byte[] MANDATE = content(1_200_000, 11);
  private static final byte[] ID_COPY = content(30_000, 12);

  @TempDir Path dir;

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-05T10:15:30Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();

  private OrganisationEnvelope envelope(BlobStore store, KeyEncryptionKeys keys) {
    return OrganisationEnvelope.builder().store(store).keys(keys).clock(clock).build();
  }

  private static void sealBoth(OrganisationEnvelope envelope) throws IOException {
    envelope.seal(
        SUBJECT,
        "mandate",
        new ByteArrayInputStream(MANDATE),
        new EnvelopeMetadata(DocumentKind.SIGNED_MANDATE, "application/pdf", Duration.ofDays(400)));
    envelope.seal(
        SUBJECT,
        "id-copy",
        new ByteArrayInputStream(ID_COPY),
        EnvelopeMetadata.idCopy("image/jpeg"));
  }

  @Test
  void seal_documents_openWithTheKekAndAreDescribed() throws IOException {
    OrganisationEnvelope envelope =
        envelope(BlobStores.fileSystem(dir), LocalKeyEncryptionKeys.generate());
    sealBoth(envelope);
    assertThat(readAll(envelope.open(SUBJECT, "mandate"))).isEqualTo(MANDATE);
    assertThat(readAll(envelope.open(SUBJECT, "id-copy"))).isEqualTo(ID_COPY);
    assertThat(envelope.list(SUBJECT))
        .extracting(
            EnvelopedDocument::documentId, EnvelopedDocument::kind, EnvelopedDocument::deleteAfter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "id-copy", DocumentKind.ID_COPY, Instant.parse("2026-04-04T10:15:30Z")),
            org.assertj.core.groups.Tuple.tuple(
                "mandate", DocumentKind.SIGNED_MANDATE, Instant.parse("2027-04-09T10:15:30Z")));
  }

  @Test
  void open_anotherKek_failsWithIntegrityError() throws IOException {
    BlobStore store = BlobStores.inMemory();
    sealBoth(envelope(store, LocalKeyEncryptionKeys.generate()));
    OrganisationEnvelope other = envelope(store, LocalKeyEncryptionKeys.generate());
    assertThatThrownBy(() -> other.open(SUBJECT, "mandate"))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("mandate");
  }

  @Test
  void open_recordWithLongerRetention_failsWithIntegrityError() throws Exception {
    BlobStore store = BlobStores.inMemory();
    OrganisationEnvelope envelope = envelope(store, LocalKeyEncryptionKeys.generate());
    sealBoth(envelope);
    BlobName record = new BlobName(SUBJECT, "id-copy", BlobKind.MANIFEST);
    byte[] bytes = readAll(store.open(record).orElseThrow());
    bytes[bytes.length - 33] ^= 1; // the last byte of deleteAfter
    try (BlobWriter writer = store.create(record)) {
      writer.write(bytes);
      writer.commit();
    }
    assertThatThrownBy(() -> envelope.open(SUBJECT, "id-copy"))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void recordIdChecked_idCopy_deletesItAndKeepsOnlyTheNote() throws IOException {
    BlobStore store = BlobStores.inMemory();
    OrganisationEnvelope envelope = envelope(store, LocalKeyEncryptionKeys.generate());
    sealBoth(envelope);
    clock.advance(Duration.ofHours(2));
    IdCheckNote note = envelope.recordIdChecked(SUBJECT, "id-copy");
    assertThat(note).isEqualTo(new IdCheckNote(SUBJECT, "id-copy", clock.instant()));
    assertThat(envelope.idChecks(SUBJECT)).containsExactly(note);
    assertThat(store.list(SUBJECT))
        .extracting(BlobName::objectId, BlobName::kind)
        .doesNotContain(
            org.assertj.core.groups.Tuple.tuple("id-copy", BlobKind.DATA),
            org.assertj.core.groups.Tuple.tuple("id-copy", BlobKind.KEY_SLOT),
            org.assertj.core.groups.Tuple.tuple("id-copy", BlobKind.MANIFEST));
    assertThat(envelope.list(SUBJECT))
        .extracting(EnvelopedDocument::documentId)
        .containsExactly("mandate");
    assertThatThrownBy(() -> envelope.open(SUBJECT, "id-copy"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("envelope document id-copy not found");
  }

  @Test
  void recordIdChecked_mandate_isRefusedAndKept() throws IOException {
    OrganisationEnvelope envelope =
        envelope(BlobStores.inMemory(), LocalKeyEncryptionKeys.generate());
    sealBoth(envelope);
    assertThatThrownBy(() -> envelope.recordIdChecked(SUBJECT, "mandate"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("documentId");
    assertThat(envelope.list(SUBJECT)).hasSize(2);
  }

  @Test
  void purgeExpired_byTheClock_deletesOnlyWhatIsDue() throws IOException {
    OrganisationEnvelope envelope =
        envelope(BlobStores.inMemory(), LocalKeyEncryptionKeys.generate());
    sealBoth(envelope);
    clock.advance(Duration.ofDays(29));
    assertThat(envelope.purgeExpired()).isEmpty();
    clock.advance(Duration.ofDays(1));
    assertThat(envelope.purgeExpired())
        .extracting(EnvelopedDocument::documentId)
        .containsExactly("id-copy");
    clock.advance(Duration.ofDays(370));
    assertThat(envelope.purgeExpired())
        .extracting(EnvelopedDocument::documentId)
        .containsExactly("mandate");
    assertThat(envelope.list(SUBJECT)).isEmpty();
  }

  @Test
  void rewrap_afterKekRotation_documentsOpenWithOnlyTheNewKek() throws IOException {
    BlobStore store = BlobStores.inMemory();
    LocalKeyEncryptionKeys kek = LocalKeyEncryptionKeys.generate();
    sealBoth(envelope(store, kek));
    LocalKeyEncryptionKeys rotated = kek.rotate();
    assertThat(envelope(store, rotated).rewrap()).isEqualTo(2);
    assertThat(envelope(store, rotated).rewrap()).isZero();
    OrganisationEnvelope onlyNew = envelope(store, rotated.destroyOldKeys());
    assertThat(readAll(onlyNew.open(SUBJECT, "mandate"))).isEqualTo(MANDATE);
    assertThatThrownBy(() -> envelope(store, kek).open(SUBJECT, "mandate"))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void fromAead_anyTinkAead_worksLikeAKms() throws Exception {
    Aead kms =
        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
            .getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(), Aead.class);
    OrganisationEnvelope envelope =
        envelope(BlobStores.inMemory(), KeyEncryptionKeys.fromAead(kms));
    sealBoth(envelope);
    assertThat(readAll(envelope.open(SUBJECT, "id-copy"))).isEqualTo(ID_COPY);
    assertThat(envelope.rewrap()).isZero();
  }

  @Test
  void metadata_idCopyKeptTooLong_isRejected() {
    assertThatThrownBy(
            () -> new EnvelopeMetadata(DocumentKind.ID_COPY, "image/png", Duration.ofDays(31)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("retention");
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void metadata_noRetention_isRejected(DocumentKind kind) {
    assertThatThrownBy(() -> new EnvelopeMetadata(kind, "image/png", Duration.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("retention");
  }

  @Test
  void localKeys_file_roundTripsOwnerOnlyAndRejectsOtherKeysets() throws IOException {
    LocalKeyEncryptionKeys keys = LocalKeyEncryptionKeys.generate().rotate();
    Path file = dir.resolve("kek.json");
    keys.writeUnprotected(file);
    assertThat(LocalKeyEncryptionKeys.readUnprotected(file).size()).isEqualTo(2);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    assertThat(keys.toString()).doesNotContain("AES").contains("redacted");
    String participant = TestVaults.json(TestVaults.PARTICIPANT::writeUnprotected);
    assertThatThrownBy(() -> LocalKeyEncryptionKeys.readUnprotected(TestVaults.stream(participant)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: format INVALID_VALUE (expected inzage-key-encryption-keys)");
    // the bare Tink keyset of format 1.1 is still read, and must hold AES-GCM keys
    String bareHpke =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(participant)
            .path("keyset")
            .toString();
    assertThatThrownBy(() -> LocalKeyEncryptionKeys.readUnprotected(TestVaults.stream(bareHpke)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("keyset");
  }
}
