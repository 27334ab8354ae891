package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Dates;
import eu.inzage.core.docket.Docket;
import eu.inzage.core.docket.DocketEntry;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.validation.ModelValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inzage status}: the status, deadline and next action of one request (GDPR Art. 12). */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Derives a request's status from its events and computes its deadline (GDPR Art. 12(3)).",
      "Prints {status, due, overdue, next{action, on, dueNow}, received, oneMonth, lateFrom,",
      "country}; next.action is SUBMIT, REMINDER, FOLLOW_UP or COMPLAINT, from the day next.on;",
      "due and next are null when they do not apply."
    })
final class StatusCommand extends Subcommand {
  @Option(
      names = "--request",
      required = true,
      paramLabel = "FILE",
      description = "a request with its events (the library's JSON form, see README)")
  Path request;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "the day to judge on, YYYY-MM-DD (default: today)")
  String on;

  @Mixin DirectoryOption directory;

  @Override
  public Integer call() throws Exception {
    LocalDate day = on == null ? LocalDate.now(cli().clock()) : Dates.parse("--on", on);
    RequestHistory history;
    try (InputStream in = cli().open("--request", request)) {
      history = ModelValidator.create(cli().clock()).read(in, RequestHistory.class);
    }
    DocketEntry entry;
    try {
      entry =
          Docket.builder(cli().clock())
              .controllers(directory.registry().profiles())
              .build()
              .entry(history, day);
    } catch (IllegalTransitionException e) {
      throw new InvalidInputException("events", ViolationCode.INVALID_VALUE, e.getMessage());
    } catch (InvalidInputException e) {
      if (e.violations().get(0).field().equals("controller")) {
        throw new InvalidInputException(
            "controllerId", ViolationCode.INVALID_ID, e.violations().get(0).message());
      }
      throw e;
    }
    ObjectNode json = cli().object();
    json.put("id", entry.requestId());
    json.put("controller", entry.controllerId());
    json.put("status", entry.status().name());
    boolean hasDeadline = entry.deadline() != null;
    json.put("due", hasDeadline ? entry.deadline().due().toString() : null);
    json.put("overdue", entry.overdue());
    if (entry.next() == null) {
      json.putNull("next");
    } else {
      json.putObject("next")
          .put("action", entry.next().kind().name())
          .put("on", entry.next().on() == null ? null : entry.next().on().toString())
          .put("dueNow", entry.next().isDueOn(day));
    }
    json.put("received", hasDeadline ? entry.deadline().received().toString() : null);
    json.put("oneMonth", hasDeadline ? entry.deadline().oneMonth().toString() : null);
    json.put("lateFrom", hasDeadline ? entry.deadline().lateFrom().toString() : null);
    json.put("country", hasDeadline ? entry.deadline().country() : null);
    json.put("extended", hasDeadline && entry.deadline().extended());
    json.put("on", day.toString());
    cli().print(json);
    return ExitCodes.OK;
  }
}
