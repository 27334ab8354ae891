package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inzage record}: appends one event to a request file, such as the submission an operator
 * confirms with a web form's ticket number or a registered letter's tracking number (the proof that
 * starts the Art. 12(3) period).
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description = {
      "Appends an event to a request's JSON file (the form inzage status reads), after checking it"
          + " against the request's lifecycle; the file is replaced atomically.",
      "--event is the event's JSON, e.g. {\"type\":\"submitted\",\"at\":\"2026-12-01T10:00:00Z\","
          + "\"channel\":\"WEB_FORM\",\"proof\":\"ticket 4711\"}.",
      "Prints {id, controller, recorded, events, status}; exit 2, the file unchanged, when the"
          + " event is invalid or not allowed after the events before it."
    })
final class RecordCommand extends Subcommand {
  @Option(
      names = "--request",
      required = true,
      paramLabel = "FILE",
      description = "the request with its events; replaced with the event appended")
  Path request;

  @Option(
      names = "--event",
      required = true,
      paramLabel = "JSON",
      description = "the event as JSON (type, at, and the event's own fields)")
  String event;

  @Override
  public Integer call() throws Exception {
    ModelValidator validator = ModelValidator.create(cli().clock());
    RequestHistory history;
    try (InputStream in = cli().open("--request", request)) {
      history = validator.read(in, RequestHistory.class);
    }
    RequestEvent parsed =
        ModelFiles.prefixed(
            "event",
            "--event",
            () ->
                validator.read(
                    new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                    RequestEvent.class));
    if (parsed.at().isAfter(cli().clock().instant())) {
      // an event is recorded when it has happened
      throw new InvalidInputException("event.at", ViolationCode.FUTURE_DATE, "is in the future");
    }
    Lifecycle lifecycle = Lifecycle.standard();
    RequestHistory appended;
    try {
      appended = lifecycle.append(history, parsed);
    } catch (IllegalTransitionException e) {
      throw new InvalidInputException("event", ViolationCode.INVALID_VALUE, e.getMessage());
    }
    RequestFiles.write(request, appended);
    ObjectNode json = cli().object();
    json.put("id", appended.id());
    json.put("controller", appended.controllerId());
    json.put("recorded", parsed.kind().code());
    json.put("events", appended.events().size());
    json.put("status", lifecycle.status(appended).name());
    cli().print(json);
    return ExitCodes.OK;
  }
}
