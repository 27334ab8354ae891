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
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.MANDATE,
                    Fixtures.participant("Zoë Ångström-Łukasiewicz", "nl"),
                    Fixtures.controller("tiktok"),
                    Fixtures.organisation())
                .withFacts(
                    new LetterFacts(
                        null,
                        null,
                        null,
                        null,
                        new SignatureEvidence(
                            SignatureKind.TYPED,
                            "Zoë Ångström-Łukasiewicz",
                            null,
                            Instant.parse("2026-11-27T14:03:05Z"),
                            "192.0.2.44",
                            "verif-8f2c"),
                        null,
                        null,
                        null,
                        null)));
    Files.write(dir.resolve("mandate-bilingual.pdf"), bilingual.toPdf().bytes());
    Letter drawn =
        Fixtures.LETTERS.compose(
            LetterInput.of(
                    LetterKind.MANDATE,
                    Fixtures.participant("Jürgen Groß", "de"),
                    Fixtures.controller("zoom"),
                    Fixtures.organisation())
                .withFacts(
                    new LetterFacts(
                        null,
                        null,
                        null,
                        null,
                        new SignatureEvidence(
                            SignatureKind.DRAWN,
                            null,
                            MandateTest.png(),
                            Instant.parse("2026-11-27T14:03:05Z"),
                            "192.0.2.44",
                            "verif-8f2c"),
                        null,
                        "Köln",
                        null,
                        null)));
    Files.write(dir.resolve("mandate-drawn.pdf"), drawn.toPdf().bytes());
  }
}
