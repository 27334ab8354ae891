package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inzage validate --participant FILE}: checks one participant JSON file. */
@Command(
    name = "validate",
    description = {
      "Validates a participant JSON file.",
      "Prints {valid, violations[{field, code, message}]}; exit 0 when valid, 2 when invalid."
    })
final class ValidateCommand extends Subcommand {
  @Option(
      names = "--participant",
      required = true,
      paramLabel = "FILE",
      description = "participant JSON")
  Path participant;

  @Override
  public Integer call() throws Exception {
    List<Violation> violations;
    try (InputStream in = cli().open("--participant", participant)) {
      ModelValidator.create(cli().clock()).read(in, Participant.class);
      violations = List.of();
    } catch (InvalidInputException e) {
      violations = e.violations();
    }
    ObjectNode result = cli().object();
    result.put("valid", violations.isEmpty());
    ArrayNode list = result.putArray("violations");
    for (Violation v : violations) {
      list.addObject()
          .put("field", v.field())
          .put("code", v.code().name())
          .put("message", v.message());
    }
    cli().print(result);
    if (violations.isEmpty()) {
      return ExitCodes.OK;
    }
    Violation first = violations.get(0);
    cli()
        .error(
            "validate: participant is invalid: "
                + violations.size()
                + " violation(s), first "
                + (first.field().isEmpty() ? "(document)" : first.field())
                + " "
                + first.code());
    return ExitCodes.BAD_INPUT;
  }
}
