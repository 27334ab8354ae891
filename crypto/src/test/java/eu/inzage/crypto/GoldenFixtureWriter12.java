package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes the golden fixtures of format 1.2 under {@code src/test/resources/golden/v1.2}: key slots
 * with the shred layer, the shred key under a KEK in the 1.2 key file ({@code
 * inzage-key-encryption-keys}), and the key slots the organisation released to the participant
 * ({@code released/}, crypto/FORMAT.md 10.1). Run once, by hand ({@code java -cp …
 * eu.inzage.crypto.GoldenFixtureWriter12 DIR}); never again for 1.2: {@link GoldenFixtures12Test}
 * proves that today's code reads what was written then.
 */
final class GoldenFixtureWriter12 {
  static final String SUBJECT = "p-000123";
  static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");

  private GoldenFixtureWriter12() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    Clock clock = Clock.fixed(CREATED, ZoneOffset.UTC);
    OrganisationSigningKey organisation = OrganisationSigningKey.generate();
    LocalKeyEncryptionKeys kek = LocalKeyEncryptionKeys.generate();
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(dir.resolve("store")))
            .clock(clock)
            .signingKey(organisation)
            .shredKeys(ShredKeys.of(BlobStores.fileSystem(dir.resolve("shred-keys")), kek))
            .build();
    ParticipantPrivateKey participant = ParticipantPrivateKey.generate();
    vault.seal(
        SUBJECT,
        "hello.txt",
        new ByteArrayInputStream(GoldenFixtureWriter.hello()),
        new SealMetadata(participant.publicKey(), "text/plain", "tiktok"));
    vault.seal(
        SUBJECT,
        "pattern.bin",
        new ByteArrayInputStream(GoldenFixtureWriter.pattern()),
        new SealMetadata(participant.publicKey(), null, "zoom"));
    vault.release(SUBJECT, BlobStores.fileSystem(dir.resolve("released")));

    participant.writeUnprotected(dir.resolve("participant-private.json"));
    participant.publicKey().write(dir.resolve("participant-public.json"));
    organisation.publicKey().write(dir.resolve("organisation-public.json"));
    kek.writeUnprotected(dir.resolve("kek.json"));
  }
}
