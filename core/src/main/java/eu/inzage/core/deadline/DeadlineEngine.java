package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.Territories;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.Representative;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes statutory deadlines exactly as {@code docs/law/deadlines.md} describes: GDPR Art. 12(3)
 * counted under Regulation 1182/71 (the same date {@code n} months later, roll-over past Saturdays,
 * Sundays and the public holidays of the deadline country), the extension counted from receipt, the
 * identity pause of EDPB Guidelines 01/2022 §159, and the Swiss 30-day regime (nFADP Art. 25(7)).
 * The engine owns the {@link HolidayCalendars} it counts with; ask for a controller's deadline with
 * {@link #queryFor(LocalDate, ControllerProfile, String)}. Immutable and thread-safe.
 */
public final class DeadlineEngine {
  private static final DeadlineEngine STANDARD = builder().build();
  private static final int SWISS_PERIOD_DAYS = 30;

  private final HolidayCalendars calendars;
  private final int pauseThresholdWorkingDays;
  private final PauseReading defaultReading;

  private DeadlineEngine(Builder builder) {
    this.calendars = builder.calendars == null ? HolidayCalendars.standard() : builder.calendars;
    this.pauseThresholdWorkingDays =
        builder.pauseThresholdWorkingDays == null ? 5 : builder.pauseThresholdWorkingDays;
    this.defaultReading =
        builder.defaultReading == null ? PauseReading.SHIFT : builder.defaultReading;
  }

  /**
   * The engine with the statutory defaults: {@link HolidayCalendars#standard()} (no region, no
   * added day), a pause counts if asked within 5 working days, SHIFT. The documented default of
   * every component that takes an engine; to count a bridge day or a region, build one with {@link
   * #builder()} and hand that same engine to the lifecycle, the docket and the letters.
   */
  public static DeadlineEngine standard() {
    return STANDARD;
  }

  /** A builder to change the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The receipt day {@code d0}: the date of the instant in the controller's time zone (see {@code
   * docs/law/deadlines.md#receipt-day}).
   */
  public static LocalDate receiptDay(Instant reached, ZoneId controllerZone) {
    return LocalDate.ofInstant(reached, controllerZone);
  }

  /**
   * The calendar of the state in which the controller acts (see {@code
   * docs/law/deadlines.md#deadline-country}): the profile's deadline country; failing that its
   * establishment in the EEA, or the state of its Art. 27 representative; otherwise weekends only.
   */
  public HolidayCalendar calendarFor(ControllerProfile controller) {
    String country = countryFor(controller);
    return country == null ? HolidayCalendars.weekendsOnly() : calendars.forCountry(country);
  }

  private static String countryFor(ControllerProfile controller) {
    if (controller.deadlineCountry() != null) {
      return controller.deadlineCountry();
    }
    if (Territories.inEea(controller.establishment())) {
      return controller.establishment();
    }
    Representative representative = controller.representative();
    if (representative != null && representative.address() != null) {
      String country = Normalise.country(representative.address().country());
      if (Territories.inEea(country)) {
        return country;
      }
    }
    return null;
  }

  /**
   * The regime for a person resident in {@code residence} and a controller (see {@code
   * docs/law/deadlines.md}): Swiss residents are answered under the Swiss FADP by controllers
   * established outside the EU and EEA, under the GDPR otherwise.
   */
  public static Regime regimeFor(String residence, ControllerProfile controller) {
    return regimeFor(residence, controller.establishment());
  }

  /**
   * The regime for a residence and the country of the controller's establishment (null: none in
   * Europe).
   */
  public static Regime regimeFor(String residence, String establishment) {
    boolean swissResident = "CH".equals(Normalise.country(residence));
    return swissResident && !Territories.inEea(Normalise.country(establishment))
        ? Regime.SWISS_FADP
        : Regime.GDPR;
  }

  /**
   * The documented way to ask for a controller's deadline: a query for a request received on {@code
   * received} by a controller, from a person resident in {@code residence}. The profile decides the
   * deadline country and its calendar ({@link #calendarFor}: TikTok acts from IE, Zoom through its
   * Art. 27 representative in IE, Palantir from no EEA state, so weekends only), the residence and
   * the controller's establishment decide the regime ({@link #regimeFor(String,
   * ControllerProfile)}: a Swiss resident and a controller established outside the EU and EEA give
   * the Swiss FADP, counted with the Swiss calendar). Add the extension or an identity pause to the
   * builder, then {@link #compute} it:
   *
   * <pre>{@code
   * Deadline deadline = engine.compute(
   *     engine.queryFor(received, controller, participant.residence()).extended().build());
   * }</pre>
   *
   * <p>Prefer it to {@link DeadlineQuery#receivedOn} with a calendar of the profile's {@code
   * deadlineCountry()}: that country is null for a controller such as Palantir, and the Swiss
   * regime would be missed.
   *
   * @param received {@code d0}, the receipt day in the controller's time zone (GDPR Art. 12(3))
   * @param controller the controller's profile
   * @param residence the person's country of residence, or null when unknown (then: GDPR)
   */
  public DeadlineQuery.Builder queryFor(
      LocalDate received, ControllerProfile controller, String residence) {
    Objects.requireNonNull(controller, "controller");
    Regime regime = residence == null ? Regime.GDPR : regimeFor(residence, controller);
    HolidayCalendar calendar =
        regime == Regime.SWISS_FADP ? calendars.forCountry("CH") : calendarFor(controller);
    return DeadlineQuery.receivedOn(received).regime(regime).calendar(calendar);
  }

  /**
   * A query for a request to a controller known only by the calendar of the state in which it acts
   * (Regulation 1182/71 Art. 3(4)), e.g. {@code engine.calendars().forCountry("NL")}, or {@link
   * HolidayCalendars#weekendsOnly()} for a controller with no establishment or representative in
   * the EEA. That state also stands for the controller's establishment when choosing the regime: a
   * Swiss resident and a calendar of no EEA state (weekends only, or {@code CH}) give the Swiss
   * FADP, counted with the Swiss calendar.
   *
   * @param received {@code d0}, the receipt day in the controller's time zone (GDPR Art. 12(3))
   * @param calendar the calendar of the state in which the controller acts
   * @param residence the person's country of residence, or null when unknown (then: GDPR)
   */
  public DeadlineQuery.Builder queryFor(
      LocalDate received, HolidayCalendar calendar, String residence) {
    Objects.requireNonNull(calendar, "calendar");
    Regime regime = residence == null ? Regime.GDPR : regimeFor(residence, calendar.country());
    HolidayCalendar chosen = regime == Regime.SWISS_FADP ? calendars.forCountry("CH") : calendar;
    return DeadlineQuery.receivedOn(received).regime(regime).calendar(chosen);
  }

  /**
   * The deadline for a query.
   *
   * @throws InvalidInputException naming {@code suspended} when the pause starts before receipt
   */
  public Deadline compute(DeadlineQuery query) {
    LocalDate d0 = query.received();
    HolidayCalendar calendar = query.calendar();
    IdentityPause pause = query.pause();
    boolean honoured = false;
    int suspended = 0;
    PauseReading reading = null;
    LocalDate start = d0;
    int shift = 0;
    if (pause != null) {
      if (pause.from().isBefore(d0)) {
        throw new InvalidInputException(
            "suspended", ViolationCode.INVALID_VALUE, "the pause starts before the receipt day");
      }
      honoured = !pause.from().isAfter(workingDaysAfter(d0, pauseThresholdWorkingDays, calendar));
      if (honoured) {
        suspended = pause.days();
        reading = query.reading() == null ? defaultReading : query.reading();
        if (reading == PauseReading.SHIFT) {
          shift = suspended;
        } else {
          start = pause.to();
        }
      }
    }
    if (query.regime() == Regime.SWISS_FADP) {
      List<Rollover> rolled = new ArrayList<>(2);
      LocalDate due =
          rollForward(start.plusDays(SWISS_PERIOD_DAYS + (long) shift), calendar, rolled);
      return new Deadline(
          d0,
          due,
          due,
          calendar.country(),
          Regime.SWISS_FADP,
          false,
          suspended,
          honoured,
          reading,
          rolled,
          rolled);
    }
    List<Rollover> oneMonthRolled = new ArrayList<>(2);
    LocalDate oneMonth = rollForward(start.plusMonths(1).plusDays(shift), calendar, oneMonthRolled);
    boolean extended =
        query.extensionClaimed()
            && (query.extensionNotifiedOn() == null
                || !query.extensionNotifiedOn().isAfter(oneMonth));
    if (!extended) {
      return new Deadline(
          d0,
          oneMonth,
          oneMonth,
          calendar.country(),
          Regime.GDPR,
          false,
          suspended,
          honoured,
          reading,
          oneMonthRolled,
          oneMonthRolled);
    }
    List<Rollover> rolled = new ArrayList<>(2);
    LocalDate due = rollForward(start.plusMonths(3).plusDays(shift), calendar, rolled);
    return new Deadline(
        d0,
        oneMonth,
        due,
        calendar.country(),
        Regime.GDPR,
        true,
        suspended,
        honoured,
        reading,
        rolled,
        oneMonthRolled);
  }

  /**
   * The {@code n}-th working day of the calendar after {@code day}, counting from the next day (the
   * undue-delay threshold of {@code docs/law/deadlines.md#identity-pause}); {@code day} itself for
   * {@code n = 0}.
   */
  public static LocalDate workingDaysAfter(LocalDate day, int n, HolidayCalendar calendar) {
    LocalDate current = day;
    int counted = 0;
    while (counted < n) {
      current = current.plusDays(1);
      if (calendar.isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  /** Moves a last day past Saturdays, Sundays and public holidays, recording each day skipped. */
  private static LocalDate rollForward(
      LocalDate last, HolidayCalendar calendar, List<Rollover> skipped) {
    LocalDate day = last;
    while (true) {
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday == DayOfWeek.SATURDAY) {
        skipped.add(new Rollover(day, "Saturday"));
      } else if (weekday == DayOfWeek.SUNDAY) {
        skipped.add(new Rollover(day, "Sunday"));
      } else {
        String holiday = calendar.holidayName(day);
        if (holiday == null) {
          return day;
        }
        skipped.add(new Rollover(day, holiday));
      }
      day = day.plusDays(1);
    }
  }

  /** The calendars this engine resolves countries with. */
  public HolidayCalendars calendars() {
    return calendars;
  }

  @Override
  public String toString() {
    return "DeadlineEngine["
        + calendars
        + ", pauseThreshold="
        + pauseThresholdWorkingDays
        + " working days, reading="
        + defaultReading
        + "]";
  }

  /** A strict builder: each setting once, checked when set. */
  public static final class Builder {
    private HolidayCalendars calendars;
    private Integer pauseThresholdWorkingDays;
    private PauseReading defaultReading;

    private Builder() {}

    /**
     * The calendars to resolve countries with, e.g. {@link HolidayCalendars#builder()} with a
     * bridge day or a region (default: {@link HolidayCalendars#standard()}).
     */
    public Builder calendars(HolidayCalendars calendars) {
      if (this.calendars != null) {
        throw new IllegalStateException("calendars was already set to " + this.calendars);
      }
      this.calendars = Objects.requireNonNull(calendars, "calendars");
      return this;
    }

    /**
     * How many working days after receipt the controller may take to ask for identity information
     * for the pause to count (default 5; see {@code docs/law/deadlines.md#identity-pause}).
     */
    public Builder pauseThresholdWorkingDays(int days) {
      if (this.pauseThresholdWorkingDays != null) {
        throw new IllegalStateException(
            "pauseThresholdWorkingDays was already set to " + this.pauseThresholdWorkingDays);
      }
      if (days < 0 || days > 60) {
        throw new IllegalArgumentException("pauseThresholdWorkingDays must be 0..60, was " + days);
      }
      this.pauseThresholdWorkingDays = days;
      return this;
    }

    /** The pause reading used when a query names none (default SHIFT). */
    public Builder defaultReading(PauseReading reading) {
      if (this.defaultReading != null) {
        throw new IllegalStateException("defaultReading was already set to " + this.defaultReading);
      }
      this.defaultReading = Objects.requireNonNull(reading, "reading");
      return this;
    }

    /** The immutable engine. */
    public DeadlineEngine build() {
      return new DeadlineEngine(this);
    }
  }
}
