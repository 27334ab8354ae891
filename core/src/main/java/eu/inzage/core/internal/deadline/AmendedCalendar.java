package eu.inzage.core.internal.deadline;

import eu.inzage.core.deadline.HolidayCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A calendar with user amendments (added or removed days) over a base calendar. Immutable. */
public final class AmendedCalendar implements HolidayCalendar {
  private final HolidayCalendar base;
  private final Map<LocalDate, String> added;
  private final Set<LocalDate> removed;

  private AmendedCalendar(
      HolidayCalendar base, Map<LocalDate, String> added, Set<LocalDate> removed) {
    this.base = base;
    this.added = Map.copyOf(added);
    this.removed = Set.copyOf(removed);
  }

  /** The calendar as the start of a chain of amendments. */
  public static AmendedCalendar of(HolidayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return calendar instanceof AmendedCalendar amended
        ? amended
        : new AmendedCalendar(calendar, Map.of(), Set.of());
  }

  @Override
  public String country() {
    return base.country();
  }

  @Override
  public String holidayName(LocalDate date) {
    String amended = added.get(date);
    if (amended != null) {
      return amended;
    }
    return removed.contains(date) ? null : base.holidayName(date);
  }

  @Override
  public AmendedCalendar withHoliday(LocalDate date, String name) {
    Objects.requireNonNull(date, "date");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a holiday needs a name");
    }
    String country = country();
    Map<LocalDate, String> copy = new HashMap<>(added);
    copy.put(date, country == null ? name : name + " (" + country + ")");
    Set<LocalDate> stillRemoved = new HashSet<>(removed);
    stillRemoved.remove(date);
    return new AmendedCalendar(base, copy, stillRemoved);
  }

  @Override
  public AmendedCalendar withoutHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map<LocalDate, String> copy = new HashMap<>(added);
    copy.remove(date);
    Set<LocalDate> nowRemoved = new HashSet<>(removed);
    nowRemoved.add(date);
    return new AmendedCalendar(base, copy, nowRemoved);
  }

  @Override
  public String toString() {
    return "HolidayCalendar["
        + (country() == null ? "weekends only" : country())
        + ", "
        + (added.size() + removed.size())
        + " amendment(s)]";
  }
}
