package eu.inzage.core.lifecycle;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.deadline.Deadline;
import eu.inzage.core.deadline.DeadlineEngine;
import eu.inzage.core.deadline.DeadlineQuery;
import eu.inzage.core.deadline.HolidayCalendar;
import eu.inzage.core.deadline.IdentityPause;
import eu.inzage.core.deadline.Regime;
import eu.inzage.core.lifecycle.RequestEvent.ExtensionNotified;
import eu.inzage.core.lifecycle.RequestEvent.IdentityProvided;
import eu.inzage.core.lifecycle.RequestEvent.IdentityRequested;
import eu.inzage.core.lifecycle.RequestEvent.Submitted;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives a request's status from its events by the transition table of the package documentation,
 * rejects illegal events, and computes the request's statutory deadline from its events through the
 * {@link DeadlineEngine} (see {@code docs/law/deadlines.md}). Immutable and thread-safe.
 */
public final class Lifecycle {
  private static final Lifecycle STANDARD = builder().build();

  private final DeadlineEngine engine;
  private final int postDeliveryDays;

  private Lifecycle(DeadlineEngine engine, int postDeliveryDays) {
    this.engine = engine;
    this.postDeliveryDays = postDeliveryDays;
  }

  /**
   * The lifecycle with {@link DeadlineEngine#standard()} and a post delivery delay of 3 days: the
   * documented default of the components that take a lifecycle. With a configured engine (a bridge
   * day, a region) build one with {@link #builder()} and pass it on, so that status, docket and
   * letters count the same due date.
   */
  public static Lifecycle standard() {
    return STANDARD;
  }

  /** A strict builder to set the engine or the post delivery delay. */
  public static Builder builder() {
    return new Builder();
  }

  /** The deadline engine this lifecycle computes deadlines with (and its calendars). */
  public DeadlineEngine engine() {
    return engine;
  }

  /** The calendar days between posting a letter and its receipt. */
  public int postDeliveryDays() {
    return postDeliveryDays;
  }

  /**
   * The status after all events.
   *
   * @throws IllegalTransitionException at the first event not allowed in its status
   * @throws InvalidInputException when an event is older than the one before it
   */
  public RequestStatus status(RequestHistory history) {
    return replay(history).status;
  }

  /**
   * The history with one more event, after checking it.
   *
   * @throws IllegalTransitionException when the event is not allowed in the current status
   */
  public RequestHistory append(RequestHistory history, RequestEvent event) {
    Objects.requireNonNull(event, "event");
    Replay replay = replay(history);
    replay.apply(history.id(), event, history.events().size());
    List<RequestEvent> events = new ArrayList<>(history.events());
    events.add(event);
    return history.withEvents(events);
  }

  /**
   * The receipt day of a submission in the controller's time zone (see {@code
   * docs/law/deadlines.md#receipt-day}): the day sent for e-mail, web forms and portals, plus the
   * post delivery delay for letters.
   */
  public LocalDate receiptDay(Submitted submitted, ZoneId controllerZone) {
    LocalDate sent = DeadlineEngine.receiptDay(submitted.at(), controllerZone);
    return submitted.channel() == ChannelType.POST ? sent.plusDays(postDeliveryDays) : sent;
  }

  /**
   * The request's deadline from its events, or empty before submission: the receipt day from the
   * submission, the extension from its notice, the identity pause from the request for and the
   * receipt of identity information (a pause still open on {@code asOf} counts until then), the
   * regime from the residence, the calendar from the controller profile.
   */
  public Optional<Deadline> deadline(
      RequestHistory history, ControllerProfile controller, LocalDate asOf) {
    return deadline(history, controller, asOf, null);
  }

  /**
   * As {@link #deadline(RequestHistory, ControllerProfile, LocalDate)}, with the holiday calendar
   * overridden for this call (see {@code docs/law/deadlines.md#deadline-country}: the country must
   * be overridable), e.g. an amended or regional calendar; null keeps the profile's.
   */
  public Optional<Deadline> deadline(
      RequestHistory history,
      ControllerProfile controller,
      LocalDate asOf,
      HolidayCalendar calendarOverride) {
    Replay replay = replay(history);
    if (replay.submitted == null) {
      return Optional.empty();
    }
    ZoneId zone = controller.zone();
    LocalDate d0 = receiptDay(replay.submitted, zone);
    DeadlineQuery.Builder query =
        calendarOverride == null
            ? engine.queryFor(d0, controller, history.residence())
            : DeadlineQuery.receivedOn(d0)
                .calendar(calendarOverride)
                .regime(
                    history.residence() == null
                        ? Regime.GDPR
                        : DeadlineEngine.regimeFor(history.residence(), controller));
    if (replay.extension != null) {
      query.extensionNotifiedOn(day(replay.extension, zone));
    }
    if (replay.identityRequested != null) {
      LocalDate from = max(day(replay.identityRequested, zone), d0);
      LocalDate to = replay.identityProvided != null ? day(replay.identityProvided, zone) : asOf;
      query.pause(new IdentityPause(from, max(to, from)));
    }
    return Optional.of(engine.compute(query.build()));
  }

  /** The instant of the last event of the given kind, if any (e.g. the last reminder). */
  public static Optional<Instant> last(RequestHistory history, Class<? extends RequestEvent> kind) {
    Instant found = null;
    for (RequestEvent event : history.events()) {
      if (kind.isInstance(event)) {
        found = event.at();
      }
    }
    return Optional.ofNullable(found);
  }

  private static LocalDate day(Instant instant, ZoneId zone) {
    return LocalDate.ofInstant(instant, zone);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Replay replay(RequestHistory history) {
    Replay replay = new Replay();
    List<RequestEvent> events = history.events();
    for (int i = 0; i < events.size(); i++) {
      replay.apply(history.id(), events.get(i), i);
    }
    return replay;
  }

  @Override
  public String toString() {
    return "Lifecycle[engine=" + engine + ", postDeliveryDays=" + postDeliveryDays + "]";
  }

  /** The state while replaying events. */
  private static final class Replay {
    RequestStatus status = RequestStatus.NEW;
    RequestStatus beforeIdentity;
    Instant last;
    Submitted submitted;
    Instant extension;
    Instant identityRequested;
    Instant identityProvided;

    void apply(String requestId, RequestEvent event, int index) {
      if (event.at() == null) {
        throw new InvalidInputException(
            "events." + index + ".at", ViolationCode.REQUIRED, "an event needs its time");
      }
      if (last != null && event.at().isBefore(last)) {
        throw new InvalidInputException(
            "events." + index + ".at",
            ViolationCode.INVALID_VALUE,
            "events must be in chronological order");
      }
      RequestStatus next = next(event);
      if (next == null) {
        throw new IllegalTransitionException(requestId, status, event.kind());
      }
      if (event instanceof Submitted s) {
        submitted = s;
      } else if (event instanceof IdentityRequested) {
        beforeIdentity = status;
        identityRequested = event.at();
      } else if (event instanceof IdentityProvided) {
        identityProvided = event.at();
      } else if (event instanceof ExtensionNotified) {
        extension = event.at();
      }
      status = next;
      last = event.at();
    }

    /**
     * The transition table; null when the event is illegal in the current status. No default
     * branch: a new {@link EventKind} is a compile error here until it has its row.
     */
    private RequestStatus next(RequestEvent event) {
      RequestStatus.Phase phase = status.phase();
      boolean open = phase == RequestStatus.Phase.OPEN;
      boolean contestable =
          open || phase == RequestStatus.Phase.ANSWERED || phase == RequestStatus.Phase.ESCALATED;
      return switch (event.kind()) {
        case SUBMITTED -> status == RequestStatus.NEW ? RequestStatus.SUBMITTED : null;
        case ACKNOWLEDGED ->
            status == RequestStatus.SUBMITTED || status == RequestStatus.REMINDED
                ? RequestStatus.ACKNOWLEDGED
                : null;
        case IDENTITY_REQUESTED ->
            open && status != RequestStatus.AWAITING_IDENTITY && identityRequested == null
                ? RequestStatus.AWAITING_IDENTITY
                : null;
        case IDENTITY_PROVIDED -> status == RequestStatus.AWAITING_IDENTITY ? beforeIdentity : null;
        case EXTENSION_NOTIFIED -> open && extension == null ? RequestStatus.EXTENDED : null;
        case FULFILLED -> contestable ? RequestStatus.FULFILLED : null;
        case PARTIALLY_FULFILLED -> contestable ? RequestStatus.PARTIALLY_FULFILLED : null;
        case REFUSED -> contestable ? RequestStatus.REFUSED : null;
        case NO_DATA_HELD -> contestable ? RequestStatus.NO_DATA_HELD : null;
        case PROCESSOR_ONLY_CLAIMED -> contestable ? RequestStatus.PROCESSOR_ONLY : null;
        case REMINDER_SENT ->
            open || phase == RequestStatus.Phase.ANSWERED ? RequestStatus.REMINDED : null;
        case COMPLAINT_FILED ->
            status != RequestStatus.NEW && status != RequestStatus.WITHDRAWN
                ? RequestStatus.COMPLAINT_FILED
                : null;
        case WITHDRAWN -> status != RequestStatus.WITHDRAWN ? RequestStatus.WITHDRAWN : null;
      };
    }
  }

  /** A strict builder: each setting once, checked when set. */
  public static final class Builder {
    private DeadlineEngine engine;
    private Integer postDeliveryDays;

    private Builder() {}

    /**
     * The deadline engine, with the calendars every deadline of this lifecycle is counted with
     * (default: {@link DeadlineEngine#standard()}).
     */
    public Builder engine(DeadlineEngine engine) {
      if (this.engine != null) {
        throw new IllegalStateException("engine was already set to " + this.engine);
      }
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * Calendar days between posting a letter and its receipt (default 3); the receipt day of a
     * letter is the day it was posted plus this delay.
     */
    public Builder postDeliveryDays(int days) {
      if (postDeliveryDays != null) {
        throw new IllegalStateException("postDeliveryDays was already set to " + postDeliveryDays);
      }
      if (days < 0 || days > 60) {
        throw new IllegalArgumentException("postDeliveryDays must be 0..60, was " + days);
      }
      this.postDeliveryDays = days;
      return this;
    }

    /** The immutable lifecycle. */
    public Lifecycle build() {
      return new Lifecycle(
          engine == null ? DeadlineEngine.standard() : engine,
          postDeliveryDays == null ? 3 : postDeliveryDays);
    }
  }
}
