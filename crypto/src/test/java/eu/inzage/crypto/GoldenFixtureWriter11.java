package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes the golden fixtures of format 1.1 under {@code src/test/resources/golden/v1.1}: a rotated
 * participant keyset, key slots with the shred layer, shred keys and organisation-envelope
 * documents under a rotated local KEK, and an ID-check note. Run once, by hand ({@code java -cp …
 * eu.inzage.crypto.GoldenFixtureWriter11 DIR}); never again for 1.1: {@link GoldenFixtures11Test}
 * proves that today's code reads what was written then.
 */
final class GoldenFixtureWriter11 {
  static final String SUBJECT = "p-000123";
  static final Instant CREATED = Instant.parse("2026-11-28T07:00:00Z");
  static final Duration MANDATE_RETENTION = Duration.ofDays(400);

  private GoldenFixtureWriter11() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    Clock clock = Clock.fixed(CREATED, ZoneOffset.UTC);
    OrganisationSigningKey organisation = OrganisationSigningKey.generate();
    LocalKeyEncryptionKeys kek = LocalKeyEncryptionKeys.generate();
    ShredKeys shredKeys = ShredKeys.of(BlobStores.fileSystem(dir.resolve("shred-keys")), kek);
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(dir.resolve("store")))
            .clock(clock)
            .signingKey(organisation)
            .shredKeys(shredKeys)
            .build();
    ParticipantPrivateKey original = ParticipantPrivateKey.generate();
    vault.seal(
        SUBJECT,
        "before-rotation",
        new ByteArrayInputStream(GoldenFixtureWriter.hello()),
        new SealMetadata(original.publicKey(), "text/plain", "tiktok"));
    ParticipantPrivateKey rotated = vault.rotate(SUBJECT, original);
    vault.seal(
        SUBJECT,
        "after-rotation",
        new ByteArrayInputStream(GoldenFixtureWriter.pattern()),
        new SealMetadata(rotated.publicKey(), null, "zoom"));

    OrganisationEnvelope before =
        OrganisationEnvelope.builder()
            .store(BlobStores.fileSystem(dir.resolve("envelope")))
            .keys(kek)
            .clock(clock)
            .build();
    before.seal(
        SUBJECT,
        "id-copy",
        new ByteArrayInputStream(GoldenFixtureWriter.pattern()),
        EnvelopeMetadata.idCopy("image/png"));
    before.recordIdChecked(SUBJECT, "id-copy");
    LocalKeyEncryptionKeys rotatedKek = kek.rotate();
    OrganisationEnvelope after =
        OrganisationEnvelope.builder()
            .store(BlobStores.fileSystem(dir.resolve("envelope")))
            .keys(rotatedKek)
            .clock(clock)
            .build();
    after.seal(
        SUBJECT,
        "mandate",
        new ByteArrayInputStream(GoldenFixtureWriter.hello()),
        new EnvelopeMetadata(DocumentKind.SIGNED_MANDATE, "application/pdf", MANDATE_RETENTION));

    rotated.writeUnprotected(dir.resolve("participant-private.json"));
    rotated.publicKey().write(dir.resolve("participant-public.json"));
    organisation.publicKey().write(dir.resolve("organisation-public.json"));
    rotatedKek.writeUnprotected(dir.resolve("kek.json"));
  }
}
