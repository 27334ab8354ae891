package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.CLOCK;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static eu.inzage.crypto.TestVaults.content;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's signing key held under a KMS key through Tink's {@link KmsClient}: the file
 * holds only the keyset encrypted by the KMS, reading it asks the KMS, and a vault sealed with the
 * key opens under the pinned public key.
 */
class KmsSigningKeyTest {
  @TempDir Path dir;

  private String kekUri(String name) throws Exception {
    Path kek = dir.resolve(name);
    LocalKeyEncryptionKeys.generate().writeUnprotected(kek);
    return LocalKmsClient.uri(kek);
  }

  /** A KMS client that records every call, over the local one. */
  private static final class RecordingKms implements KmsClient {
    final List<String> calls = new ArrayList<>();
    private final KmsClient inner = new LocalKmsClient();

    @Override
    public boolean doesSupport(String keyUri) {
      return inner.doesSupport(keyUri);
    }

    @Override
    public KmsClient withCredentials(String credentialPath) {
      return this;
    }

    @Override
    public KmsClient withDefaultCredentials() {
      return this;
    }

    @Override
    public Aead getAead(String keyUri) throws GeneralSecurityException {
      Aead aead = inner.getAead(keyUri);
      return new Aead() {
        @Override
        public byte[] encrypt(byte[] plaintext, byte[] ad) throws GeneralSecurityException {
          calls.add("encrypt");
          return aead.encrypt(plaintext, ad);
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] ad) throws GeneralSecurityException {
          calls.add("decrypt");
          return aead.decrypt(ciphertext, ad);
        }
      };
    }
  }

  @Test
  void writeAndRead_throughTheKms_sameKeyAndTheFileHoldsNoKey() throws Exception {
    String uri = kekUri("kek.json");
    RecordingKms kms = new RecordingKms();
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    Path file = dir.resolve("organisation-signing-key.json");

    key.write(file, kms, uri);
    OrganisationSigningKey read = OrganisationSigningKey.read(file, kms);

    assertThat(kms.calls).containsExactly("encrypt", "decrypt");
    assertThat(read.publicKey().fingerprint()).isEqualTo(key.publicKey().fingerprint());
    String json = Files.readString(file);
    assertThat(json)
        .contains("\"protection\" : \"kms\"")
        .contains("\"kmsKeyUri\" : \"" + uri + "\"")
        .contains(key.publicKey().fingerprint());
    // the unprotected file of the same key carries the raw key; none of its key text is here
    Path raw = dir.resolve("raw.json");
    key.writeUnprotected(raw);
    String keyValue = rawKeyValue(Files.readString(raw));
    assertThat(json).doesNotContain(keyValue);
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  /** The base64 of the Ed25519 private key inside an unprotected key file's Tink JSON. */
  private static String rawKeyValue(String unprotected) throws Exception {
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(unprotected);
    String value = node.findValue("key").get(0).get("keyData").get("value").asText();
    assertThat(value).hasSizeGreaterThan(40);
    return value;
  }

  @Test
  void sealWithTheKmsKey_opensPinnedToItsPublicKey() throws Exception {
    Path file = dir.resolve("signing.json");
    OrganisationSigningKey.generate().write(file, new LocalKmsClient(), kekUri("kek.json"));
    OrganisationSigningKey key = OrganisationSigningKey.read(file, new LocalKmsClient());
    BlobStore store = BlobStores.inMemory();
    byte[] plain = content(5000, 7);

    Vault.builder()
        .store(store)
        .clock(CLOCK)
        .signingKey(key)
        .build()
        .seal(
            "p-1",
            "export.zip",
            new ByteArrayInputStream(plain),
            SealMetadata.of(PARTICIPANT.publicKey()));
    Vault pinned =
        Vault.builder().store(store).clock(CLOCK).organisationKey(key.publicKey()).build();

    assertThat(readAll(pinned.open("p-1", "export.zip", PARTICIPANT))).isEqualTo(plain);
  }

  @Test
  void read_anotherKmsKey_isWrongKey() throws Exception {
    Path file = dir.resolve("signing.json");
    OrganisationSigningKey.generate().write(file, new LocalKmsClient(), kekUri("kek.json"));
    // the KEK file is replaced by another key under the same URI: the KMS cannot decrypt
    Files.delete(dir.resolve("kek.json"));
    kekUri("kek.json");

    assertThatThrownBy(() -> OrganisationSigningKey.read(file, new LocalKmsClient()))
        .isInstanceOf(WrongKeyException.class)
        .hasMessageNotContaining(dir.toString());
  }

  @Test
  void read_changedFingerprint_isWrongKey() throws Exception {
    Path file = dir.resolve("signing.json");
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    key.write(file, new LocalKmsClient(), kekUri("kek.json"));
    String other = OrganisationSigningKey.generate().publicKey().fingerprint();
    Files.writeString(file, Files.readString(file).replace(key.publicKey().fingerprint(), other));

    // the fingerprint is the associated data of the encrypted keyset: changing it fails to decrypt
    assertThatThrownBy(() -> OrganisationSigningKey.read(file, new LocalKmsClient()))
        .isInstanceOf(WrongKeyException.class);
  }

  @Test
  void uriTheClientDoesNotSupport_isInvalidInputAtKmsKeyUri() throws Exception {
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    Path file = dir.resolve("signing.json");

    assertThatThrownBy(
            () -> key.write(file, new LocalKmsClient(), "gcp-kms://projects/p/cryptoKeys/k"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("kmsKeyUri"));
    assertThat(file).doesNotExist();
    assertThatThrownBy(
            () -> key.write(file, new LocalKmsClient(), LocalKmsClient.uri(dir.resolve("none"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("kmsKeyUri"));
    assertThat(file).doesNotExist();
  }

  @Test
  void otherReaders_refuseAKmsFileAtProtection_andTheKmsReaderRefusesOthers() throws Exception {
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    Path kms = dir.resolve("kms.json");
    key.write(kms, new LocalKmsClient(), kekUri("kek.json"));
    Path raw = dir.resolve("raw.json");
    key.writeUnprotected(raw);

    for (var call :
        List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            () -> OrganisationSigningKey.readUnprotected(kms),
            () -> OrganisationSigningKey.read(kms, "pass".toCharArray()),
            () -> OrganisationSigningKey.read(raw, new LocalKmsClient()))) {
      assertThatThrownBy(call)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("protection"));
    }
  }

  @Test
  void localKmsClient_supportsOnlyItsOwnUris() {
    LocalKmsClient client = new LocalKmsClient();

    assertThat(client.doesSupport("inzage-kek:///etc/kek.json")).isTrue();
    assertThat(client.doesSupport("inzage-kek://")).isFalse();
    assertThat(client.doesSupport("aws-kms://arn:aws:kms:eu-west-1:1:key/k")).isFalse();
    assertThat(client.doesSupport(null)).isFalse();
    assertThat(LocalKmsClient.uri(Path.of("/a/../b/kek.json")))
        .isEqualTo("inzage-kek:///b/kek.json");
  }
}
