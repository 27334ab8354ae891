package eu.inzage.examples;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Recipe: make the organisation and a participant in code (for instance from a registration form or
 * a spreadsheet row) with the validated builders, and see how an invalid value is reported: the
 * field and a stable code, never the value (GDPR Art. 5(1)(f)).
 */
public final class ModelInCode {
  private ModelInCode() {}

  /** Runs the recipe. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Organisation organisation =
        Organisation.builder()
            .name("Stichting Onderzoek Marktinformatie")
            .legalForm("Stichting")
            .address(Address.of("Keizersgracht 1", "1015 AA", "Amsterdam", "NL"))
            .email("inzage@somi.example")
            .signatory("A. de Vries")
            .build(); // every setting checked when set, the whole on build
    Participant participant =
        Participant.builder()
            .id("p-000124")
            .name("Daan de Jong")
            .residence("nl") // codes are normalised: NL
            .birthDate(LocalDate.of(1988, 3, 9))
            .account("tiktok", new Account("@daan", null, null, null))
            .build();
    out.println(organisation); // Organisation[name=Stichting Onderzoek Marktinformatie, …]
    out.println(participant); // Participant[id=p-000124, residence=NL, <redacted>]
    try {
      Participant.builder().id("p-000125").name("Eva\r\nBcc: someone@example.org");
    } catch (InvalidInputException e) {
      out.println(e.getMessage()); // invalid input: name CONTROL_CHARACTERS
    }
  }
}
