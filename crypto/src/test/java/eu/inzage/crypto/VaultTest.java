package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.CLOCK;
import static eu.inzage.crypto.TestVaults.ORGANISATION;
import static eu.inzage.crypto.TestVaults.OTHER_PARTICIPANT;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static eu.inzage.crypto.TestVaults.vault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VaultTest {
  @TempDir Path dir;

  private final BlobStore store = BlobStores.inMemory();
  private final Vault vault = vault(store);

  private SealedObject seal(String subject, String object, byte[] bytes) throws IOException {
    return vault.seal(
        subject,
        object,
        new ByteArrayInputStream(bytes),
        new SealMetadata(PARTICIPANT.publicKey(), "application/zip", "tiktok"));
  }

  // sizes around the first segment (1 MiB - 40 header - 16 tag) and later segment boundaries
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4096, 1048519, 1048520, 1048521, 2097096, 2097097, 3 * 1048576 + 7})
  void seal_thenOpen_returnsTheSameBytes(int size) throws IOException {
    byte[] plain = content(size, size);
    SealedObject sealed = seal("p-000123", "export.zip", plain);
    assertThat(sealed.plaintextSize()).isEqualTo(size);
    assertThat(sealed.ciphertextSize()).isEqualTo(store.size(blob(BlobKind.DATA)).getAsLong());
    assertThat(readAll(vault.open("p-000123", "export.zip", PARTICIPANT))).isEqualTo(plain);
  }

  private static BlobName blob(BlobKind kind) {
    return new BlobName("p-000123", "export.zip", kind);
  }

  @Test
  void seal_always_recordsMetadataFromTheClockAndKey() throws IOException {
    SealedObject sealed = seal("p-000123", "export.zip", content(10, 1));
    assertThat(sealed.subject()).isEqualTo("p-000123");
    assertThat(sealed.objectId()).isEqualTo("export.zip");
    assertThat(sealed.contentType()).isEqualTo("application/zip");
    assertThat(sealed.controller()).isEqualTo("tiktok");
    assertThat(sealed.createdAt()).isEqualTo(CLOCK.instant());
    assertThat(sealed.recipientFingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThat(sealed.recipientKeyId()).isEqualTo(PARTICIPANT.publicKey().keyId());
    assertThat(sealed.ciphertextSize()).isEqualTo(10 + 40 + 16);
  }

  @Test
  void seal_storesNoPlaintext() throws IOException {
    byte[] plain = "Zoë Ångström, zoe@example.org, ".repeat(100).getBytes();
    seal("p-000123", "export.zip", plain);
    for (BlobName name : store.list("p-000123")) {
      byte[] stored = readAll(store.open(name).orElseThrow());
      assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain("zoe@example.org");
    }
  }

  @Test
  void seal_sameObjectTwice_isAlreadyExistsAndKeepsTheFirst() throws IOException {
    seal("p-000123", "export.zip", content(10, 1));
    assertThatThrownBy(() -> seal("p-000123", "export.zip", content(10, 2)))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("sealed object export.zip already exists");
    assertThat(readAll(vault.open("p-000123", "export.zip", PARTICIPANT)))
        .isEqualTo(content(10, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../p", "p/1", "", ".p", "p 1"})
  void seal_malformedIds_areRejectedNamingTheField(String id) {
    assertThatThrownBy(() -> seal(id, "o", new byte[1]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> seal("p", id, new byte[1]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("objectId");
  }

  @Test
  void seal_failingInput_leavesNothingBehind() {
    InputStream failing =
        new InputStream() {
          private int left = 3 * 1024 * 1024;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
              throw new IOException("disk gone");
            }
            int n = Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 7);
            left -= n;
            return n;
          }
        };
    assertThatThrownBy(
            () -> vault.seal("p-1", "o-1", failing, SealMetadata.of(PARTICIPANT.publicKey())))
        .isInstanceOf(IOException.class);
    assertThat(storeList("p-1")).isEmpty();
  }

  private java.util.List<BlobName> storeList(String subject) {
    try {
      return store.list(subject);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void open_missingObject_isNotFound() {
    assertThatThrownBy(() -> vault.open("p-1", "none", PARTICIPANT))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("sealed object none not found");
  }

  @Test
  void open_wrongPrivateKey_isWrongKey() throws IOException {
    seal("p-000123", "export.zip", content(10, 1));
    assertThatThrownBy(() -> vault.open("p-000123", "export.zip", OTHER_PARTICIPANT))
        .isInstanceOf(WrongKeyException.class)
        .hasMessageContaining("export.zip");
  }

  @Test
  void open_pinnedOtherOrganisationKey_isIntegrityFailure() throws IOException {
    seal("p-000123", "export.zip", content(10, 1));
    Vault pinned =
        Vault.builder()
            .store(store)
            .clock(CLOCK)
            .organisationKey(OrganisationSigningKey.generate().publicKey())
            .build();
    assertThatThrownBy(() -> pinned.open("p-000123", "export.zip", PARTICIPANT))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("signature");
  }

  @Test
  void open_pinnedRightOrganisationKey_opens() throws IOException {
    seal("p-000123", "export.zip", content(10, 1));
    Vault pinned =
        Vault.builder().store(store).clock(CLOCK).organisationKey(ORGANISATION.publicKey()).build();
    assertThat(readAll(pinned.open("p-000123", "export.zip", PARTICIPANT)))
        .isEqualTo(content(10, 1));
  }

  @Test
  void openTo_file_writesThePlaintextAndNoTemporary() throws IOException {
    byte[] plain = content(2 * 1024 * 1024, 5);
    seal("p-000123", "export.zip", plain);
    Path target = dir.resolve("out.zip");
    SealedObject object = vault.openTo("p-000123", "export.zip", PARTICIPANT, target);
    assertThat(object.plaintextSize()).isEqualTo(plain.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(plain);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void list_subject_describesEveryObjectWithoutKeys() throws IOException {
    seal("p-000123", "b", content(3, 1));
    seal("p-000123", "a", content(5, 1));
    seal("p-other", "c", content(5, 1));
    Vault verifyOnly =
        Vault.builder().store(store).clock(CLOCK).organisationKey(ORGANISATION.publicKey()).build();
    assertThat(verifyOnly.list("p-000123"))
        .extracting(SealedObject::objectId, SealedObject::plaintextSize)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 5L),
            org.assertj.core.groups.Tuple.tuple("b", 3L));
    assertThat(vault.list("nobody")).isEmpty();
  }

  @Test
  void seal_verifyOnlyVault_isRefused() {
    Vault verifyOnly =
        Vault.builder().store(store).clock(CLOCK).organisationKey(ORGANISATION.publicKey()).build();
    assertThatThrownBy(
            () ->
                verifyOnly.seal(
                    "p",
                    "o",
                    new ByteArrayInputStream(new byte[1]),
                    SealMetadata.of(PARTICIPANT.publicKey())))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void builder_missingParts_areNamed() {
    assertThatThrownBy(() -> Vault.builder().clock(CLOCK).signingKey(ORGANISATION).build())
        .hasMessageContaining("store");
    assertThatThrownBy(() -> Vault.builder().store(store).signingKey(ORGANISATION).build())
        .hasMessageContaining("clock");
    Vault keyless = Vault.builder().store(store).clock(CLOCK).build();
    assertThatThrownBy(() -> keyless.describe("p", "o"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zip", "text/plain\n", "a/b c"})
  void metadata_malformedContentType_isRejected(String type) {
    assertThatThrownBy(() -> new SealMetadata(PARTICIPANT.publicKey(), type, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contentType");
  }

  @Test
  void metadata_malformedController_isRejected() {
    assertThatThrownBy(() -> new SealMetadata(PARTICIPANT.publicKey(), null, "../x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("controller");
  }

  @Test
  void warmUp_budget_processesBytesWithinBudget() {
    WarmUpReport report = Vault.warmUp(Duration.ofMillis(50));
    assertThat(report.bytes()).isPositive();
    assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(30));
  }
}
