package eu.inzage.core.deadline;

import eu.inzage.core.internal.deadline.AmendedCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The non-working days of one state for the end of a period: Saturdays, Sundays and the public
 * holidays of the state in which action is to be taken (Regulation 1182/71 Art. 2(1), Art. 3(4);
 * see {@code docs/law/deadlines.md#deadline-country}). Implementations are immutable and
 * thread-safe.
 */
public interface HolidayCalendar {

  /** The ISO 3166-1 alpha-2 code of the state, or null for a calendar of weekends only. */
  String country();

  /**
   * The name of the public holiday on that day with the country in brackets, e.g. {@code "Good
   * Friday (NL)"}, or null when the day is no public holiday (weekends are not holidays here).
   */
  String holidayName(LocalDate date);

  /** Whether the day is a public holiday of the calendar (whatever day of the week it is). */
  default boolean isHoliday(LocalDate date) {
    return holidayName(date) != null;
  }

  /** Whether the day is a working day: not a Saturday, not a Sunday, not a public holiday. */
  default boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /**
   * This calendar with one more non-working day, e.g. a bridge day equated to a public holiday by
   * royal decree (Dutch Algemene termijnenwet art. 3(3)) or a regional holiday.
   *
   * @param date the day
   * @param name what the day is, e.g. {@code "Bridge day"}; the country is added in brackets
   */
  default HolidayCalendar withHoliday(LocalDate date, String name) {
    return AmendedCalendar.of(this).withHoliday(date, name);
  }

  /** This calendar with the given day counted as an ordinary day (unless it is a weekend day). */
  default HolidayCalendar withoutHoliday(LocalDate date) {
    return AmendedCalendar.of(this).withoutHoliday(date);
  }
}
