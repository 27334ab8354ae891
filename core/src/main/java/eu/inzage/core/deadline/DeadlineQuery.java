package eu.inzage.core.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the deadline engine needs to know about one request: the receipt day, the calendar of the
 * state in which action is to be taken, the regime, an extension and an identity pause. For a
 * controller, start from {@link DeadlineEngine#queryFor(LocalDate,
 * eu.inzage.core.model.ControllerProfile, String)}, which chooses calendar and regime; {@link
 * #receivedOn(LocalDate)} leaves both to the caller.
 *
 * @param received {@code d0}, the receipt day in the controller's time zone (see {@code
 *     docs/law/deadlines.md#receipt-day})
 * @param calendar the holiday calendar of the deadline country (see {@code
 *     docs/law/deadlines.md#deadline-country})
 * @param regime GDPR or the Swiss FADP
 * @param extensionClaimed whether the controller took the two-month extension (Art. 12(3))
 * @param extensionNotifiedOn the day the extension notice reached the person, or null when it is
 *     taken as notified in time
 * @param pause the identity pause, or null
 * @param reading how to apply the pause, or null for the engine's default
 */
public record DeadlineQuery(
    LocalDate received,
    HolidayCalendar calendar,
    Regime regime,
    boolean extensionClaimed,
    LocalDate extensionNotifiedOn,
    IdentityPause pause,
    PauseReading reading) {

  /** Checks that the receipt day, calendar and regime are present. */
  public DeadlineQuery {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(regime, "regime");
  }

  /** A builder for a request received on {@code d0}: GDPR, weekends only until told otherwise. */
  public static Builder receivedOn(LocalDate received) {
    return new Builder(Objects.requireNonNull(received, "received"));
  }

  /** Builds a {@link DeadlineQuery}; every setter may be called once. */
  public static final class Builder {
    private final LocalDate received;
    private HolidayCalendar calendar;
    private Regime regime;
    private boolean extensionClaimed;
    private LocalDate extensionNotifiedOn;
    private IdentityPause pause;
    private PauseReading reading;

    private Builder(LocalDate received) {
      this.received = received;
    }

    /**
     * The calendar of the deadline country, from the engine's calendars (e.g. {@code
     * engine.calendars().forCountry("NL")}) so that its regions and added days count.
     */
    public Builder calendar(HolidayCalendar calendar) {
      check(this.calendar == null, "calendar", this.calendar);
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** The regime (default GDPR). */
    public Builder regime(Regime regime) {
      check(this.regime == null, "regime", this.regime);
      this.regime = Objects.requireNonNull(regime, "regime");
      return this;
    }

    /** The controller took the extension and notified it in time. */
    public Builder extended() {
      check(!extensionClaimed, "extension", "claimed");
      this.extensionClaimed = true;
      return this;
    }

    /**
     * The controller took the extension and the notice reached the person on that day; it counts
     * only if that is no later than the one-month date (Art. 12(3)).
     */
    public Builder extensionNotifiedOn(LocalDate day) {
      extended();
      this.extensionNotifiedOn = Objects.requireNonNull(day, "day");
      return this;
    }

    /** An identity pause from the day asked to the day received. */
    public Builder pause(IdentityPause pause) {
      check(this.pause == null, "pause", this.pause);
      this.pause = Objects.requireNonNull(pause, "pause");
      return this;
    }

    /** How to apply the pause (default: the engine's, normally SHIFT). */
    public Builder reading(PauseReading reading) {
      check(this.reading == null, "reading", this.reading);
      this.reading = Objects.requireNonNull(reading, "reading");
      return this;
    }

    /** The immutable query. */
    public DeadlineQuery build() {
      return new DeadlineQuery(
          received,
          calendar == null ? HolidayCalendars.weekendsOnly() : calendar,
          regime == null ? Regime.GDPR : regime,
          extensionClaimed,
          extensionNotifiedOn,
          pause,
          reading);
    }

    private static void check(boolean unset, String what, Object current) {
      if (!unset) {
        throw new IllegalStateException(what + " was already set to " + current);
      }
    }
  }
}
