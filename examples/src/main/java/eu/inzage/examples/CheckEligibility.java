package eu.inzage.examples;

import eu.inzage.core.eligibility.Eligibility;
import eu.inzage.core.eligibility.EligibilityPolicy;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Recipe: may a participant join a campaign? The built-in policy {@code somi-2021} (residence in
 * the EU/EEA or Switzerland, 18 or over), and a campaign's own policy that also needs a signed
 * mandate (the organisation acts on the participant's behalf, Art. 80(1) GDPR).
 */
public final class CheckEligibility {
  private CheckEligibility() {}

  /** Runs the recipe. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Participant participant;
    try (InputStream in = CheckEligibility.class.getResourceAsStream("participant.json")) {
      participant = ModelValidator.create(Clock.systemUTC()).read(in, Participant.class);
    }
    Eligibility somi =
        EligibilityPolicy.named(EligibilityPolicy.SOMI_2021)
            .check(participant, null, LocalDate.of(2021, 7, 28));
    out.println(somi.policy() + ": eligible " + somi.eligible()); // somi-2021: eligible true

    EligibilityPolicy campaign =
        EligibilityPolicy.builder("my-campaign")
            .territory(Set.of("BE", "LU"))
            .minimumAge(16)
            .mandateRequired(true)
            .build();
    Eligibility result = campaign.check(participant, null, LocalDate.of(2025, 9, 1));
    out.println(result.policy() + ": " + result.reasons());
  }
}
