package eu.inzage.examples;

import eu.inzage.crypto.DocumentKind;
import eu.inzage.crypto.EnvelopeMetadata;
import eu.inzage.crypto.LocalKeyEncryptionKeys;
import eu.inzage.crypto.OrganisationEnvelope;
import eu.inzage.crypto.blob.BlobStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Recipe: documents the organisation itself must read (a signed mandate, an ID copy) sealed under
 * its key-encryption key, each with a retention period; an ID copy is deleted once checked and
 * leaves only the note "ID checked" (data minimisation, Art. 5(1)(c) GDPR).
 */
public final class EnvelopeForMandates {
  private EnvelopeForMandates() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    OrganisationEnvelope envelope =
        OrganisationEnvelope.builder()
            .store(BlobStores.inMemory())
            .keys(LocalKeyEncryptionKeys.generate()) // or a cloud KMS through KeyEncryptionKeys
            .clock(Clock.systemUTC())
            .build();
    byte[] mandate = "%PDF-1.7 signed mandate".getBytes(StandardCharsets.US_ASCII);
    envelope.seal(
        "p-000123",
        "mandate",
        new ByteArrayInputStream(mandate),
        new EnvelopeMetadata(
            DocumentKind.SIGNED_MANDATE, "application/pdf", Duration.ofDays(5 * 365)));
    envelope.seal(
        "p-000123",
        "id-copy",
        new ByteArrayInputStream(new byte[] {1, 2, 3}),
        EnvelopeMetadata.idCopy("image/jpeg"));

    try (InputStream in = envelope.open("p-000123", "mandate")) {
      out.println("mandate opened: " + in.readAllBytes().length + " bytes");
    }
    envelope.recordIdChecked("p-000123", "id-copy");
    out.println("documents kept: " + envelope.list("p-000123").size());
    out.println("ID checks noted: " + envelope.idChecks("p-000123").size());
  }
}
