package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.CLOCK;
import static eu.inzage.crypto.TestVaults.FAST_ARGON2;
import static eu.inzage.crypto.TestVaults.OTHER_PARTICIPANT;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.IntegrityException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.InzageException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.blob.BlobWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One error model for the vault, the envelope and the keys: each failure has its own unchecked
 * type, and a checked {@link IOException} comes only from the caller's own stream.
 */
class ErrorModelTest {
  private static final String SUBJECT = "p-000123";
  private static final String OBJECT = "tiktok-2026";

  @TempDir Path dir;

  /** One operation that must fail. */
  @FunctionalInterface
  interface Failing {
    void run() throws Exception;
  }

  private static Vault sealedVault(BlobStore store) throws IOException {
    Vault vault = TestVaults.vault(store);
    vault.seal(
        SUBJECT,
        OBJECT,
        new ByteArrayInputStream(new byte[] {1, 2, 3}),
        SealMetadata.of(PARTICIPANT.publicKey()));
    return vault;
  }

  private static OrganisationEnvelope envelope(BlobStore store) throws IOException {
    OrganisationEnvelope envelope =
        OrganisationEnvelope.builder()
            .store(store)
            .keys(LocalKeyEncryptionKeys.generate())
            .clock(CLOCK)
            .build();
    envelope.seal(
        SUBJECT,
        "mandate",
        new ByteArrayInputStream(new byte[] {4}),
        new EnvelopeMetadata(DocumentKind.SIGNED_MANDATE, "application/pdf", Duration.ofDays(9)));
    return envelope;
  }

  /** A store that fails every read of {@code kind} with an {@link IOException}. */
  private static BlobStore failingOn(BlobKind kind, BlobStore inner) {
    return new ForwardingBlobStore(inner) {
      @Override
      public Optional<InputStream> open(BlobName name) throws IOException {
        if (name.kind() == kind) {
          throw new IOException("disk gone");
        }
        return inner.open(name);
      }

      @Override
      public OptionalLong size(BlobName name) throws IOException {
        if (name.kind() == kind) {
          throw new IOException("disk gone");
        }
        return inner.size(name);
      }
    };
  }

  /** A store whose every write fails. */
  private static BlobStore readOnly(BlobStore inner) {
    return new ForwardingBlobStore(inner) {
      @Override
      public BlobWriter create(BlobName name) throws IOException {
        throw new IOException("read-only file system");
      }
    };
  }

  static Stream<Arguments> failures() throws IOException {
    BlobStore store = BlobStores.inMemory();
    Vault vault = sealedVault(store);
    Vault verifyOnly =
        Vault.builder()
            .store(store)
            .clock(CLOCK)
            .organisationKey(TestVaults.ORGANISATION.publicKey())
            .build();
    Vault otherOrganisation =
        Vault.builder()
            .store(store)
            .clock(CLOCK)
            .organisationKey(OrganisationSigningKey.generate().publicKey())
            .build();
    Vault failingManifests = TestVaults.vault(failingOn(BlobKind.MANIFEST, store));
    Vault failingWrites = TestVaults.vault(readOnly(BlobStores.inMemory()));
    BlobStore envelopeStore = BlobStores.inMemory();
    OrganisationEnvelope envelope = envelope(envelopeStore);
    OrganisationEnvelope failingEnvelope =
        OrganisationEnvelope.builder()
            .store(failingOn(BlobKind.MANIFEST, envelopeStore))
            .keys(LocalKeyEncryptionKeys.generate())
            .clock(CLOCK)
            .build();
    ProtectedPrivateKey protectedKey =
        PARTICIPANT.protect("right".toCharArray(), FAST_ARGON2).protectedKey();
    byte[] three = {1, 2, 3};
    SealMetadata metadata = SealMetadata.of(PARTICIPANT.publicKey());
    return Stream.of(
        Arguments.of(
            "seal a malformed object id",
            (Failing) () -> vault.seal(SUBJECT, "../x", new ByteArrayInputStream(three), metadata),
            InvalidInputException.class,
            "objectId INVALID_ID ("),
        Arguments.of(
            "seal an id that is taken",
            (Failing) () -> vault.seal(SUBJECT, OBJECT, new ByteArrayInputStream(three), metadata),
            AlreadyExistsException.class,
            "sealed object tiktok-2026 already exists"),
        Arguments.of(
            "open an object that is not there",
            (Failing) () -> vault.open(SUBJECT, "zoom-2026", PARTICIPANT),
            NotFoundException.class,
            "sealed object zoom-2026 not found"),
        Arguments.of(
            "describe an object that is not there",
            (Failing) () -> vault.describe("p-9", OBJECT),
            NotFoundException.class,
            "sealed object tiktok-2026 not found"),
        Arguments.of(
            "open with another participant's key",
            (Failing) () -> vault.open(SUBJECT, OBJECT, OTHER_PARTICIPANT),
            WrongKeyException.class,
            "vault object tiktok-2026: no key slot entry for this private key"),
        Arguments.of(
            "open against another organisation's key",
            (Failing) () -> otherOrganisation.open(SUBJECT, OBJECT, PARTICIPANT),
            VaultIntegrityException.class,
            "vault object tiktok-2026: manifest signature does not verify"),
        Arguments.of(
            "seal with a verify-only vault",
            (Failing)
                () -> verifyOnly.seal(SUBJECT, "new", new ByteArrayInputStream(three), metadata),
            ConfigurationException.class,
            "this vault has no organisation signing key to seal with"),
        Arguments.of(
            "open when the store fails",
            (Failing) () -> failingManifests.open(SUBJECT, OBJECT, PARTICIPANT),
            StorageException.class,
            "blob store failed to open the manifest of object tiktok-2026 of subject p-000123"),
        Arguments.of(
            "seal when the store cannot write",
            (Failing)
                () ->
                    failingWrites.seal(SUBJECT, OBJECT, new ByteArrayInputStream(three), metadata),
            StorageException.class,
            "blob store failed to create the data of object tiktok-2026 of subject p-000123"),
        Arguments.of(
            "envelope: seal an id that is taken",
            (Failing)
                () ->
                    envelope.seal(
                        SUBJECT,
                        "mandate",
                        new ByteArrayInputStream(three),
                        EnvelopeMetadata.idCopy("image/png")),
            AlreadyExistsException.class,
            "envelope document mandate already exists"),
        Arguments.of(
            "envelope: open a document that is not there",
            (Failing) () -> envelope.open(SUBJECT, "id-copy"),
            NotFoundException.class,
            "envelope document id-copy not found"),
        Arguments.of(
            "envelope: record the check of a document that is not there",
            (Failing) () -> envelope.recordIdChecked(SUBJECT, "id-copy"),
            NotFoundException.class,
            "envelope document id-copy not found"),
        Arguments.of(
            "envelope: the check of a mandate",
            (Failing) () -> envelope.recordIdChecked(SUBJECT, "mandate"),
            InvalidInputException.class,
            "documentId INVALID_VALUE (the document is not an ID copy)"),
        Arguments.of(
            "envelope: describe when the store fails",
            (Failing) () -> failingEnvelope.describe(SUBJECT, "mandate"),
            StorageException.class,
            "blob store failed to open the manifest of object mandate of subject p-000123"),
        Arguments.of(
            "unlock with a wrong passphrase",
            (Failing) () -> protectedKey.unlock("wrong".toCharArray()),
            WrongKeyException.class,
            "private key: wrong passphrase (or a damaged key file)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void failure_hasItsOwnUncheckedType(
      String what, Failing operation, Class<? extends InzageException> type, String message) {
    assertThatThrownBy(operation::run)
        .as(what)
        .isInstanceOf(type)
        .isInstanceOf(InzageException.class)
        .hasMessageContaining(message);
  }

  @Test
  void vaultIntegrityException_isACoreIntegrityException() {
    assertThat(new VaultIntegrityException("x")).isInstanceOf(IntegrityException.class);
  }

  @Test
  void storageException_wrapsTheIOException() throws IOException {
    BlobStore store = BlobStores.inMemory();
    sealedVault(store);
    Vault failing = TestVaults.vault(failingOn(BlobKind.MANIFEST, store));
    assertThatThrownBy(() -> failing.list(SUBJECT))
        .isInstanceOf(StorageException.class)
        .hasCauseInstanceOf(IOException.class)
        .hasMessageNotContaining("disk gone");
  }

  @Test
  void storageException_fromTheStreamOfAFailingStore() throws IOException {
    BlobStore store = BlobStores.inMemory();
    sealedVault(store);
    BlobStore failingData =
        new ForwardingBlobStore(store) {
          @Override
          public Optional<InputStream> open(BlobName name) throws IOException {
            Optional<InputStream> in = inner.open(name);
            if (name.kind() != BlobKind.DATA) {
              return in;
            }
            return Optional.of(
                new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new IOException("bad sector");
                  }
                });
          }
        };
    Vault vault = TestVaults.vault(failingData);
    assertThatThrownBy(() -> readAll(vault.open(SUBJECT, OBJECT, PARTICIPANT)))
        .isInstanceOf(StorageException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void seal_failingCallerStream_isTheCheckedIOExceptionAndLeavesNothing() throws IOException {
    BlobStore store = BlobStores.inMemory();
    Vault vault = TestVaults.vault(store);
    IOException own = new IOException("the caller's upload broke");
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw own;
          }
        };
    assertThatThrownBy(
            () -> vault.seal(SUBJECT, OBJECT, broken, SealMetadata.of(PARTICIPANT.publicKey())))
        .isSameAs(own);
    assertThat(store.list(SUBJECT)).isEmpty();
  }

  @Test
  void openTo_unwritableTarget_isTheCheckedIOException() throws IOException {
    Vault vault = sealedVault(BlobStores.inMemory());
    Path target = dir.resolve("missing-folder").resolve("out.bin");
    assertThatThrownBy(() -> vault.openTo(SUBJECT, OBJECT, PARTICIPANT, target))
        .isInstanceOf(IOException.class);
  }

  @Test
  void fileSystemStore_onAFile_isStorageException() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> BlobStores.fileSystem(file))
        .isInstanceOf(StorageException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void invalidInputMessage_keepsTheReason() {
    assertThat(
            new InvalidInputException(
                    "objectId", eu.inzage.core.ViolationCode.INVALID_VALUE, "no value here")
                .getMessage())
        .isEqualTo("invalid input: objectId INVALID_VALUE (no value here)");
  }
}
