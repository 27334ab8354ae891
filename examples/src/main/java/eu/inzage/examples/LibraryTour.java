package eu.inzage.examples;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.eligibility.Eligibility;
import eu.inzage.core.eligibility.EligibilityPolicy;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.crypto.Argon2Parameters;
import eu.inzage.crypto.OrganisationSigningKey;
import eu.inzage.crypto.ParticipantPrivateKey;
import eu.inzage.crypto.ParticipantPublicKey;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.Vault;
import eu.inzage.crypto.blob.BlobStores;
import eu.inzage.letters.Letter;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.Letters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Recipe, end to end (the README's "Use as a library"): an organisation and a participant read and
 * validated, the participant's keys written and read back, eligibility, the controller's deadline
 * (Art. 12(3) GDPR), the access request (Art. 15) as PDF/A, and what the controller sends back
 * sealed to the participant and opened with their key. Its argument is the folder of the sample
 * files ({@code docs/samples}); it writes into a new temporary folder.
 */
public final class LibraryTour {
  private LibraryTour() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path samples = Path.of(args.length > 0 ? args[0] : "docs/samples");
    Path work = Files.createTempDirectory("inzage-tour");
    // README begin
    Clock clock = Clock.systemUTC();
    ModelValidator validator = ModelValidator.create(clock);
    Organisation organisation;
    Participant participant;
    try (InputStream o = Files.newInputStream(samples.resolve("organisation.json"));
        InputStream p = Files.newInputStream(samples.resolve("participant.json"))) {
      organisation = validator.read(o, Organisation.class); // or InvalidInputException
      participant = validator.read(p, Participant.class);
    }

    // the participant's keys: the private one protected by their passphrase (Argon2id)
    char[] passphrase = "correct horse battery staple".toCharArray();
    Path privateFile = work.resolve("private.json");
    Path publicFile = work.resolve("public.json");
    ParticipantPrivateKey generated = ParticipantPrivateKey.generate();
    generated.protect(passphrase, Argon2Parameters.DEFAULT).protectedKey().write(privateFile);
    generated.publicKey().write(publicFile); // both owner-only (rw-------), never replaced
    ParticipantPublicKey publicKey = ParticipantPublicKey.read(publicFile);
    ParticipantPrivateKey privateKey = ParticipantPrivateKey.read(privateFile, passphrase);

    // may they join, and when must TikTok answer a request it receives on 1 September 2025?
    Eligibility eligibility =
        EligibilityPolicy.named("somi-2021").check(participant, null, LocalDate.of(2025, 9, 1));
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");
    DeadlineEngine engine = DeadlineEngine.standard();
    Deadline deadline =
        engine.compute(
            engine.queryFor(LocalDate.of(2025, 9, 1), tiktok, participant.residence()).build());

    // the access request, as PDF/A-2b
    Letter letter =
        Letters.builder()
            .clock(clock)
            .build()
            .compose(
                LetterInput.of(LetterKind.ACCESS, participant, tiktok, organisation)
                    .withFacts(LetterFacts.dates(deadline.received(), deadline.due())));
    Files.write(work.resolve("access.pdf"), letter.toPdf().bytes());

    // TikTok's answer: sealed to the participant's public key, opened with their private key
    Vault vault =
        Vault.builder()
            .store(BlobStores.fileSystem(work.resolve("vault")))
            .clock(clock)
            .signingKey(OrganisationSigningKey.generate()) // the organisation's, kept outside
            .build();
    try (InputStream export = Files.newInputStream(samples.resolve("tiktok-export.json"))) {
      vault.seal(
          participant.id(),
          "tiktok-2025",
          export,
          new SealMetadata(publicKey, "application/json", tiktok.id()));
    }
    byte[] opened;
    try (InputStream in = vault.open(participant.id(), "tiktok-2025", privateKey)) {
      opened = in.readAllBytes();
    }
    // README end
    out.println("organisation: " + organisation.name());
    out.println("eligible: " + eligibility.eligible());
    out.println("due: " + deadline.due());
    out.println("letter: " + letter.subject());
    out.println(
        "opened equals the export: "
            + Arrays.equals(opened, Files.readAllBytes(samples.resolve("tiktok-export.json"))));
  }
}
