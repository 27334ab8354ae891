package eu.inzage.examples;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.Letter;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.LetterInput;
import eu.inzage.letters.LetterKind;
import eu.inzage.letters.LetterPdf;
import eu.inzage.letters.Letters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Recipe: one participant's access request (Art. 15 GDPR) to TikTok, stating the receipt day and
 * the due date of Art. 12(3), as PDF/A-2b and as text for an e-mail body or a web form.
 *
 * <p>The letter is signed by this module's example organisation ({@code organisation.json}, named
 * "(example)"): a recipe shows the calls, it does not write letters for sending. {@code inzage
 * letter} has no such default and requires {@code --organisation}.
 */
public final class SingleLetter {
  private SingleLetter() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.systemUTC();
    ModelValidator validator = ModelValidator.create(clock);
    Participant participant;
    Organisation organisation;
    try (InputStream p = SingleLetter.class.getResourceAsStream("participant.json");
        InputStream o = SingleLetter.class.getResourceAsStream("organisation.json")) {
      participant = validator.read(p, Participant.class);
      organisation = validator.read(o, Organisation.class);
    }
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");
    DeadlineEngine engine = DeadlineEngine.standard();
    LocalDate received = LocalDate.of(2025, 9, 1);
    Deadline deadline = engine.compute(engine.queryFor(received, tiktok, "NL").build());

    Letter letter =
        Letters.builder()
            .clock(clock)
            .build()
            .compose(
                LetterInput.of(LetterKind.ACCESS, participant, tiktok, organisation)
                    .withLanguage("en")
                    .withFacts(LetterFacts.dates(deadline.received(), deadline.due())));
    LetterPdf pdf = letter.toPdf();
    out.println(letter.subject());
    out.println(
        "PDF/A-2b, "
            + pdf.pages()
            + " pages; text mentions due date: "
            + letter.text().contains("1 October 2025"));
  }
}
