package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Dates;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.deadline.DeadlineQuery;
import eu.inzage.core.deadline.HolidayCalendar;
import eu.inzage.core.deadline.HolidayCalendars;
import eu.inzage.core.deadline.IdentityPause;
import eu.inzage.core.deadline.PauseReading;
import eu.inzage.core.deadline.Rollover;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.validation.CountryCodes;
import java.io.IOException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inzage deadline}: the statutory deadline of one request (GDPR Art. 12(3), Regulation
 * 1182/71; see {@code docs/law/deadlines.md}).
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the statutory deadline of an access request (GDPR Art. 12(3), Reg. 1182/71).",
      "Prints {received, oneMonth, due, country, regime, extended, suspendedDays, pauseHonoured,",
      "reading, rollovers[{date, reason}]}; country null means weekends only."
    })
final class DeadlineCommand extends Subcommand {
  @Option(
      names = "--received",
      required = true,
      paramLabel = "DATE",
      description = "the day the request reached the controller (its time zone), YYYY-MM-DD")
  String received;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Exactly one of --country and --controller. */
  static final class Target {
    @Option(
        names = "--country",
        paramLabel = "CC",
        description =
            "the deadline country: an EU/EEA state or CH (ISO code, EL for Greece), optionally"
                + " with a region (DE-BY), or 'none' for weekends only (a controller without EU"
                + " establishment or representative)")
    String country;

    @Option(
        names = "--controller",
        paramLabel = "ID",
        description =
            "a controller: tiktok, zoom, palantir, or the slug of a controller of --directory")
    String controller;
  }

  @Mixin DirectoryOption directory;

  @Option(
      names = "--extended",
      description = "the controller notified the two-month extension within the first month")
  boolean extended;

  @Option(
      names = "--suspended",
      paramLabel = "FROM..TO",
      description =
          "identity pause: asked on FROM, received on TO (counts if FROM is at most 5"
              + " working days after receipt)")
  String suspended;

  @Option(
      names = "--reading",
      paramLabel = "shift|restart",
      description = "how the pause applies: shift (default) or restart")
  String reading;

  @Option(
      names = "--residence",
      paramLabel = "CC",
      description =
          "the person's country of residence; CH with a controller outside the EU/EEA"
              + " selects the Swiss 30-day regime")
  String residence;

  @Override
  public Integer call() throws IOException {
    DeadlineEngine engine = DeadlineEngine.standard();
    DeadlineQuery.Builder query = query(engine, Dates.parse("--received", received));
    if (extended) {
      query.extended();
    }
    if (suspended != null) {
      query.pause(pause(suspended));
    }
    if (reading != null) {
      query.reading(reading(reading));
    }
    Deadline deadline;
    try {
      deadline = engine.compute(query.build());
    } catch (InvalidInputException e) {
      throw renamed("--" + e.violations().get(0).field(), e);
    }
    cli().print(toJson(deadline));
    return ExitCodes.OK;
  }

  /**
   * The library's query: for {@code --controller} the controller-aware one, for {@code --country}
   * the one for the calendar of the state in which the controller acts (regime and Swiss calendar
   * chosen by the engine in both cases).
   */
  private DeadlineQuery.Builder query(DeadlineEngine engine, java.time.LocalDate day)
      throws IOException {
    String home = residence == null ? null : residence(residence);
    if (target.controller != null) {
      return engine.queryFor(day, controller(target.controller), home);
    }
    String country = target.country.strip();
    HolidayCalendar calendar =
        country.equalsIgnoreCase("none")
            ? HolidayCalendars.weekendsOnly()
            : country("--country", country, engine);
    return engine.queryFor(day, calendar, home);
  }

  private ControllerProfile controller(String id) throws IOException {
    return directory.adapter(id).profile();
  }

  private static HolidayCalendar country(String option, String code, DeadlineEngine engine) {
    try {
      int dash = code.indexOf('-');
      return dash < 0
          ? engine.calendars().forCountry(code)
          : engine.calendars().forRegion(code.substring(0, dash), code.substring(dash + 1));
    } catch (InvalidInputException e) {
      throw renamed(option, e);
    }
  }

  private static String residence(String code) {
    return CountryCodes.require("--residence", code);
  }

  private static IdentityPause pause(String text) {
    try {
      return IdentityPause.parse(text);
    } catch (InvalidInputException e) {
      throw renamed("--suspended", e);
    }
  }

  private static PauseReading reading(String text) {
    return switch (Cli.asciiLower(text.strip())) {
      case "shift" -> PauseReading.SHIFT;
      case "restart" -> PauseReading.RESTART;
      default ->
          throw new InvalidInputException(
              "--reading", ViolationCode.INVALID_VALUE, "expected shift or restart");
    };
  }

  private static InvalidInputException renamed(String option, InvalidInputException e) {
    var first = e.violations().get(0);
    return new InvalidInputException(option, first.code(), first.message());
  }

  private ObjectNode toJson(Deadline deadline) {
    ObjectNode json = cli().object();
    json.put("received", deadline.received().toString());
    json.put("oneMonth", deadline.oneMonth().toString());
    json.put("due", deadline.due().toString());
    json.put("lateFrom", deadline.lateFrom().toString());
    json.put("country", deadline.country());
    json.put("regime", deadline.regime().name());
    json.put("extended", deadline.extended());
    json.put("suspendedDays", deadline.suspendedDays());
    json.put("pauseHonoured", deadline.pauseHonoured());
    json.put("reading", deadline.reading() == null ? null : deadline.reading().name());
    json.set("rollovers", rollovers(deadline.rollovers()));
    json.set("oneMonthRollovers", rollovers(deadline.oneMonthRollovers()));
    return json;
  }

  private ArrayNode rollovers(java.util.List<Rollover> list) {
    ArrayNode array = cli().mapper().createArrayNode();
    for (Rollover rollover : list) {
      array
          .addObject()
          .put("date", rollover.date().toString())
          .put("reason", rollover.reason())
          .put("text", rollover.toString());
    }
    return array;
  }
}
