package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.deadline.Dates;
import eu.inzage.core.eligibility.Eligibility;
import eu.inzage.core.eligibility.EligibilityPolicy;
import eu.inzage.core.eligibility.EligibilityReason;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage eligibility}: may this participant join under a policy (see {@code
 * docs/law/eligibility.md})?
 */
@Command(
    name = "eligibility",
    mixinStandardHelpOptions = true,
    description = {
      "Checks whether a participant may join under an eligibility policy (docs/law/eligibility.md).",
      "Prints {eligible, reasons[], policy, on}; exit 0 whether eligible or not, 2 for an"
          + " unreadable or invalid participant."
    })
final class EligibilityCommand extends Subcommand {
  @Option(
      names = "--participant",
      required = true,
      paramLabel = "FILE",
      description = "participant JSON")
  Path participant;

  @Option(
      names = "--policy",
      paramLabel = "NAME",
      defaultValue = EligibilityPolicy.SOMI_2021,
      description = "the policy (built in: somi-2021; default ${DEFAULT-VALUE})")
  String policy;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the reference date for the minimum age, YYYY-MM-DD (default: today)")
  String on;

  @Override
  public Integer call() throws Exception {
    EligibilityPolicy chosen = named(policy);
    LocalDate day = on == null ? LocalDate.now(cli().clock()) : Dates.parse("--on", on);
    Participant person;
    try (InputStream in = cli().open("--participant", participant)) {
      person = ModelValidator.create(cli().clock()).read(in, Participant.class);
    }
    Eligibility result = chosen.check(person, null, day);
    ObjectNode json = cli().object();
    json.put("eligible", result.eligible());
    ArrayNode reasons = json.putArray("reasons");
    for (EligibilityReason reason : result.reasons()) {
      reasons.add(reason.name());
    }
    json.put("policy", result.policy());
    json.put("on", day.toString());
    cli().print(json);
    return ExitCodes.OK;
  }

  private static EligibilityPolicy named(String name) {
    try {
      return EligibilityPolicy.named(name);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--policy", e.violations().get(0).code(), e.violations().get(0).message());
    }
  }
}
