package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.FAST_ARGON2;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticipantKeysTest {
  private static final char[] PASS = "correct horse battery staple".toCharArray();

  @Test
  void publicKey_jsonRoundTrip_keepsFingerprintAndKeyId() {
    ParticipantPublicKey key = PARTICIPANT.publicKey();
    ParticipantPublicKey read = ParticipantPublicKey.fromJson(key.toJson());
    assertThat(read.fingerprint()).isEqualTo(key.fingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(read.keyId()).isEqualTo(key.keyId());
    assertThat(key.toJson()).contains("\"format\" : \"inzage-participant-public-key\"");
  }

  @Test
  void publicKey_wrongFingerprint_isRejected() {
    String json =
        PARTICIPANT
            .publicKey()
            .toJson()
            .replace(PARTICIPANT.fingerprint(), "sha256:" + "0".repeat(64));
    assertThatThrownBy(() -> ParticipantPublicKey.fromJson(json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("fingerprint");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json|(document)",
        "[]|(document)",
        "{\"format\":\"x\",\"version\":1}|format",
        "{\"format\":\"inzage-participant-public-key\",\"version\":2}|version",
        "{\"format\":\"inzage-participant-public-key\",\"version\":1}|keyset",
        "{\"format\":\"inzage-participant-public-key\",\"version\":1,\"keyset\":{\"primaryKeyId\":1}}|keyset"
      })
  void publicKey_malformedFile_namesTheField(String json, String field) {
    assertThatThrownBy(() -> ParticipantPublicKey.fromJson(json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(field);
  }

  @Test
  void privateKey_unprotectedRoundTrip_opensWhatWasSealed() throws IOException {
    ParticipantPrivateKey read = ParticipantPrivateKey.read(PARTICIPANT.toUnprotectedJson(), null);
    assertThat(read.fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThat(ParticipantPrivateKey.isProtected(PARTICIPANT.toUnprotectedJson())).isFalse();
    BlobStore store = BlobStores.inMemory();
    Vault vault = TestVaults.vault(store);
    vault.seal(
        "p", "o", new ByteArrayInputStream(new byte[] {1, 2}), SealMetadata.of(read.publicKey()));
    assertThat(TestVaults.readAll(vault.open("p", "o", read))).containsExactly(1, 2);
  }

  @Test
  void privateKey_toString_redactsTheKey() {
    assertThat(PARTICIPANT.toString())
        .contains(PARTICIPANT.fingerprint())
        .contains("redacted")
        .doesNotContain("keyset");
  }

  @Test
  void protect_passphrase_unlocksTheSameKey() {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    String json = p.protectedKey().toJson();
    assertThat(json).doesNotContain("\"value\"").contains("argon2id");
    assertThat(ParticipantPrivateKey.isProtected(json)).isTrue();
    ParticipantPrivateKey unlocked = ProtectedPrivateKey.fromJson(json).unlock(PASS);
    assertThat(unlocked.fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThat(ParticipantPrivateKey.read(json, PASS).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
  }

  @Test
  void protect_recoveryKey_unlocksTheSameKey() {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    String recovery = p.recoveryKey().reveal();
    assertThat(recovery).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){12}");
    assertThat(p.recoveryKey().toString()).doesNotContain(recovery.substring(0, 4) + "-");
    ProtectedPrivateKey key = ProtectedPrivateKey.fromJson(p.protectedKey().toJson());
    assertThat(key.unlockWithRecoveryKey(RecoveryKey.parse(recovery.toLowerCase())).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
    assertThat(
            ParticipantPrivateKey.read(p.protectedKey().toJson(), recovery.toCharArray())
                .fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
  }

  @Test
  void unlock_wrongPassphraseOrRecoveryKey_isIntegrityFailure() {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    assertThatThrownBy(() -> p.protectedKey().unlock("wrong".toCharArray()))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("passphrase");
    RecoveryKey other = PARTICIPANT.protect(PASS, FAST_ARGON2).recoveryKey();
    assertThatThrownBy(() -> p.protectedKey().unlockWithRecoveryKey(other))
        .isInstanceOf(VaultIntegrityException.class)
        .hasMessageContaining("recovery");
  }

  @Test
  void read_protectedWithoutSecret_asksForThePassphrase() {
    String json = PARTICIPANT.protect(PASS, FAST_ARGON2).protectedKey().toJson();
    assertThatThrownBy(() -> ParticipantPrivateKey.read(json, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("passphrase");
  }

  @Test
  void changePassphrase_newOpensOldFailsRecoveryStillWorks() {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    char[] next = "a new passphrase".toCharArray();
    ProtectedPrivateKey changed =
        p.protectedKey().changePassphrase(PASS, next, new Argon2Parameters(128, 2, 1));
    assertThat(changed.argon2Parameters()).isEqualTo(new Argon2Parameters(128, 2, 1));
    ProtectedPrivateKey reread = ProtectedPrivateKey.fromJson(changed.toJson());
    assertThat(reread.unlock(next).fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThatThrownBy(() -> reread.unlock(PASS)).isInstanceOf(VaultIntegrityException.class);
    assertThat(reread.unlockWithRecoveryKey(p.recoveryKey()).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
    assertThatThrownBy(
            () -> p.protectedKey().changePassphrase("bad".toCharArray(), next, FAST_ARGON2))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void resetPassphrase_withRecoveryKey_setsANewPassphrase() {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    char[] next = "after losing it".toCharArray();
    ProtectedPrivateKey reset =
        p.protectedKey().resetPassphrase(p.recoveryKey(), next, FAST_ARGON2);
    assertThat(reset.unlock(next).fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
  }

  @ParameterizedTest
  @CsvSource({"\"memoryKiB\" : 64,memoryKiB", "\"salt\" : \",salt"})
  void unlock_tamperedProtectedFile_isIntegrityFailureOrInvalid(String needle, String field) {
    String json = PARTICIPANT.protect(PASS, FAST_ARGON2).protectedKey().toJson();
    String tampered =
        needle.startsWith("\"memoryKiB\"")
            ? json.replace(needle, "\"memoryKiB\" : 72")
            : json.replace(needle, needle + "AAAA");
    assertThat(tampered).isNotEqualTo(json);
    assertThatThrownBy(() -> ProtectedPrivateKey.fromJson(tampered).unlock(PASS))
        .isInstanceOfAny(VaultIntegrityException.class, InvalidInputException.class);
  }

  @Test
  void defaults_argon2_areTheDesignedCost() {
    assertThat(Argon2Parameters.DEFAULT).isEqualTo(new Argon2Parameters(65536, 3, 4));
  }

  @Test
  void protect_defaultArgon2_roundTrips() {
    PassphraseProtection p = PARTICIPANT.protect(PASS, Argon2Parameters.DEFAULT);
    assertThat(p.protectedKey().toJson()).contains("\"memoryKiB\" : 65536");
    assertThat(p.protectedKey().unlock(PASS).fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
  }

  @ParameterizedTest
  @CsvSource({
    "7,1,1,memoryKiB",
    "4194305,1,1,memoryKiB",
    "64,0,1,iterations",
    "64,65,1,iterations",
    "64,1,0,parallelism",
    "64,1,65,parallelism",
    "16,1,4,memoryKiB"
  })
  void argon2Parameters_outOfRange_namesTheField(int m, int t, int p, String field) {
    assertThatThrownBy(() -> new Argon2Parameters(m, t, p))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(field);
  }

  @Test
  void recoveryKey_malformed_isRejected() {
    assertThatThrownBy(() -> RecoveryKey.parse("ABCD-EFGH"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("recoveryKey");
  }

  @Test
  void organisationKeys_jsonRoundTrip_keepTheFingerprint() {
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    OrganisationSigningKey read =
        OrganisationSigningKey.fromUnprotectedJson(key.toUnprotectedJson());
    assertThat(read.publicKey().fingerprint()).isEqualTo(key.publicKey().fingerprint());
    assertThat(OrganisationPublicKey.fromJson(key.publicKey().toJson()).fingerprint())
        .isEqualTo(key.publicKey().fingerprint());
    assertThat(key.toString()).contains("redacted");
  }
}
