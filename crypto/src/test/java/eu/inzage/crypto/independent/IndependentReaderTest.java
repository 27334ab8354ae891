package eu.inzage.crypto.independent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden fixtures open with {@link IndependentReader}, written from crypto/FORMAT.md alone,
 * byte for byte with the plaintexts and SHA-256 values that FORMAT.md section 13 documents.
 */
class IndependentReaderTest {
  private static final Path V1 = Path.of("src/test/resources/golden/v1");
  private static final Path V11 = Path.of("src/test/resources/golden/v1.1");
  private static final Path V12 = Path.of("src/test/resources/golden/v1.2");
  private static final String SUBJECT = "p-000123";

  // FORMAT.md 13: the plaintexts of the fixtures and their SHA-256
  private static final String HELLO =
      "21b48c9c314d9fc55c93d9903e5ccdeb513a06010f0505ac87268cb84b7d66e4";
  private static final String PATTERN =
      "e8ca4bf83f56152c01649f88bd7c91b15ae8137d9a709572e04fae55894ea75e";
  private static final String EMPTY =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String PASSPHRASE = "golden fixture passphrase";

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void v1_opensEveryObjectWithTheUnprotectedKey() throws Exception {
    Map<Long, byte[]> organisation =
        IndependentReader.organisationKeys(V1.resolve("organisation-public.json"));
    List<IndependentReader.HpkeKey> keys =
        IndependentReader.participantKeys(V1.resolve("participant-private.json"), null);
    Path store = V1.resolve("store");

    byte[] hello =
        IndependentReader.open(store, SUBJECT, "hello.txt", organisation, keys, null, null);
    assertThat(new String(hello, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("Hallo! Dit zijn de gegevens die TikTok over je heeft.\n");
    assertThat(sha256(hello)).isEqualTo(HELLO);
    byte[] pattern =
        IndependentReader.open(store, SUBJECT, "pattern.bin", organisation, keys, null, null);
    assertThat(pattern).hasSize(3000);
    for (int i = 0; i < pattern.length; i++) {
      assertThat(pattern[i] & 0xFF).isEqualTo(i % 251);
    }
    assertThat(sha256(pattern)).isEqualTo(PATTERN);
    assertThat(
            sha256(IndependentReader.open(store, SUBJECT, "empty", organisation, keys, null, null)))
        .isEqualTo(EMPTY);
  }

  @Test
  void v1_manifestsVerifyAndSayWhatFormatMdSays() throws Exception {
    Map<Long, byte[]> organisation =
        IndependentReader.organisationKeys(V1.resolve("organisation-public.json"));
    IndependentReader.Manifest hello =
        IndependentReader.manifest(V1.resolve("store"), SUBJECT, "hello.txt", organisation);
    assertThat(hello.plaintextSize()).isEqualTo(54);
    assertThat(hello.contentType()).isEqualTo("text/plain");
    assertThat(hello.controller()).isEqualTo("tiktok");
    assertThat(hello.createdAtMillis())
        .isEqualTo(java.time.Instant.parse("2026-11-28T06:00:00Z").toEpochMilli());
    assertThat(hello.recipientKeyId()).isEqualTo(1472585375L);
    assertThat("sha256:" + HexFormat.of().formatHex(hello.recipientFingerprint()))
        .isEqualTo("sha256:c8907085c2dbda1827298665018a12179e331a8a5d81099394b2276c62e429ad");
    IndependentReader.Manifest pattern =
        IndependentReader.manifest(V1.resolve("store"), SUBJECT, "pattern.bin", organisation);
    assertThat(pattern.contentType()).isEqualTo("application/octet-stream");
    assertThat(pattern.controller()).isEqualTo("zoom");
    IndependentReader.Manifest empty =
        IndependentReader.manifest(V1.resolve("store"), SUBJECT, "empty", organisation);
    assertThat(empty.controller()).isEmpty();
    assertThat(empty.ciphertextSize()).isEqualTo(40 + 16);
  }

  @Test
  void v1_protectedKeyUnlocksWithThePassphraseAndTheRecoveryKeyWithOrWithoutDashes()
      throws Exception {
    Map<Long, byte[]> organisation =
        IndependentReader.organisationKeys(V1.resolve("organisation-public.json"));
    String recovery = Files.readString(V1.resolve("recovery-key.txt")).strip();
    for (String secret : List.of(PASSPHRASE, recovery, recovery.replace("-", "").toLowerCase())) {
      List<IndependentReader.HpkeKey> keys =
          IndependentReader.participantKeys(
              V1.resolve("participant-private-protected.json"), secret);
      assertThat(
              sha256(
                  IndependentReader.open(
                      V1.resolve("store"), SUBJECT, "hello.txt", organisation, keys, null, null)))
          .isEqualTo(HELLO);
    }
    assertThatThrownBy(
            () ->
                IndependentReader.participantKeys(
                    V1.resolve("participant-private-protected.json"), "wrong passphrase"))
        .isInstanceOf(javax.crypto.AEADBadTagException.class);
  }

  @Test
  void v11_layeredKeySlotsOfARotatedKeyset_withTheShredKey() throws Exception {
    Map<Long, byte[]> organisation =
        IndependentReader.organisationKeys(V11.resolve("organisation-public.json"));
    List<IndependentReader.HpkeKey> keys =
        IndependentReader.participantKeys(V11.resolve("participant-private.json"), null);
    assertThat(keys).extracting(IndependentReader.HpkeKey::enabled).containsExactly(false, true);
    Map<Long, byte[]> keks = IndependentReader.keyEncryptionKeys(V11.resolve("kek.json"));
    byte[] shredKey = IndependentReader.shredKey(V11.resolve("shred-keys"), SUBJECT, keks);
    Path store = V11.resolve("store");

    assertThat(
            sha256(
                IndependentReader.open(
                    store, SUBJECT, "before-rotation", organisation, keys, shredKey, null)))
        .isEqualTo(HELLO);
    assertThat(
            sha256(
                IndependentReader.open(
                    store, SUBJECT, "after-rotation", organisation, keys, shredKey, null)))
        .isEqualTo(PATTERN);
    // manifest field 10 names the key the object was first sealed to: now the DISABLED one
    IndependentReader.Manifest before =
        IndependentReader.manifest(store, SUBJECT, "before-rotation", organisation);
    IndependentReader.HpkeKey disabled = keys.get(0);
    assertThat(before.recipientKeyId()).isEqualTo(disabled.keyId());
    assertThat(before.recipientFingerprint())
        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(disabled.publicKey()));
  }

  @Test
  void v11_envelopeDocumentUnderTheRotatedKek() throws Exception {
    Map<Long, byte[]> keks = IndependentReader.keyEncryptionKeys(V11.resolve("kek.json"));
    assertThat(
            sha256(
                IndependentReader.openEnvelope(V11.resolve("envelope"), SUBJECT, "mandate", keks)))
        .isEqualTo(HELLO);
  }

  @Test
  void v12_releasedKeySlotsOpenWithoutTheShredKey_andTheKekFileHasItsWrapper() throws Exception {
    Map<Long, byte[]> organisation =
        IndependentReader.organisationKeys(V12.resolve("organisation-public.json"));
    List<IndependentReader.HpkeKey> keys =
        IndependentReader.participantKeys(V12.resolve("participant-private.json"), null);
    Path store = V12.resolve("store");
    Path released = V12.resolve("released");

    assertThat(
            sha256(
                IndependentReader.open(
                    store, SUBJECT, "hello.txt", organisation, keys, null, released)))
        .isEqualTo(HELLO);
    assertThat(
            sha256(
                IndependentReader.open(
                    store, SUBJECT, "pattern.bin", organisation, keys, null, released)))
        .isEqualTo(PATTERN);
    Map<Long, byte[]> keks = IndependentReader.keyEncryptionKeys(V12.resolve("kek.json"));
    byte[] shredKey = IndependentReader.shredKey(V12.resolve("shred-keys"), SUBJECT, keks);
    assertThat(
            sha256(
                IndependentReader.open(
                    store, SUBJECT, "hello.txt", organisation, keys, shredKey, null)))
        .isEqualTo(HELLO);
    assertThatThrownBy(
            () ->
                IndependentReader.open(store, SUBJECT, "hello.txt", organisation, keys, null, null))
        .hasMessageContaining("shred layer");
  }
}
