package eu.inzage.examples;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Recipe: read and validate a participant, then look up a built-in controller. Run it with a
 * participant file as argument, or without one to use the bundled example.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ModelValidator validator = ModelValidator.create(Clock.systemUTC());
    Participant participant;
    try (InputStream in =
        args.length > 0
            ? Files.newInputStream(Path.of(args[0]))
            : QuickStart.class.getResourceAsStream("participant.json")) {
      participant = validator.read(in, Participant.class); // parse + validate, or throw
    }
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");
    out.println(participant); // Participant[id=p-000123, residence=NL, <redacted>]
    out.println(tiktok.legalName() + ", deadline calendar " + tiktok.deadlineCountry());
  }
}
