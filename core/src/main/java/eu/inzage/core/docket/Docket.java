package eu.inzage.core.docket;

import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.deadline.HolidayCalendar;
import eu.inzage.core.deadline.HolidayCalendars;
import eu.inzage.core.internal.docket.ICalendarWriter;
import eu.inzage.core.lifecycle.Lifecycle;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.core.model.ControllerProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The organisation's docket: given requests with their events and a {@link Clock}, what is overdue
 * (GDPR Art. 12(3); late from the day after the due date, also after a partial answer), what falls
 * due soon, which reminders and complaints (Art. 77) are due under an {@link EscalationPolicy}, a
 * scoreboard of counts, and an iCalendar file of due dates. Every date is counted with the
 * calendars of the {@link Lifecycle}'s deadline engine (the due date and the working days to the
 * reminder alike), so a bridge day or a region configured there counts here too. Immutable and
 * thread-safe; requests are read one at a time, so any {@link Iterable} (also a streaming one) will
 * do.
 */
public final class Docket {
  private final Clock clock;
  private final ControllerProfiles controllers;
  private final Lifecycle lifecycle;
  private final EscalationPolicy escalation;
  private final HolidayCalendars calendars;

  private Docket(Builder builder) {
    this.clock = builder.clock;
    this.controllers =
        builder.controllers == null ? ControllerProfiles.builtIn() : builder.controllers;
    this.lifecycle = builder.lifecycle == null ? Lifecycle.standard() : builder.lifecycle;
    this.escalation = builder.escalation == null ? EscalationPolicy.standard() : builder.escalation;
    this.calendars = lifecycle.engine().calendars();
  }

  /** A builder for a docket that reads "today" from the given clock (in the clock's zone). */
  public static Builder builder(Clock clock) {
    return new Builder(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * A docket with the documented defaults: the built-in controllers, {@link Lifecycle#standard()}
   * (so {@link eu.inzage.core.deadline.DeadlineEngine#standard()} and its calendars) and {@link
   * EscalationPolicy#standard()}. With a bridge day or a region, use {@link #builder(Clock)} and
   * {@link Builder#lifecycle(Lifecycle)}.
   */
  public static Docket of(Clock clock) {
    return builder(clock).build();
  }

  /** Today, by the docket's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * One request as of today: status, deadline, whether it is overdue and the next action.
   *
   * @throws eu.inzage.core.InvalidInputException when the controller is unknown
   * @throws eu.inzage.core.lifecycle.IllegalTransitionException when the events are inconsistent
   */
  public DocketEntry entry(RequestHistory request) {
    return entry(request, today());
  }

  /** One request as of the given day. */
  public DocketEntry entry(RequestHistory request, LocalDate day) {
    ControllerProfile controller = controllers.require(request.controllerId());
    RequestStatus status = lifecycle.status(request);
    Deadline deadline = lifecycle.deadline(request, controller, day).orElse(null);
    boolean overdue = deadline != null && status.owesCompleteAnswer() && deadline.isLateOn(day);
    NextAction next = next(request, status, deadline, controller.zone());
    return new DocketEntry(
        request.id(),
        request.participantId(),
        request.controllerId(),
        request.residence(),
        status,
        deadline,
        overdue,
        next);
  }

  private NextAction next(
      RequestHistory request, RequestStatus status, Deadline deadline, ZoneId zone) {
    return switch (status.phase()) {
      case NOT_SUBMITTED -> new NextAction(NextAction.Kind.SUBMIT, null);
      case OPEN -> {
        Instant reminded = Lifecycle.last(request, RequestEvent.ReminderSent.class).orElse(null);
        if (reminded != null) {
          yield new NextAction(
              NextAction.Kind.COMPLAINT,
              escalation.finalDate(LocalDate.ofInstant(reminded, zone), deadline));
        }
        yield new NextAction(
            NextAction.Kind.REMINDER,
            DeadlineEngine.workingDaysAfter(
                deadline.due(), escalation.reminderAfterWorkingDays(), calendar(deadline)));
      }
      case ANSWERED -> {
        LocalDate answered =
            LocalDate.ofInstant(request.events().get(request.events().size() - 1).at(), zone);
        yield new NextAction(
            status == RequestStatus.REFUSED ? NextAction.Kind.COMPLAINT : NextAction.Kind.FOLLOW_UP,
            answered);
      }
      case ESCALATED, CLOSED -> null;
    };
  }

  private HolidayCalendar calendar(Deadline deadline) {
    return deadline.country() == null
        ? HolidayCalendars.weekendsOnly()
        : calendars.forCountry(deadline.country());
  }

  /**
   * The requests that owe a (complete) answer and whose due date has passed, oldest due date first;
   * a partial answer does not stop the period (see {@link RequestStatus#owesCompleteAnswer()}).
   */
  public List<DocketEntry> overdue(Iterable<RequestHistory> requests) {
    return byDue(select(requests, DocketEntry::overdue));
  }

  /** The requests that owe an answer, not yet overdue, due within {@code days} days from today. */
  public List<DocketEntry> dueWithin(Iterable<RequestHistory> requests, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    LocalDate until = today().plusDays(days);
    return byDue(
        select(
            requests,
            e ->
                e.status().isAwaitingAnswer()
                    && !e.overdue()
                    && e.deadline() != null
                    && !e.deadline().due().isAfter(until)));
  }

  /** The requests for which a reminder (or a follow-up letter) is due today. */
  public List<DocketEntry> remindersDue(Iterable<RequestHistory> requests) {
    LocalDate day = today();
    return select(
        requests,
        e ->
            e.next() != null
                && (e.next().kind() == NextAction.Kind.REMINDER
                    || e.next().kind() == NextAction.Kind.FOLLOW_UP)
                && e.next().isDueOn(day));
  }

  /** The requests for which a complaint to the supervisory authority is due today (Art. 77). */
  public List<DocketEntry> complaintsDue(Iterable<RequestHistory> requests) {
    LocalDate day = today();
    return select(
        requests,
        e ->
            e.next() != null
                && e.next().kind() == NextAction.Kind.COMPLAINT
                && e.next().isDueOn(day));
  }

  /**
   * Counts by controller × status × country of residence ({@code "--"} when unknown), in a stable
   * order: the campaign's public scoreboard.
   */
  public SortedMap<ScoreKey, Long> scoreboard(Iterable<RequestHistory> requests) {
    SortedMap<ScoreKey, Long> counts = new TreeMap<>();
    for (RequestHistory request : requests) {
      ScoreKey key =
          new ScoreKey(
              request.controllerId(),
              lifecycle.status(request),
              request.residence() == null ? "--" : request.residence());
      counts.merge(key, 1L, Long::sum);
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * Writes an iCalendar file (RFC 5545) with one all-day event per submitted request on its due
   * date. The event text names the controller, the request id and the status; participant ids
   * appear only when {@code includeParticipantIds} is set. The stream stays open.
   *
   * @throws IOException what the caller's stream throws (nothing is decided by the docket there)
   */
  public void writeICalendar(
      Iterable<RequestHistory> requests, OutputStream out, boolean includeParticipantIds)
      throws IOException {
    ICalendarWriter writer = new ICalendarWriter(clock.instant(), includeParticipantIds);
    LocalDate day = today();
    for (RequestHistory request : requests) {
      DocketEntry entry = entry(request, day);
      if (entry.deadline() != null) {
        writer.add(entry);
      }
    }
    writer.write(out);
  }

  private List<DocketEntry> select(
      Iterable<RequestHistory> requests, Predicate<DocketEntry> wanted) {
    LocalDate day = today();
    List<DocketEntry> selected = new ArrayList<>();
    for (RequestHistory request : requests) {
      DocketEntry entry = entry(request, day);
      if (wanted.test(entry)) {
        selected.add(entry);
      }
    }
    return selected;
  }

  private static List<DocketEntry> byDue(List<DocketEntry> entries) {
    entries.sort(
        java.util.Comparator.comparing((DocketEntry e) -> e.deadline().due())
            .thenComparing(DocketEntry::requestId));
    return List.copyOf(entries);
  }

  /** A strict builder: each setting once, checked when set. */
  public static final class Builder {
    private final Clock clock;
    private ControllerProfiles controllers;
    private Lifecycle lifecycle;
    private EscalationPolicy escalation;

    private Builder(Clock clock) {
      this.clock = clock;
    }

    /** The controller profiles to look requests up in (default: the built-in ones). */
    public Builder controllers(ControllerProfiles controllers) {
      if (this.controllers != null) {
        throw new IllegalStateException("controllers was already set to " + this.controllers.ids());
      }
      this.controllers = Objects.requireNonNull(controllers, "controllers");
      return this;
    }

    /**
     * The lifecycle, whose deadline engine and calendars count the due dates and the working days
     * to the reminder (default: {@link Lifecycle#standard()}).
     */
    public Builder lifecycle(Lifecycle lifecycle) {
      if (this.lifecycle != null) {
        throw new IllegalStateException("lifecycle was already set to " + this.lifecycle);
      }
      this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
      return this;
    }

    /** The escalation policy (default: {@link EscalationPolicy#standard()}). */
    public Builder escalation(EscalationPolicy escalation) {
      if (this.escalation != null) {
        throw new IllegalStateException("escalation was already set to " + this.escalation);
      }
      this.escalation = Objects.requireNonNull(escalation, "escalation");
      return this;
    }

    /** The immutable docket. */
    public Docket build() {
      return new Docket(this);
    }
  }
}
