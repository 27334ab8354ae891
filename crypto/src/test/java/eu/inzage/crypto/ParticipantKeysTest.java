package eu.inzage.crypto;

import static eu.inzage.crypto.TestVaults.FAST_ARGON2;
import static eu.inzage.crypto.TestVaults.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.WrongKeyException;
import eu.inzage.crypto.blob.BlobStore;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticipantKeysTest {
  private static final char[] PASS = "correct horse battery staple".toCharArray();

  private static String json(TestVaults.KeyWriter writer) throws IOException {
    return TestVaults.json(writer);
  }

  private static InputStream in(String json) {
    return TestVaults.stream(json);
  }

  @Test
  void publicKey_streamRoundTrip_keepsFingerprintAndKeyId() throws IOException {
    ParticipantPublicKey key = PARTICIPANT.publicKey();
    ParticipantPublicKey read = ParticipantPublicKey.read(in(json(key::write)));
    assertThat(read.fingerprint()).isEqualTo(key.fingerprint()).matches("sha256:[0-9a-f]{64}");
    assertThat(read.keyId()).isEqualTo(key.keyId());
    assertThat(json(key::write)).contains("\"format\" : \"inzage-participant-public-key\"");
  }

  @Test
  void publicKey_wrongFingerprint_isRejected() throws IOException {
    String json =
        json(PARTICIPANT.publicKey()::write)
            .replace(PARTICIPANT.fingerprint(), "sha256:" + "0".repeat(64));
    assertThatThrownBy(() -> ParticipantPublicKey.read(in(json)))
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
    assertThatThrownBy(() -> ParticipantPublicKey.read(in(json)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(field);
  }

  @Test
  void privateKey_unprotectedRoundTrip_opensWhatWasSealed() throws IOException {
    String json = json(PARTICIPANT::writeUnprotected);
    ParticipantPrivateKey read = ParticipantPrivateKey.readUnprotected(in(json));
    assertThat(read.fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThat(ParticipantPrivateKey.isProtected(in(json))).isFalse();
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
  void protect_passphrase_unlocksTheSameKey() throws IOException {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    String json = json(p.protectedKey()::write);
    assertThat(json).doesNotContain("\"value\"").contains("argon2id");
    assertThat(ParticipantPrivateKey.isProtected(in(json))).isTrue();
    ParticipantPrivateKey unlocked = ProtectedPrivateKey.read(in(json)).unlock(PASS);
    assertThat(unlocked.fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThat(ParticipantPrivateKey.read(in(json), PASS).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
  }

  @Test
  void protect_recoveryKey_unlocksTheSameKey() throws IOException {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    String recovery = p.recoveryKey().reveal();
    assertThat(recovery).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){12}");
    assertThat(p.recoveryKey().toString()).doesNotContain(recovery.substring(0, 4) + "-");
    String json = json(p.protectedKey()::write);
    ProtectedPrivateKey key = ProtectedPrivateKey.read(in(json));
    assertThat(key.unlockWithRecoveryKey(RecoveryKey.parse(recovery.toLowerCase())).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
    assertThat(ParticipantPrivateKey.read(in(json), recovery.toCharArray()).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
  }

  @Test
  void unlock_wrongPassphraseOrRecoveryKey_isWrongKey() throws IOException {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    assertThatThrownBy(() -> p.protectedKey().unlock("wrong".toCharArray()))
        .isInstanceOf(WrongKeyException.class)
        .hasMessageContaining("passphrase")
        .hasMessageNotContaining("wrong\"");
    RecoveryKey other = PARTICIPANT.protect(PASS, FAST_ARGON2).recoveryKey();
    assertThatThrownBy(() -> p.protectedKey().unlockWithRecoveryKey(other))
        .isInstanceOf(WrongKeyException.class)
        .hasMessageContaining("recovery");
    String json = json(p.protectedKey()::write);
    assertThatThrownBy(() -> ParticipantPrivateKey.read(in(json), other.reveal().toCharArray()))
        .isInstanceOf(WrongKeyException.class);
  }

  @Test
  void read_wrongProtectionForTheReader_namesTheOtherReader() throws IOException {
    String unprotected = json(PARTICIPANT::writeUnprotected);
    String protectedJson = json(PARTICIPANT.protect(PASS, FAST_ARGON2).protectedKey()::write);
    assertThatThrownBy(() -> ParticipantPrivateKey.read(in(unprotected), PASS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("protection")
        .hasMessageContaining("readUnprotected");
    assertThatThrownBy(() -> ParticipantPrivateKey.readUnprotected(in(protectedJson)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("protection");
  }

  @Test
  void read_protectedWithoutSecret_asksForThePassphrase() throws IOException {
    String json = json(PARTICIPANT.protect(PASS, FAST_ARGON2).protectedKey()::write);
    assertThatThrownBy(() -> ParticipantPrivateKey.read(in(json), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("passphrase");
  }

  @Test
  void changePassphrase_newOpensOldFailsRecoveryStillWorks() throws IOException {
    PassphraseProtection p = PARTICIPANT.protect(PASS, FAST_ARGON2);
    char[] next = "a new passphrase".toCharArray();
    ProtectedPrivateKey changed =
        p.protectedKey().changePassphrase(PASS, next, new Argon2Parameters(128, 2, 1));
    assertThat(changed.argon2Parameters()).isEqualTo(new Argon2Parameters(128, 2, 1));
    ProtectedPrivateKey reread = ProtectedPrivateKey.read(in(json(changed::write)));
    assertThat(reread.unlock(next).fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
    assertThatThrownBy(() -> reread.unlock(PASS)).isInstanceOf(WrongKeyException.class);
    assertThat(reread.unlockWithRecoveryKey(p.recoveryKey()).fingerprint())
        .isEqualTo(PARTICIPANT.fingerprint());
    assertThatThrownBy(
            () -> p.protectedKey().changePassphrase("bad".toCharArray(), next, FAST_ARGON2))
        .isInstanceOf(WrongKeyException.class);
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
  void unlock_tamperedProtectedFile_isWrongKeyOrInvalid(String needle, String field)
      throws IOException {
    String json = json(PARTICIPANT.protect(PASS, FAST_ARGON2).protectedKey()::write);
    String tampered =
        needle.startsWith("\"memoryKiB\"")
            ? json.replace(needle, "\"memoryKiB\" : 72")
            : json.replace(needle, needle + "AAAA");
    assertThat(tampered).isNotEqualTo(json);
    // a changed Argon2 cost derives another key: indistinguishable from a wrong passphrase
    assertThatThrownBy(() -> ProtectedPrivateKey.read(in(tampered)).unlock(PASS))
        .isInstanceOfAny(WrongKeyException.class, InvalidInputException.class);
  }

  @Test
  void read_keyFileDeclaringHugeArgon2Cost_isRefusedBeforeAnyDerivation() throws IOException {
    PassphraseProtection p = PARTICIPANT.protect(PASS, TestVaults.FAST_ARGON2);
    String json =
        json(p.protectedKey()::write)
            .replace("\"memoryKiB\" : 64", "\"memoryKiB\" : 1048576")
            .replace("\"iterations\" : 1", "\"iterations\" : 64");
    assertThat(json).contains("1048576");
    long start = System.nanoTime();
    assertThatThrownBy(() -> ProtectedPrivateKey.read(in(json)).unlock("wrong".toCharArray()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("argon2.memoryKiB");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void defaults_argon2_areTheDesignedCost() {
    assertThat(Argon2Parameters.DEFAULT).isEqualTo(new Argon2Parameters(65536, 3, 4));
  }

  @Test
  void protect_defaultArgon2_roundTrips() throws IOException {
    PassphraseProtection p = PARTICIPANT.protect(PASS, Argon2Parameters.DEFAULT);
    assertThat(json(p.protectedKey()::write)).contains("\"memoryKiB\" : 65536");
    assertThat(p.protectedKey().unlock(PASS).fingerprint()).isEqualTo(PARTICIPANT.fingerprint());
  }

  @ParameterizedTest
  @CsvSource({
    "7,1,1,memoryKiB",
    "4194305,1,1,memoryKiB",
    "4194304,1,1,memoryKiB",
    "1048576,64,4,memoryKiB",
    "262145,1,4,memoryKiB",
    "262144,2,4,iterations",
    "65536,5,4,iterations",
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

  @ParameterizedTest
  @CsvSource({"262144,1,4", "65536,4,4", "131072,2,4", "65536,3,4"})
  void argon2Parameters_atOrBelowTheCeiling_areAccepted(int m, int t, int p) {
    assertThat(new Argon2Parameters(m, t, p).memoryKiB()).isEqualTo(m);
  }

  @Test
  void recoveryKey_malformed_isRejected() {
    assertThatThrownBy(() -> RecoveryKey.parse("ABCD-EFGH"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("recoveryKey");
  }

  @Test
  void organisationKeys_streamRoundTrip_keepTheFingerprint() throws IOException {
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    OrganisationSigningKey read =
        OrganisationSigningKey.readUnprotected(in(json(key::writeUnprotected)));
    assertThat(read.publicKey().fingerprint()).isEqualTo(key.publicKey().fingerprint());
    assertThat(OrganisationPublicKey.read(in(json(key.publicKey()::write))).fingerprint())
        .isEqualTo(key.publicKey().fingerprint());
    assertThat(key.toString()).contains("redacted");
  }

  @Test
  void organisationSigningKey_protected_roundTripsAndSignsTheSame() throws IOException {
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    String json = json(out -> key.write(out, PASS, FAST_ARGON2));
    assertThat(json)
        .contains("\"protection\" : \"argon2id\"")
        .contains(key.publicKey().fingerprint())
        .doesNotContain("\"value\"")
        .doesNotContain("Ed25519PrivateKey");
    OrganisationSigningKey read = OrganisationSigningKey.read(in(json), PASS);
    assertThat(read.publicKey().fingerprint()).isEqualTo(key.publicKey().fingerprint());
    BlobStore store = BlobStores.inMemory();
    Vault.builder()
        .store(store)
        .clock(TestVaults.CLOCK)
        .signingKey(read)
        .build()
        .seal(
            "p",
            "o",
            new ByteArrayInputStream(new byte[] {7}),
            SealMetadata.of(PARTICIPANT.publicKey()));
    Vault pinned =
        Vault.builder()
            .store(store)
            .clock(TestVaults.CLOCK)
            .organisationKey(key.publicKey())
            .build();
    assertThat(TestVaults.readAll(pinned.open("p", "o", PARTICIPANT))).containsExactly(7);
  }

  @Test
  void organisationSigningKey_wrongPassphraseOrWrongReader_isRejected() throws IOException {
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    String protectedJson = json(out -> key.write(out, PASS, FAST_ARGON2));
    String unprotected = json(key::writeUnprotected);
    assertThatThrownBy(() -> OrganisationSigningKey.read(in(protectedJson), "nope".toCharArray()))
        .isInstanceOf(WrongKeyException.class)
        .hasMessageContaining("passphrase");
    assertThatThrownBy(() -> OrganisationSigningKey.readUnprotected(in(protectedJson)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("protection");
    assertThatThrownBy(() -> OrganisationSigningKey.read(in(unprotected), PASS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("readUnprotected");
    assertThatThrownBy(() -> OrganisationSigningKey.read(in(protectedJson), new char[0]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("passphrase");
  }

  @Test
  void organisationSigningKey_unprotected_keepsTheVersionOneShape() throws IOException {
    // version 1 wrote no "protection" field; unprotected files keep that shape, and "none" reads
    // too
    OrganisationSigningKey key = OrganisationSigningKey.generate();
    String v1 = json(key::writeUnprotected);
    assertThat(v1).doesNotContain("protection").contains("inzage-organisation-signing-key");
    String none = v1.replace("\"version\" : 1,", "\"version\" : 1,\n  \"protection\" : \"none\",");
    assertThat(none).contains("\"protection\" : \"none\"");
    for (String file : List.of(v1, none)) {
      assertThat(OrganisationSigningKey.readUnprotected(in(file)).publicKey().fingerprint())
          .isEqualTo(key.publicKey().fingerprint());
    }
  }
}
