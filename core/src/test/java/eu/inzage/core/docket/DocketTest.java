package eu.inzage.core.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.deadline.HolidayCalendars;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent.Acknowledged;
import eu.inzage.core.lifecycle.RequestEvent.Fulfilled;
import eu.inzage.core.lifecycle.RequestEvent.PartiallyFulfilled;
import eu.inzage.core.lifecycle.RequestEvent.ProcessorOnlyClaimed;
import eu.inzage.core.lifecycle.RequestEvent.Refused;
import eu.inzage.core.lifecycle.RequestEvent.ReminderSent;
import eu.inzage.core.lifecycle.RequestEvent.Submitted;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.ChannelType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocketTest {
  private static final Lifecycle LIFECYCLE = Lifecycle.standard();

  private static Clock on(String day) {
    return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  private static RequestHistory submitted(
      String id, String controller, String residence, String sent) {
    return LIFECYCLE.append(
        new RequestHistory(id, "p-" + id, controller, residence, List.of()),
        new Submitted(Instant.parse(sent + "T10:00:00Z"), ChannelType.EMAIL, null));
  }

  // received 2021-03-05 at TikTok (IE): due 2021-04-06 (5 April 2021 was Easter Monday)
  private final RequestHistory tiktok = submitted("r-1", "tiktok", "NL", "2021-03-05");
  // received 2021-03-20 at Palantir (weekends only): 20 April 2021 is a Tuesday
  private final RequestHistory palantir = submitted("r-2", "palantir", "DE", "2021-03-20");
  private final RequestHistory done =
      LIFECYCLE.append(
          submitted("r-3", "zoom", "NL", "2021-03-01"),
          new Fulfilled(Instant.parse("2021-03-20T10:00:00Z")));
  private final RequestHistory reminded =
      LIFECYCLE.append(
          submitted("r-4", "tiktok", "BE", "2021-02-01"),
          new ReminderSent(Instant.parse("2021-03-03T10:00:00Z")));
  private final List<RequestHistory> all = List.of(tiktok, palantir, done, reminded);

  @Test
  void entry_dayAfterDue_overdueWithReminderNext() {
    DocketEntry entry = Docket.of(on("2021-04-07")).entry(tiktok);

    assertThat(entry.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(entry.deadline().due()).isEqualTo("2021-04-06");
    assertThat(entry.overdue()).isTrue();
    assertThat(entry.next())
        .isEqualTo(new NextAction(NextAction.Kind.REMINDER, LocalDate.parse("2021-04-07")));
  }

  @Test
  void entry_configuredCalendars_reminderSkipsTheAddedHoliday() {
    HolidayCalendars calendars =
        HolidayCalendars.builder()
            .addHoliday("IE", LocalDate.parse("2021-04-07"), "Office closure")
            .build();
    Lifecycle lifecycle =
        Lifecycle.builder().engine(DeadlineEngine.builder().calendars(calendars).build()).build();

    DocketEntry entry = Docket.builder(on("2021-04-07")).lifecycle(lifecycle).build().entry(tiktok);

    assertThat(entry.deadline().due()).isEqualTo("2021-04-06");
    assertThat(entry.next())
        .isEqualTo(new NextAction(NextAction.Kind.REMINDER, LocalDate.parse("2021-04-08")));
  }

  @Test
  void builder_settingTwice_namesTheSetting() {
    Docket.Builder builder = Docket.builder(on("2021-04-07")).lifecycle(LIFECYCLE);

    assertThatThrownBy(() -> builder.lifecycle(LIFECYCLE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("lifecycle was already set to Lifecycle[");
  }

  @Test
  void entry_onDueDate_notOverdue() {
    assertThat(Docket.of(on("2021-04-06")).entry(tiktok).overdue()).isFalse();
  }

  @Test
  void overdue_mixedRequests_onlyOpenPastDue() {
    List<DocketEntry> overdue = Docket.of(on("2021-04-07")).overdue(all);

    assertThat(overdue).extracting(DocketEntry::requestId).containsExactly("r-4", "r-1");
  }

  @Test
  void dueWithin_twoWeeks_openNotYetOverdue() {
    List<DocketEntry> soon = Docket.of(on("2021-04-07")).dueWithin(all, 14);

    assertThat(soon).extracting(DocketEntry::requestId).containsExactly("r-2");
    assertThat(soon.get(0).deadline().due()).isEqualTo("2021-04-20");
  }

  @Test
  void remindersAndComplaints_defaultPolicy_dueOnTheRightDays() {
    Docket docket = Docket.of(on("2021-03-17"));

    // reminder sent 3 March → complaint due from 17 March
    assertThat(docket.complaintsDue(all)).extracting(DocketEntry::requestId).containsExactly("r-4");
    assertThat(Docket.of(on("2021-03-16")).complaintsDue(all)).isEmpty();
    assertThat(Docket.of(on("2021-04-06")).remindersDue(all)).isEmpty();
    assertThat(Docket.of(on("2021-04-07")).remindersDue(all))
        .extracting(DocketEntry::requestId)
        .containsExactly("r-1");
  }

  @Test
  void remindersDue_customPolicy_threeWorkingDaysAfterDue() {
    EscalationPolicy policy =
        EscalationPolicy.builder().reminderAfterWorkingDays(3).complaintAfterDays(7).build();
    Docket docket = Docket.builder(on("2021-04-08")).escalation(policy).build();

    assertThat(docket.entry(tiktok).next().on()).isEqualTo("2021-04-09");
    assertThat(docket.entry(reminded).next().on()).isEqualTo("2021-03-10");
  }

  @Test
  void entry_answered_followUpOrComplaint() {
    Docket docket = Docket.of(on("2021-04-10"));
    RequestHistory partial =
        LIFECYCLE.append(tiktok, new PartiallyFulfilled(Instant.parse("2021-04-01T09:00:00Z")));
    RequestHistory refused =
        LIFECYCLE.append(palantir, new Refused(Instant.parse("2021-04-02T09:00:00Z"), "excessive"));

    assertThat(docket.entry(partial).next().kind()).isEqualTo(NextAction.Kind.FOLLOW_UP);
    assertThat(docket.entry(refused).next())
        .isEqualTo(new NextAction(NextAction.Kind.COMPLAINT, LocalDate.parse("2021-04-02")));
    assertThat(docket.entry(done).next()).isNull();
    // a partial answer does not stop the period: past the due date (6 April) it is overdue
    assertThat(docket.entry(partial).overdue()).isTrue();
  }

  @Test
  void entry_partialAnswer_overdueOnlyAfterTheDueDate() {
    RequestHistory partial =
        LIFECYCLE.append(tiktok, new PartiallyFulfilled(Instant.parse("2021-04-01T09:00:00Z")));
    RequestHistory processor =
        LIFECYCLE.append(tiktok, new ProcessorOnlyClaimed(Instant.parse("2021-04-01T09:00:00Z")));

    assertThat(Docket.of(on("2021-04-06")).entry(partial).overdue()).isFalse();
    assertThat(Docket.of(on("2021-04-07")).entry(partial).overdue()).isTrue();
    assertThat(Docket.of(on("2021-04-07")).overdue(List.of(partial, processor)))
        .extracting(DocketEntry::status)
        .containsExactly(RequestStatus.PARTIALLY_FULFILLED);
  }

  @Test
  void finalDate_complaintAfterDaysButNeverBeforeTheControllerIsLate() {
    EscalationPolicy policy = EscalationPolicy.standard();
    Deadline deadline =
        LIFECYCLE
            .deadline(
                tiktok,
                ControllerProfiles.builtIn().require("tiktok"),
                LocalDate.parse("2021-04-07"))
            .orElseThrow();

    // due 6 April 2021: a reminder on 7 April sets 21 April; one sent on 1 April sets 7 April
    assertThat(policy.finalDate(LocalDate.parse("2021-04-07"), deadline)).isEqualTo("2021-04-21");
    assertThat(policy.finalDate(LocalDate.parse("2021-03-20"), deadline)).isEqualTo("2021-04-07");
    assertThat(policy.finalDate(LocalDate.parse("2021-04-07"), null)).isEqualTo("2021-04-21");
    // the docket's complaint day after a reminder is the same final date
    RequestHistory remindedLate =
        LIFECYCLE.append(tiktok, new ReminderSent(Instant.parse("2021-04-07T10:00:00Z")));
    assertThat(Docket.of(on("2021-04-08")).entry(remindedLate).next())
        .isEqualTo(new NextAction(NextAction.Kind.COMPLAINT, LocalDate.parse("2021-04-21")));
  }

  @Test
  void scoreboard_countsByControllerStatusCountry() {
    RequestHistory second =
        LIFECYCLE.append(
            submitted("r-5", "tiktok", "NL", "2021-03-06"),
            new Acknowledged(Instant.parse("2021-03-07T00:00:00Z")));
    RequestHistory third = submitted("r-6", "tiktok", "NL", "2021-03-06");

    Map<ScoreKey, Long> board =
        Docket.of(on("2021-04-07")).scoreboard(List.of(tiktok, second, third, done));

    assertThat(board)
        .containsExactly(
            Map.entry(new ScoreKey("tiktok", RequestStatus.SUBMITTED, "NL"), 2L),
            Map.entry(new ScoreKey("tiktok", RequestStatus.ACKNOWLEDGED, "NL"), 1L),
            Map.entry(new ScoreKey("zoom", RequestStatus.FULFILLED, "NL"), 1L));
  }

  @Test
  void writeICalendar_oneEventPerDueDate_noParticipantIdsUnlessAsked() throws Exception {
    Docket docket = Docket.of(on("2021-04-07"));
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ByteArrayOutputStream withIds = new ByteArrayOutputStream();

    docket.writeICalendar(all, plain, false);
    docket.writeICalendar(all, withIds, true);

    String ics = plain.toString(StandardCharsets.UTF_8);
    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR")
        .contains("VERSION:2.0")
        .contains("PRODID:-//Inzage//Docket//EN");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(5);
    assertThat(ics).contains("DTSTART;VALUE=DATE:20210406").contains("UID:r-1-due@inzage.eu");
    assertThat(ics).contains("DTSTAMP:20210407T120000Z");
    assertThat(ics).doesNotContain("p-r-1");
    assertThat(withIds.toString(StandardCharsets.UTF_8)).contains("p-r-1");
  }
}
