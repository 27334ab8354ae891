package eu.inzage.core.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The statutory deadline of one request (GDPR Art. 12(3)–(4) counted under Regulation 1182/71; see
 * {@code docs/law/deadlines.md}). Contains no personal data.
 *
 * @param received {@code d0}: the day the request reached the controller, in its time zone
 * @param oneMonth the end of the first month after roll-over (also the last day to notify an
 *     extension or a refusal, Art. 12(3)–(4)); under the Swiss regime the same as {@code due}
 * @param due the last day of the period after roll-over; the controller is late from the next day
 * @param country the state whose public holidays counted, or null for weekends only
 * @param regime the law that set the length of the period
 * @param extended whether the two-month extension applies (notified in time, GDPR only)
 * @param suspendedDays the calendar days of an honoured identity pause ({@code TO − FROM}), else 0
 * @param pauseHonoured whether an identity pause was given and asked without undue delay
 * @param reading how an honoured pause was applied, or null without an honoured pause
 * @param rollovers each day over which {@code due} rolled forward, with its reason
 * @param oneMonthRollovers each day over which {@code oneMonth} rolled forward
 */
public record Deadline(
    LocalDate received,
    LocalDate oneMonth,
    LocalDate due,
    String country,
    Regime regime,
    boolean extended,
    int suspendedDays,
    boolean pauseHonoured,
    PauseReading reading,
    List<Rollover> rollovers,
    List<Rollover> oneMonthRollovers) {

  /** Checks the dates and makes the lists immutable. */
  public Deadline {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(oneMonth, "oneMonth");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(regime, "regime");
    rollovers = List.copyOf(rollovers);
    oneMonthRollovers = List.copyOf(oneMonthRollovers);
  }

  /**
   * The first day on which the controller is late: the day after {@code due} (see {@code
   * docs/law/deadlines.md#when-the-controller-is-late}).
   */
  public LocalDate lateFrom() {
    return due.plusDays(1);
  }

  /**
   * Whether the controller is late on the given day (it is from the start of the day after due).
   */
  public boolean isLateOn(LocalDate day) {
    return day.isAfter(due);
  }
}
