package eu.inzage.modulepath;

import eu.inzage.core.StorageException;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.LetterPdf;
import eu.inzage.letters.Letters;
import eu.inzage.s3.S3BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One real operation per library module, run on the module path: a controller's statutory deadline
 * (Art. 12(3) GDPR) rolled over a public holiday, an access request (Art. 15) as a PDF/A letter, an
 * object sealed to a participant and opened again (Art. 32), and the S3 store's client reaching for
 * a server. Prints one line per module.
 */
public final class ModulePathProbe {
  private ModulePathProbe() {}

  /** Runs the four operations and prints their results on stdout. */
  public static void main(String[] args) throws IOException {
    // Hibernate Validator logs through JBoss Logging; send it to SLF4J like everything else.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2025-03-21T10:00:00Z"), ZoneOffset.UTC);
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");

    // core: one month from 21 March 2025 is Easter Monday, a public holiday in Ireland.
    Deadline deadline =
        DeadlineEngine.standard()
            .compute(
                DeadlineEngine.standard()
                    .queryFor(LocalDate.of(2025, 3, 21), tiktok, "NL")
                    .build());
    out.println(
        "core: due "
            + deadline.due()
            + " in "
            + deadline.country()
            + " after "
            + deadline.rollovers().get(0).reason());

    // letters: an access request as PDF/A.
    ModelValidator validator = ModelValidator.create(clock);
    Participant participant = read(validator, "participant.json", Participant.class);
    Organisation organisation = read(validator, "organisation.json", Organisation.class);
    LetterPdf pdf =
        Letters.builder()
            .clock(clock)
            .build()
            .compose(LetterInput.of(LetterKind.ACCESS, participant, tiktok, organisation))
            .toPdf();
    out.println(
        "letters: "
            + new String(pdf.bytes(), 0, 8, StandardCharsets.US_ASCII)
            + " with "
            + pdf.pages()
            + " page(s)");

    // crypto: seal to a participant's key, open with it.
    ParticipantPrivateKey key = ParticipantPrivateKey.generate();
    Vault vault =
        Vault.builder()
            .store(BlobStores.inMemory())
            .clock(clock)
            .signingKey(OrganisationSigningKey.generate())
            .build();
    byte[] content = "the controller's export".getBytes(StandardCharsets.UTF_8);
    vault.seal(
        "p-000042",
        "tiktok-2025",
        new ByteArrayInputStream(content),
        SealMetadata.of(key.publicKey()));
    try (InputStream opened = vault.open("p-000042", "tiktok-2025", key)) {
      out.println(
          "crypto: opened \"" + new String(opened.readAllBytes(), StandardCharsets.UTF_8) + "\"");
    }

    // s3: the AWS SDK's client, request signing and HTTP client on the module path, against a
    // loopback port where nothing listens (taken, then freed), so the store reports the failure
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (S3BlobStore store =
        S3BlobStore.builder()
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .region("us-east-1")
            .credentials("probe", "probe-secret")
            .bucket("inzage-probe")
            .build()) {
      out.println("s3: listed " + store.subjects().size() + " subjects where nothing listens");
    } catch (StorageException e) {
      out.println("s3: " + e.getMessage());
    }
  }

  private static <T> T read(ModelValidator validator, String resource, Class<T> type)
      throws IOException {
    try (InputStream in = ModulePathProbe.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return validator.read(in, type);
    }
  }
}
