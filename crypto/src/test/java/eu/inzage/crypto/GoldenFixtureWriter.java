package eu.inzage.crypto;

import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes the golden fixtures under {@code src/test/resources/golden} (run once per format version,
 * by hand: {@code java -cp ... eu.inzage.crypto.GoldenFixtureWriter DIR}). Never rerun for an
 * existing version: {@link GoldenFixturesTest} proves that today's code reads what was written
 * then.
 */
final class GoldenFixtureWriter {
  static final String PASSPHRASE = "golden fixture passphrase";
  static final String SUBJECT = "p-000123";
  static final Instant CREATED = Instant.parse("2026-11-28T06:00:00Z");

  private GoldenFixtureWriter() {}

  static byte[] hello() {
    return "Hallo! Dit zijn de gegevens die TikTok over je heeft.\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] pattern() {
    byte[] bytes = new byte[3000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 251);
    }
    return bytes;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    ParticipantPrivateKey participant = ParticipantPrivateKey.generate();
    OrganisationSigningKey organisation = OrganisationSigningKey.generate();
    PassphraseProtection protection =
        participant.protect(PASSPHRASE.toCharArray(), new Argon2Parameters(1024, 2, 2));
    participant.writeUnprotected(dir.resolve("participant-private.json"));
    protection.protectedKey().write(dir.resolve("participant-private-protected.json"));
    Files.writeString(dir.resolve("recovery-key.txt"), protection.recoveryKey().reveal() + "\n");
    participant.publicKey().write(dir.resolve("participant-public.json"));
    organisation.publicKey().write(dir.resolve("organisation-public.json"));
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(dir.resolve("store")))
            .clock(Clock.fixed(CREATED, ZoneOffset.UTC))
            .signingKey(organisation)
            .build();
    ParticipantPublicKey recipient = participant.publicKey();
    vault.seal(
        SUBJECT,
        "hello.txt",
        new ByteArrayInputStream(hello()),
        new SealMetadata(recipient, "text/plain", "tiktok"));
    vault.seal(
        SUBJECT,
        "pattern.bin",
        new ByteArrayInputStream(pattern()),
        new SealMetadata(recipient, null, "zoom"));
    vault.seal(SUBJECT, "empty", new ByteArrayInputStream(new byte[0]), SealMetadata.of(recipient));
  }
}
