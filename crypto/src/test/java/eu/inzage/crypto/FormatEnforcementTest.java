package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.ORGANISATION;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.json;
import static eu.inzage.crypto.TestVaults.readAll;
import static eu.inzage.crypto.TestVaults.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.subtle.Hkdf;
import eu.inzage.core.InvalidInputException;
import eu.inzage.crypto.blob.BlobKind;
import eu.inzage.crypto.blob.BlobName;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.crypto.internal.AssociatedData;
import eu.inzage.crypto.internal.GuardedBlobStore;
import eu.inzage.crypto.internal.KeySlot;
import eu.inzage.crypto.internal.Manifest;
import eu.inzage.crypto.internal.SegmentedStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The reader enforces what crypto/FORMAT.md 1.2 requires of a key slot, a data blob and a key file
 * (issue 12): each case below was accepted before 1.2.
 */
class FormatEnforcementTest {
  private static final String SUBJECT = "p-1";
  private static final String OBJECT = "export";
  private static final int FIRST_SEGMENT_PLAINTEXT = (1 << 20) - 40 - 16;

  private static BlobName name(BlobKind kind) {
    return new BlobName(SUBJECT, OBJECT, kind);
  }

  private static GuardedBlobStore sealed(byte[] content, ParticipantPublicKey recipient)
      throws Exception {
    BlobStore store = BlobStores.inMemory();
    TestVaults.vault(store)
        .seal(SUBJECT, OBJECT, new ByteArrayInputStream(content), SealMetadata.of(recipient));
    return GuardedBlobStore.of(store);
  }

  private static KeySlot slot(GuardedBlobStore store) throws Exception {
    return KeySlot.decode(store.read(name(BlobKind.KEY_SLOT), 1 << 16).orElseThrow());
  }

  private static void replaceSlot(GuardedBlobStore store, List<KeySlot.Entry> entries) {
    store.delete(name(BlobKind.KEY_SLOT));
    store.write(name(BlobKind.KEY_SLOT), new KeySlot(entries).encode());
  }

  @Test
  void open_keySlotListingOneKeyTwice_isIntegrityFailure() throws Exception {
    GuardedBlobStore store = sealed(new byte[] {1, 2, 3}, PARTICIPANT.publicKey());
    KeySlot.Entry entry = slot(store).entries().get(0);
    replaceSlot(store, List.of(entry, entry));

    Vault vault = TestVaults.vault(store);
    assertThatThrownBy(() -> vault.open(SUBJECT, OBJECT, PARTICIPANT))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("key slot is malformed");
  }

  @Test
  void open_wrappedKeyIdDifferentFromTheEntrysKeyId_isIntegrityFailure() throws Exception {
    // two enabled keys: the data key is wrapped to the old one, the entry claims the new one
    ParticipantPrivateKey rotated = PARTICIPANT.rotate();
    GuardedBlobStore store = sealed(new byte[] {1, 2, 3}, PARTICIPANT.publicKey());
    KeySlot.Entry entry = slot(store).entries().get(0);
    ParticipantPublicKey claimed = rotated.publicKey();
    replaceSlot(
        store,
        List.of(new KeySlot.Entry(claimed.keyId(), claimed.fingerprintBytes(), entry.wrapped())));

    Vault vault = TestVaults.vault(store);
    assertThatThrownBy(() -> vault.open(SUBJECT, OBJECT, rotated))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("key slot is malformed");
  }

  @Test
  void open_streamEndingInAnEmptySegmentAfterAFullOne_isIntegrityFailure() throws Exception {
    byte[] content = TestVaults.content(FIRST_SEGMENT_PLAINTEXT, 7);
    GuardedBlobStore store = sealed(content, PARTICIPANT.publicKey());
    byte[] ad = AssociatedData.of(1, SUBJECT, OBJECT);
    byte[] dataKey = PARTICIPANT.decrypter().decrypt(slot(store).entries().get(0).wrapped(), ad);
    byte[] blob = store.read(name(BlobKind.DATA), 1 << 21).orElseThrow();
    assertThat(blob).hasSize(1 << 20); // one full segment, marked last

    // the same plaintext as a full segment that is not the last, then an empty last segment
    byte[] header = java.util.Arrays.copyOf(blob, 40);
    byte[] salt = java.util.Arrays.copyOfRange(header, 1, 33);
    byte[] prefix = java.util.Arrays.copyOfRange(header, 33, 40);
    SecretKeySpec key =
        new SecretKeySpec(Hkdf.computeHkdf("HMACSHA256", dataKey, salt, ad, 32), "AES");
    ByteArrayOutputStream forged = new ByteArrayOutputStream();
    forged.write(header);
    forged.write(segment(key, prefix, 0, false, content));
    forged.write(segment(key, prefix, 1, true, new byte[0]));
    byte[] forgedBlob = forged.toByteArray();
    // what the reader does on its own: a decrypting stream over the forged blob
    assertThatThrownBy(
            () ->
                readAll(SegmentedStream.decrypt(new ByteArrayInputStream(forgedBlob), dataKey, ad)))
        .isInstanceOf(SegmentedStream.AuthenticationException.class)
        .hasMessageContaining("empty");

    // and a whole object whose manifest the organisation signed for that blob
    Manifest manifest =
        Manifest.decode(
            Manifest.split(store.read(name(BlobKind.MANIFEST), 1 << 16).orElseThrow()).body());
    Manifest resigned =
        new Manifest(
            manifest.formatVersion(),
            manifest.subject(),
            manifest.objectId(),
            manifest.plaintextSize(),
            forgedBlob.length,
            manifest.segmentSize(),
            manifest.streamHeader(),
            manifest.keyCommitment(),
            manifest.recipientKeyId(),
            manifest.recipientFingerprint(),
            manifest.contentType(),
            manifest.controller(),
            manifest.createdAt());
    byte[] body = resigned.body();
    store.delete(name(BlobKind.MANIFEST));
    store.delete(name(BlobKind.DATA));
    store.write(name(BlobKind.DATA), forgedBlob);
    store.write(
        name(BlobKind.MANIFEST),
        Manifest.file(body, ORGANISATION.signer().sign(Manifest.signatureInput(body))));

    Vault vault = TestVaults.vault(store);
    assertThatThrownBy(() -> readAll(vault.open(SUBJECT, OBJECT, PARTICIPANT)))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void open_emptyPlaintext_isOneEmptySegmentAndOpens() throws Exception {
    GuardedBlobStore store = sealed(new byte[0], PARTICIPANT.publicKey());
    assertThat(store.read(name(BlobKind.DATA), 1 << 16).orElseThrow()).hasSize(40 + 16);
    assertThat(readAll(TestVaults.vault(store).open(SUBJECT, OBJECT, PARTICIPANT))).isEmpty();
  }

  private static byte[] segment(
      SecretKeySpec key, byte[] prefix, int index, boolean last, byte[] plaintext)
      throws Exception {
    byte[] nonce =
        ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    return cipher.doFinal(plaintext);
  }

  /** A key file whose {@code keyId} names another key than its keyset's primary. */
  private static String withKeyId(String json, long keyId) {
    return json.replaceFirst("\"keyId\" : \\d+", "\"keyId\" : " + keyId);
  }

  @Test
  void read_keyFilesWhoseKeyIdIsNotThePrimarys_areInvalidInput() throws Exception {
    long other = PARTICIPANT.publicKey().keyId() ^ 1;
    List<Runnable> readers = new ArrayList<>();
    String unprotected = withKeyId(json(PARTICIPANT::writeUnprotected), other);
    String publicKey = withKeyId(json(PARTICIPANT.publicKey()::write), other);
    readers.add(
        () -> {
          try {
            ParticipantPrivateKey.readUnprotected(stream(unprotected));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    readers.add(
        () -> {
          try {
            ParticipantPublicKey.read(stream(publicKey));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    for (Runnable reader : readers) {
      assertThatThrownBy(reader::run)
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).violations().get(0).field())
                      .isEqualTo("keyId"));
    }
  }

  @Test
  void keyEncryptionKeys_areAKeyFileWithFormatVersionAndKeyId() throws Exception {
    LocalKeyEncryptionKeys keys = LocalKeyEncryptionKeys.generate().rotate();
    String file = json(keys::writeUnprotected);
    com.fasterxml.jackson.databind.JsonNode node =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(file);

    assertThat(node.path("format").asText()).isEqualTo("inzage-key-encryption-keys");
    assertThat(node.path("version").asInt()).isEqualTo(1);
    assertThat(node.path("protection").asText()).isEqualTo("none");
    assertThat(node.path("keyId").asLong())
        .isEqualTo(node.path("keyset").path("primaryKeyId").asLong());
    byte[] wrapped = keys.wrap(new byte[32], new byte[] {1});
    LocalKeyEncryptionKeys read = LocalKeyEncryptionKeys.readUnprotected(stream(file));
    assertThat(read.unwrap(wrapped, new byte[] {1})).isEqualTo(new byte[32]);
    assertThat(read.size()).isEqualTo(2);

    String wrongKeyId = withKeyId(file, node.path("keyId").asLong() ^ 1);
    assertThatThrownBy(() -> LocalKeyEncryptionKeys.readUnprotected(stream(wrongKeyId)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("keyId");
  }

  @Test
  void recoveryKey_withoutDashesAndInLowerCase_unlocksTheGoldenKey() throws Exception {
    java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/v1");
    String grouped = java.nio.file.Files.readString(golden.resolve("recovery-key.txt")).strip();
    String bare = grouped.replace("-", "").toLowerCase(java.util.Locale.ROOT);

    assertThat(RecoveryKey.looksLike(bare)).isTrue();
    assertThat(RecoveryKey.parse(bare).reveal()).isEqualTo(grouped);
    assertThat(
            ParticipantPrivateKey.read(
                    golden.resolve("participant-private-protected.json"), bare.toCharArray())
                .fingerprint())
        .isEqualTo(
            ParticipantPublicKey.read(golden.resolve("participant-public.json")).fingerprint());
  }
}
