package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.deadline.HolidayCalendars;
import eu.inzage.core.docket.Docket;
import eu.inzage.core.docket.DocketEntry;
import eu.inzage.core.docket.NextAction;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One organisation, one deadline engine: a bridge day added to the Netherlands' calendar (Dutch
 * Algemene termijnenwet art. 3(3)) moves the due date of Art. 12(3) GDPR by the same days in every
 * component that states it — the deadline engine, the request's status through the lifecycle, the
 * docket, the reminder letter and the collective complaint's annex (Art. 80(1) with Art. 77).
 *
 * <p>A request to a controller acting from the Netherlands reaches it on Wednesday 15 April 2026:
 * one month later is Friday 15 May 2026, the day after Ascension Day. Counted with the statutory
 * calendar that Friday is the due date; declared a bridge day, the period rolls past it and the
 * weekend to Monday 18 May 2026.
 */
class OneDueDateTest {
  private static final LocalDate RECEIVED = LocalDate.of(2026, 4, 15);
  private static final LocalDate BRIDGE_DAY = LocalDate.of(2026, 5, 15);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> calendars() {
    return Stream.of(
        Arguments.of(
            "statutory calendar",
            HolidayCalendars.standard(),
            LocalDate.of(2026, 5, 15),
            "15 May 2026",
            LocalDate.of(2026, 5, 18)),
        Arguments.of(
            "with the bridge day",
            HolidayCalendars.builder().addHoliday("NL", BRIDGE_DAY, "Bridge day").build(),
            LocalDate.of(2026, 5, 18),
            "18 May 2026",
            LocalDate.of(2026, 5, 19)));
  }

  /** A controller whose deadline country is the Netherlands (its JSON: the canonical shape). */
  private static ControllerProfile dutchController() {
    ObjectNode json =
        InzageJson.newMapper().valueToTree(ControllerProfiles.builtIn().require("tiktok"));
    json.put("id", "dutch-shop");
    json.put("deadlineCountry", "NL");
    json.put("establishment", "NL");
    json.put("zone", "Europe/Amsterdam");
    return InzageJson.strict().read(json.toString(), ControllerProfile.class);
  }

  @ParameterizedTest(name = "{0}: due {2}")
  @MethodSource("calendars")
  void dueDate_sameInEngineStatusDocketReminderAndComplaint(
      String label,
      HolidayCalendars calendars,
      LocalDate due,
      String dueInEnglish,
      LocalDate reminderFrom)
      throws Exception {
    DeadlineEngine engine = DeadlineEngine.builder().calendars(calendars).build();
    Lifecycle lifecycle = Lifecycle.builder().engine(engine).build();
    Letters letters = Letters.builder().clock(CLOCK).lifecycle(lifecycle).build();
    ControllerProfile controller = dutchController();
    RequestHistory history =
        lifecycle.append(
            new RequestHistory("r-1", "p-000123", controller.id(), "NL", List.of()),
            new RequestEvent.Submitted(
                Instant.parse("2026-04-15T08:00:00Z"), ChannelType.EMAIL, "message 1"));

    // the deadline engine, asked the documented way
    assertThat(engine.compute(engine.queryFor(RECEIVED, controller, "NL").build()).due())
        .isEqualTo(due);
    // the request's status and deadline through the lifecycle
    assertThat(lifecycle.status(history)).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(lifecycle.deadline(history, controller, LocalDate.now(CLOCK)).orElseThrow().due())
        .isEqualTo(due);
    // the docket: due date, overdue, and the reminder one working day later (Monday 18 May, or
    // Tuesday 19 May after the bridge day and the weekend)
    DocketEntry entry =
        Docket.builder(CLOCK)
            .controllers(ControllerProfiles.of(List.of(controller)))
            .lifecycle(lifecycle)
            .build()
            .entry(history);
    assertThat(entry.deadline().received()).isEqualTo(RECEIVED);
    assertThat(entry.deadline().due()).isEqualTo(due);
    assertThat(entry.overdue()).isTrue();
    assertThat(entry.next().kind()).isEqualTo(NextAction.Kind.REMINDER);
    assertThat(entry.next().on()).isEqualTo(reminderFrom);
    // the reminder letter (text) cites the due date of the tracked request
    Letter reminder =
        letters.compose(
            LetterInput.of(
                    LetterKind.REMINDER,
                    Fixtures.participant("Zoë Ångström-Łukasiewicz", "en"),
                    controller,
                    Fixtures.organisation())
                .withLanguage("en")
                .withFacts(letters.facts(history, controller)));
    assertThat(letters.facts(history, controller).due()).isEqualTo(due);
    assertThat(reminder.text())
        .contains("Our request reached you on 15 April 2026.")
        .contains("ended on " + dueInEnglish + ".");
    // the collective complaint's annex computes the due date from the receipt day alone
    List<Volume> volumes = new ArrayList<>();
    letters.writeCollective(
        CollectiveInput.of(CollectiveKind.COMPLAINT, controller, Fixtures.organisation())
            .withLanguage("en"),
        CollectiveSource.of(
            () ->
                List.of(
                        new CollectiveEntry(
                            CollectiveLetterTest.participant(1), LetterFacts.dates(RECEIVED, null)))
                    .iterator()),
        volumes::add);
    assertThat(volumes).hasSize(1);
    assertThat(PdfText.of(volumes.get(0).pdf().bytes())).contains("due " + dueInEnglish);
  }
}
