package eu.inzage.letters;

import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes sample letters to a folder, to look at (not a test). */
final class RenderSamples {
  private RenderSamples() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    for (LetterKind kind : LetterKind.values()) {
      for (String lang : new String[] {"nl", "en", "de", "fr"}) {
        Letter letter = Fixtures.LETTERS.compose(Fixtures.input(kind, lang));
        Files.write(dir.resolve(kind.id() + "-" + lang + ".pdf"), letter.toPdf().bytes());
      }
    }
    Letter bilingual =
        signedMandate(
            "Zoë Ångström-Łukasiewicz",
            "nl",
            "tiktok",
            new SignatureEvidence(
                SignatureKind.TYPED,
                "Zoë Ångström-Łukasiewicz",
                null,
                Instant.parse("2026-11-27T14:03:05Z"),
                "192.0.2.44",
                "verif-8f2c"));
    Files.write(dir.resolve("mandate-bilingual.pdf"), bilingual.toPdf().bytes());
    Letter drawn =
        signedMandate(
            "Jürgen Groß",
            "de",
            "zoom",
            new SignatureEvidence(
                SignatureKind.DRAWN,
                null,
                MandateTest.png(),
                Instant.parse("2026-11-27T14:03:05Z"),
                "192.0.2.44",
                "verif-8f2c"));
    Files.write(dir.resolve("mandate-drawn.pdf"), drawn.toPdf().bytes());
  }

  private static Letter signedMandate(
      String name, String language, String controller, SignatureEvidence evidence) {
    return Fixtures.LETTERS.compose(
        LetterInput.of(
                LetterKind.MANDATE,
                Fixtures.participant(name, language),
                Fixtures.controller(controller),
                Fixtures.organisation())
            .withFacts(
                LetterFacts.builder()
                    .signature(evidence)
                    .signedOn(java.time.LocalDate.of(2026, 11, 27))
                    .build()));
  }
}
