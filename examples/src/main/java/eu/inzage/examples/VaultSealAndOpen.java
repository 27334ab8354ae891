package eu.inzage.examples;

import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Recipe: what a controller sent back (Art. 15(3) GDPR) is sealed to the participant's public key
 * the moment it arrives, and only their private key opens it; the organisation signs the manifest.
 */
public final class VaultSealAndOpen {
  private VaultSealAndOpen() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ParticipantPrivateKey participantKey = ParticipantPrivateKey.generate(); // the participant's
    Vault vault =
        Vault.builder()
            .store(BlobStores.inMemory())
            .clock(Clock.systemUTC())
            .signingKey(OrganisationSigningKey.generate()) // the organisation's, kept outside
            .build();
    byte[] export = "{\"videos\": 3}".getBytes(StandardCharsets.UTF_8);

    SealedObject sealed =
        vault.seal(
            "p-000123",
            "tiktok-2026",
            new ByteArrayInputStream(export),
            new SealMetadata(participantKey.publicKey(), "application/json", "tiktok"));
    out.println("sealed " + sealed.objectId() + " for " + sealed.subject());
    try (InputStream in = vault.open("p-000123", "tiktok-2026", participantKey)) {
      out.println("opened: " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
