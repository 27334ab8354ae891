package eu.inzage.crypto;

import static eu.inzage.crypto.GoldenFixtureWriter.CREATED;
import static eu.inzage.crypto.GoldenFixtureWriter.SUBJECT;
import static eu.inzage.crypto.TestVaults.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.inzage.crypto.blob.BlobStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Objects and keys written by format version 1 still open (crypto/FORMAT.md). */
class GoldenFixturesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/v1");

  private static String read(String file) throws IOException {
    return Files.readString(GOLDEN.resolve(file));
  }

  private static Path golden(String file) {
    return GOLDEN.resolve(file);
  }

  private static Vault vault() throws IOException {
    return Vault.builder()
        .store(BlobStores.fileSystem(GOLDEN.resolve("store")))
        .clock(Clock.systemUTC())
        .organisationKey(OrganisationPublicKey.read(golden("organisation-public.json")))
        .build();
  }

  @Test
  void open_goldenObjects_withTheUnprotectedKey() throws IOException {
    ParticipantPrivateKey key =
        ParticipantPrivateKey.readUnprotected(golden("participant-private.json"));
    Vault vault = vault();
    assertThat(readAll(vault.open(SUBJECT, "hello.txt", key)))
        .isEqualTo(GoldenFixtureWriter.hello());
    assertThat(readAll(vault.open(SUBJECT, "pattern.bin", key)))
        .isEqualTo(GoldenFixtureWriter.pattern());
    assertThat(readAll(vault.open(SUBJECT, "empty", key))).isEmpty();
  }

  @Test
  void open_goldenObjects_withThePassphraseAndTheRecoveryKey() throws IOException {
    Path file = golden("participant-private-protected.json");
    ParticipantPrivateKey byPassphrase =
        ParticipantPrivateKey.read(file, GoldenFixtureWriter.PASSPHRASE.toCharArray());
    ParticipantPrivateKey byRecovery =
        ParticipantPrivateKey.read(file, read("recovery-key.txt").strip().toCharArray());
    assertThat(ParticipantPrivateKey.isProtected(file)).isTrue();
    assertThat(ProtectedPrivateKey.read(file).argon2Parameters())
        .isEqualTo(new Argon2Parameters(1024, 2, 2));
    assertThat(readAll(vault().open(SUBJECT, "hello.txt", byPassphrase)))
        .isEqualTo(GoldenFixtureWriter.hello());
    assertThat(readAll(vault().open(SUBJECT, "hello.txt", byRecovery)))
        .isEqualTo(GoldenFixtureWriter.hello());
  }

  @Test
  void list_goldenStore_describesTheObjects() throws IOException {
    ParticipantPublicKey recipient = ParticipantPublicKey.read(golden("participant-public.json"));
    assertThat(vault().list(SUBJECT))
        .extracting(
            SealedObject::objectId,
            SealedObject::plaintextSize,
            SealedObject::contentType,
            SealedObject::controller,
            SealedObject::createdAt,
            SealedObject::recipientFingerprint)
        .containsExactly(
            tuple("empty", 0L, "application/octet-stream", "", CREATED, recipient.fingerprint()),
            tuple("hello.txt", 54L, "text/plain", "tiktok", CREATED, recipient.fingerprint()),
            tuple(
                "pattern.bin",
                3000L,
                "application/octet-stream",
                "zoom",
                CREATED,
                recipient.fingerprint()));
  }
}
