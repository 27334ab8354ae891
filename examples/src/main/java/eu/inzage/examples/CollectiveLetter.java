package eu.inzage.examples;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import eu.inzage.letters.CollectiveEntry;
import eu.inzage.letters.CollectiveInput;
import eu.inzage.letters.CollectiveKind;
import eu.inzage.letters.CollectiveResult;
import eu.inzage.letters.CollectiveSource;
import eu.inzage.letters.LetterFacts;
import eu.inzage.letters.Letters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Recipe: one collective cover letter to TikTok for many participants (Art. 15 GDPR under their
 * mandates), with the annex and every mandate, in volumes of at most two participants. Each volume
 * arrives at the sink, is written and released before the next one is rendered.
 *
 * <p>The letter is signed by this module's example organisation ({@code organisation.json}, named
 * "(example)"): a recipe shows the calls, it does not write letters for sending. {@code inzage
 * letter} has no such default and requires {@code --organisation}.
 */
public final class CollectiveLetter {
  private CollectiveLetter() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.systemUTC();
    ModelValidator validator = ModelValidator.create(clock);
    Participant zoe;
    Organisation organisation;
    try (InputStream p = CollectiveLetter.class.getResourceAsStream("participant.json");
        InputStream o = CollectiveLetter.class.getResourceAsStream("organisation.json")) {
      zoe = validator.read(p, Participant.class);
      organisation = validator.read(o, Organisation.class);
    }
    List<CollectiveEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Participant participant = zoe.withId("p-00012" + i);
      // each bundled mandate states the day it was signed, as recorded when it was signed
      entries.add(new CollectiveEntry(participant, signedOn(LocalDate.of(2026, 11, 2 + i))));
    }
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");

    CollectiveResult result =
        Letters.builder()
            .clock(clock)
            .build()
            .writeCollective(
                CollectiveInput.of(CollectiveKind.COVER, tiktok, organisation).withVolumeSize(2),
                CollectiveSource.of(entries::iterator),
                volume ->
                    out.println(
                        "volume "
                            + volume.number()
                            + ": "
                            + volume.participants()
                            + " participants, "
                            + volume.pdf().pages()
                            + " pages"));
    out.println(result.participants() + " participants in " + result.volumes() + " volumes");
  }

  private static LetterFacts signedOn(LocalDate day) {
    return LetterFacts.builder().signedOn(day).build();
  }
}
