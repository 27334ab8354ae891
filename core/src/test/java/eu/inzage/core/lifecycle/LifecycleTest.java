package eu.inzage.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.HolidayCalendars;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.lifecycle.RequestEvent.Acknowledged;
import eu.inzage.core.lifecycle.RequestEvent.ComplaintFiled;
import eu.inzage.core.lifecycle.RequestEvent.ExtensionNotified;
import eu.inzage.core.lifecycle.RequestEvent.Fulfilled;
import eu.inzage.core.lifecycle.RequestEvent.IdentityProvided;
import eu.inzage.core.lifecycle.RequestEvent.IdentityRequested;
import eu.inzage.core.lifecycle.RequestEvent.NoDataHeld;
import eu.inzage.core.lifecycle.RequestEvent.PartiallyFulfilled;
import eu.inzage.core.lifecycle.RequestEvent.ProcessorOnlyClaimed;
import eu.inzage.core.lifecycle.RequestEvent.Refused;
import eu.inzage.core.lifecycle.RequestEvent.ReminderSent;
import eu.inzage.core.lifecycle.RequestEvent.Submitted;
import eu.inzage.core.lifecycle.RequestEvent.Withdrawn;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {
  private static final ControllerProfiles PROFILES = ControllerProfiles.builtIn();
  private static final Lifecycle LIFECYCLE = Lifecycle.standard();

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static RequestHistory history(String controller, String residence) {
    return new RequestHistory("r-1", "p-1", controller, residence, List.of());
  }

  private static RequestEvent event(String kind, Instant at) {
    Function<Instant, RequestEvent> make =
        switch (kind) {
          case "submitted" -> i -> new Submitted(i, ChannelType.EMAIL, "msg-1");
          case "acknowledged" -> Acknowledged::new;
          case "identityRequested" -> IdentityRequested::new;
          case "identityProvided" -> IdentityProvided::new;
          case "extensionNotified" -> i -> new ExtensionNotified(i, "complexity");
          case "fulfilled" -> Fulfilled::new;
          case "partiallyFulfilled" -> PartiallyFulfilled::new;
          case "refused" -> i -> new Refused(i, "manifestly unfounded");
          case "noDataHeld" -> NoDataHeld::new;
          case "processorOnlyClaimed" -> ProcessorOnlyClaimed::new;
          case "reminderSent" -> ReminderSent::new;
          case "complaintFiled" -> i -> new ComplaintFiled(i, "NL");
          case "withdrawn" -> i -> new Withdrawn(i, true);
          default -> throw new IllegalArgumentException(kind);
        };
    return make.apply(at);
  }

  private static RequestHistory replay(String kinds) {
    RequestHistory history = history("tiktok", "NL");
    Instant time = at("2025-03-03T10:00:00Z");
    if (!kinds.isBlank()) {
      for (String kind : kinds.split(" ")) {
        history = LIFECYCLE.append(history, event(kind, time));
        time = time.plusSeconds(86_400);
      }
    }
    return history;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '' | NEW
          submitted | SUBMITTED
          submitted acknowledged | ACKNOWLEDGED
          submitted identityRequested | AWAITING_IDENTITY
          submitted acknowledged identityRequested identityProvided | ACKNOWLEDGED
          submitted extensionNotified | EXTENDED
          submitted extensionNotified fulfilled | FULFILLED
          submitted partiallyFulfilled | PARTIALLY_FULFILLED
          submitted partiallyFulfilled reminderSent | REMINDED
          submitted partiallyFulfilled reminderSent fulfilled | FULFILLED
          submitted refused | REFUSED
          submitted noDataHeld | NO_DATA_HELD
          submitted processorOnlyClaimed | PROCESSOR_ONLY
          submitted reminderSent | REMINDED
          submitted reminderSent acknowledged | ACKNOWLEDGED
          submitted reminderSent complaintFiled | COMPLAINT_FILED
          submitted reminderSent complaintFiled fulfilled | FULFILLED
          submitted withdrawn | WITHDRAWN
          withdrawn | WITHDRAWN
          """)
  void status_legalSequences_derived(String kinds, RequestStatus expected) {
    assertThat(LIFECYCLE.status(replay(kinds))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '' | fulfilled | NEW
          '' | acknowledged | NEW
          '' | reminderSent | NEW
          '' | complaintFiled | NEW
          submitted | submitted | SUBMITTED
          submitted | identityProvided | SUBMITTED
          submitted identityRequested identityProvided | identityRequested | SUBMITTED
          submitted extensionNotified | extensionNotified | EXTENDED
          submitted fulfilled | fulfilled | FULFILLED
          submitted fulfilled | reminderSent | FULFILLED
          submitted noDataHeld | partiallyFulfilled | NO_DATA_HELD
          submitted withdrawn | fulfilled | WITHDRAWN
          submitted withdrawn | complaintFiled | WITHDRAWN
          submitted withdrawn | withdrawn | WITHDRAWN
          submitted complaintFiled | reminderSent | COMPLAINT_FILED
          """)
  void append_illegalEvent_typedErrorNamingStatusAndEvent(
      String kinds, String kind, RequestStatus status) {
    RequestHistory history = replay(kinds);
    RequestEvent next = event(kind, at("2026-01-01T00:00:00Z"));

    assertThatThrownBy(() -> LIFECYCLE.append(history, next))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.event()).isEqualTo(EventKind.ofCode(kind));
              assertThat(e.getMessage()).contains(kind).contains(status.name()).contains("r-1");
            });
    assertThat(history.events()).hasSize(kinds.isBlank() ? 0 : kinds.split(" ").length);
  }

  @Test
  void append_eventOlderThanPrevious_invalidInput() {
    RequestHistory history = replay("submitted");

    assertThatThrownBy(
            () -> LIFECYCLE.append(history, new Acknowledged(at("2025-03-01T00:00:00Z"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("events.1.at");
  }

  @Test
  void deadline_webFormLateEveningUtc_receiptDayInDublin() {
    RequestHistory history =
        LIFECYCLE.append(
            history("tiktok", "NL"),
            new Submitted(at("2021-03-04T23:30:00Z"), ChannelType.WEB_FORM, null));

    Deadline deadline =
        Lifecycle.standard()
            .deadline(
                history, PROFILES.require(history.controllerId()), LocalDate.parse("2021-03-10"))
            .orElseThrow();

    // Dublin is on UTC in March: still 4 March; 4 April 2021 is Easter Sunday, 5 April Easter
    // Monday
    assertThat(deadline.received()).isEqualTo("2021-03-04");
    assertThat(deadline.due()).isEqualTo("2021-04-06");
  }

  @Test
  void deadline_post_receiptAfterDeliveryDelay() {
    Lifecycle lifecycle = Lifecycle.builder().postDeliveryDays(2).build();
    RequestHistory history =
        LIFECYCLE.append(
            history("palantir", "NL"),
            new Submitted(at("2025-03-03T15:00:00Z"), ChannelType.POST, "RR123456789NL"));

    Deadline deadline =
        lifecycle
            .deadline(
                history, PROFILES.require(history.controllerId()), LocalDate.parse("2025-03-10"))
            .orElseThrow();

    assertThat(deadline.received()).isEqualTo("2025-03-05");
    assertThat(deadline.due()).isEqualTo("2025-04-07");
    assertThat(deadline.country()).isNull();
  }

  @Test
  void deadline_extensionNotifiedInTime_threeMonthsFromReceipt() {
    RequestHistory history =
        LIFECYCLE.append(
            LIFECYCLE.append(
                history("zoom", "DE"),
                new Submitted(at("2025-01-31T12:00:00Z"), ChannelType.EMAIL, "m-1")),
            new ExtensionNotified(at("2025-02-20T12:00:00Z"), "number of requests"));

    Deadline deadline =
        Lifecycle.standard()
            .deadline(
                history, PROFILES.require(history.controllerId()), LocalDate.parse("2025-03-01"))
            .orElseThrow();

    assertThat(deadline.extended()).isTrue();
    assertThat(deadline.due()).isEqualTo("2025-04-30");
    assertThat(LIFECYCLE.status(history)).isEqualTo(RequestStatus.EXTENDED);
  }

  @Test
  void deadline_identityPauseClosed_shiftsBySuspendedDays() {
    RequestHistory history =
        LIFECYCLE.append(
            LIFECYCLE.append(
                LIFECYCLE.append(
                    history("tiktok", "NL"),
                    new Submitted(at("2025-03-03T09:00:00Z"), ChannelType.WEB_FORM, null)),
                new IdentityRequested(at("2025-03-05T09:00:00Z"))),
            new IdentityProvided(at("2025-03-12T09:00:00Z")));

    Deadline deadline =
        Lifecycle.standard()
            .deadline(
                history, PROFILES.require(history.controllerId()), LocalDate.parse("2025-03-20"))
            .orElseThrow();

    assertThat(deadline.pauseHonoured()).isTrue();
    assertThat(deadline.suspendedDays()).isEqualTo(7);
    assertThat(deadline.due()).isEqualTo("2025-04-10");
  }

  @Test
  void deadline_identityPauseOpen_runsUntilAsOf() {
    RequestHistory history =
        LIFECYCLE.append(
            LIFECYCLE.append(
                history("tiktok", "NL"),
                new Submitted(at("2025-03-03T09:00:00Z"), ChannelType.WEB_FORM, null)),
            new IdentityRequested(at("2025-03-05T09:00:00Z")));

    Deadline deadline =
        Lifecycle.standard()
            .deadline(
                history, PROFILES.require(history.controllerId()), LocalDate.parse("2025-03-15"))
            .orElseThrow();

    assertThat(deadline.suspendedDays()).isEqualTo(10);
    assertThat(deadline.due()).isEqualTo("2025-04-14");
  }

  @Test
  void deadline_swissResidentZoom_swissRegime() {
    RequestHistory history =
        LIFECYCLE.append(
            history("zoom", "CH"),
            new Submitted(at("2025-07-02T12:00:00Z"), ChannelType.EMAIL, null));

    Deadline deadline =
        Lifecycle.standard()
            .deadline(
                history, PROFILES.require(history.controllerId()), LocalDate.parse("2025-07-03"))
            .orElseThrow();

    assertThat(deadline.due()).isEqualTo("2025-08-04");
  }

  @Test
  void deadline_calendarOverride_usesOverride() {
    RequestHistory history =
        LIFECYCLE.append(
            history("tiktok", "NL"),
            new Submitted(at("2025-03-18T09:00:00Z"), ChannelType.WEB_FORM, null));

    Deadline deadline =
        Lifecycle.standard()
            .deadline(
                history,
                PROFILES.require("tiktok"),
                LocalDate.parse("2025-03-20"),
                HolidayCalendars.standard().forCountry("NL"))
            .orElseThrow();

    assertThat(deadline.country()).isEqualTo("NL");
    assertThat(deadline.due()).isEqualTo("2025-04-22");
  }

  @Test
  void deadline_notSubmitted_empty() {
    assertThat(
            Lifecycle.standard()
                .deadline(
                    history("tiktok", "NL"),
                    PROFILES.require("tiktok"),
                    LocalDate.parse("2025-01-01")))
        .isEmpty();
  }

  @Test
  void json_everyEventKind_roundTrips() {
    List<RequestEvent> events = new ArrayList<>();
    Instant time = at("2025-03-03T10:00:00Z");
    for (EventKind kind : EventKind.values()) {
      events.add(event(kind.code(), time));
    }
    RequestHistory history = new RequestHistory("r-1", "p-1", "tiktok", "EL", events);

    String json = InzageJson.strict().write(history);
    RequestHistory read = InzageJson.strict().read(json, RequestHistory.class);

    assertThat(read).isEqualTo(history);
    assertThat(read.residence()).isEqualTo("GR");
    assertThat(json).contains("\"type\":\"submitted\"").contains("\"type\":\"complaintFiled\"");
    assertThat(EventKind.values()).hasSize(13);
  }

  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource({
    "SUBMITTED, submitted, Submitted",
    "ACKNOWLEDGED, acknowledged, Acknowledged",
    "IDENTITY_REQUESTED, identityRequested, IdentityRequested",
    "IDENTITY_PROVIDED, identityProvided, IdentityProvided",
    "EXTENSION_NOTIFIED, extensionNotified, ExtensionNotified",
    "FULFILLED, fulfilled, Fulfilled",
    "PARTIALLY_FULFILLED, partiallyFulfilled, PartiallyFulfilled",
    "REFUSED, refused, Refused",
    "NO_DATA_HELD, noDataHeld, NoDataHeld",
    "PROCESSOR_ONLY_CLAIMED, processorOnlyClaimed, ProcessorOnlyClaimed",
    "REMINDER_SENT, reminderSent, ReminderSent",
    "COMPLAINT_FILED, complaintFiled, ComplaintFiled",
    "WITHDRAWN, withdrawn, Withdrawn"
  })
  void eventKind_stableCodes_matchTheEventsAndTheJson(
      EventKind kind, String code, String recordName) {
    RequestEvent event = event(code, at("2025-03-03T10:00:00Z"));

    assertThat(kind.code()).isEqualTo(code);
    assertThat(EventKind.ofCode(code)).isEqualTo(kind);
    assertThat(kind.eventType().getSimpleName()).isEqualTo(recordName);
    assertThat(event.kind()).isEqualTo(kind);
    assertThat(event).isInstanceOf(kind.eventType());
    assertThat(InzageJson.strict().write(event)).startsWith("{\"type\":\"" + code + "\",");
  }

  @Test
  void eventKind_unknownCode_invalidInputNamingType() {
    assertThatThrownBy(() -> EventKind.ofCode("java.lang.Object"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("type"));
  }

  @Test
  void json_unknownEventType_malformedNotInstantiated() {
    String json =
        "{\"id\":\"r-1\",\"controllerId\":\"tiktok\",\"events\":[{\"type\":\"java.lang.Object\","
            + "\"at\":\"2025-03-03T10:00:00Z\"}]}";

    assertThatThrownBy(
            () ->
                ModelValidator.create(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        RequestHistory.class))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void validate_missingTimeAndChannel_violationsNameFields() {
    RequestHistory history =
        new RequestHistory("r-1", null, "tiktok", "XX", List.of(new Submitted(null, null, null)));

    List<String> fields =
        ModelValidator.create(Clock.systemUTC()).validate(history).stream()
            .map(v -> v.field() + " " + v.code())
            .toList();

    assertThat(fields)
        .contains("residence UNKNOWN_COUNTRY", "events.0.at REQUIRED", "events.0.channel REQUIRED");
  }
}
