package eu.inzage.examples;

import eu.inzage.adapters.ChosenController;
import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.ControllerAdapters;
import eu.inzage.adapters.ControllerChoice;
import eu.inzage.adapters.ControllerRegistry;
import eu.inzage.adapters.IdentifierNeed;
import eu.inzage.adapters.directory.ControllerDirectory;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ContactChannel;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Recipe: the controllers of a campaign. The application registers the built-in TikTok, Zoom and
 * Palantir, one controller of its own in code, and the companies of an open directory; a
 * participant chooses "all of them" plus a company from the directory, and the registry says per
 * controller what the participant still has to supply (EDPB Guidelines 01/2022 §§58–65: only what
 * identifies the person).
 */
public final class ControllersAndChoice {
  private ControllersAndChoice() {}

  /** Runs the recipe; the first argument is the directory's folder (default the sample's). */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ControllerProfile acme =
        ControllerProfile.builder()
            .id("acme")
            .legalName("Acme B.V.")
            .address(Address.of("Damrak 1", "1012 LG", "Amsterdam", "NL"))
            .channels(
                List.of(new ContactChannel(ChannelType.EMAIL, "privacy@acme.example", "requests")))
            .preferredChannel(ChannelType.EMAIL)
            .establishment("NL")
            .leadAuthority("NL")
            .zone(ZoneId.of("Europe/Amsterdam"))
            .deadlineCountry("NL")
            .requestLanguage("nl")
            .identifiers(List.of("userId"))
            .lastVerified(LocalDate.of(2026, 11, 30))
            .build();
    ControllerRegistry registry =
        ControllerRegistry.builder()
            .addAll(ControllerAdapters.builtIn())
            .add(ControllerAdapter.builder(acme).build())
            .directory(
                ControllerDirectory.read(
                    Path.of(args.length > 0 ? args[0] : "docs/samples/directory")))
            .build();
    out.println(registry); // ControllerRegistry[5 controllers]

    Participant participant;
    try (InputStream in = ControllersAndChoice.class.getResourceAsStream("participant.json")) {
      participant = ModelValidator.create(Clock.systemUTC()).read(in, Participant.class);
    }
    ControllerChoice choice = new ControllerChoice(true, List.of("goldgas", "acme"));
    for (ChosenController chosen :
        registry.resolve(choice, List.of("tiktok", "zoom", "palantir"), participant)) {
      // e.g. "palantir ORGANISATION ready=false missing=[email]"
      out.println(
          chosen.adapter().id()
              + " "
              + chosen.selectedBy()
              + " ready="
              + chosen.ready()
              + " missing="
              + chosen.missing().stream().map(n -> n.identifier().code()).toList());
    }
    IdentifierNeed ask = registry.require("palantir").identifiers().get(0);
    out.println(ask.question());
  }
}
