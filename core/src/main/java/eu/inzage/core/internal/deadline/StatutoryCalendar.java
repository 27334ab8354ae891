package eu.inzage.core.internal.deadline;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import eu.inzage.core.deadline.HolidayCalendar;
import eu.inzage.core.internal.jollyday.HolidayManagers;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The public holidays of one state (optionally with one region) from jollyday's {@code
 * PUBLIC_HOLIDAY} entries (never its observances or bank holidays), corrected by the national table
 * of {@code docs/law/deadlines.md#public-holidays}. Each year is built once, on first use, into a
 * {@link YearTable}; after that a lookup is an array read and a bit test. Thread-safe.
 */
public final class StatutoryCalendar implements HolidayCalendar {
  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 400;

  private final String country;
  private final String region;
  private final String suffix;
  private final HolidayManager manager;
  private final AtomicReferenceArray<YearTable> years = new AtomicReferenceArray<>(CACHED_YEARS);

  /**
   * A calendar for a state and optionally one of jollyday's regions of it.
   *
   * @param country upper-case ISO 3166-1 alpha-2 code
   * @param region a jollyday region code (e.g. {@code by} for Bavaria), or null for the national
   *     list only
   */
  public StatutoryCalendar(String country, String region) {
    this.country = country;
    this.region = region == null ? null : region.toLowerCase(Locale.ROOT);
    this.suffix =
        " (" + country + (region == null ? "" : "-" + this.region.toUpperCase(Locale.ROOT)) + ")";
    this.manager = HolidayManagers.forCalendar(country.toLowerCase(Locale.ROOT));
  }

  /** The region codes jollyday knows for this state. */
  public java.util.Set<String> regions() {
    return manager.getCalendarHierarchy().getChildren().keySet();
  }

  @Override
  public String country() {
    return country;
  }

  @Override
  public String holidayName(LocalDate date) {
    return table(date.getYear()).name(date.getDayOfYear());
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return table(date.getYear()).isHoliday(date.getDayOfYear());
  }

  private YearTable table(int year) {
    int slot = year - FIRST_CACHED_YEAR;
    if (slot < 0 || slot >= CACHED_YEARS) {
      return build(year);
    }
    YearTable table = years.get(slot);
    if (table == null) {
      table = build(year);
      if (!years.compareAndSet(slot, null, table)) {
        table = years.get(slot);
      }
    }
    return table;
  }

  private YearTable build(int year) {
    YearTable.Builder builder = new YearTable.Builder();
    java.util.Set<Holiday> holidays =
        region == null
            ? manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
            : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region);
    holidays.stream()
        .sorted()
        .forEach(
            h -> {
              LocalDate day = h.getDate();
              if (day.getYear() == year) {
                builder.add(day.getDayOfYear(), h.getDescription(Locale.ENGLISH) + suffix);
              }
            });
    for (HolidayCorrections.Correction correction : HolidayCorrections.forCountry(country)) {
      LocalDate day = correction.in(year);
      if (day == null) {
        continue;
      }
      if (correction.add()) {
        builder.add(day.getDayOfYear(), correction.name() + suffix);
      } else {
        builder.remove(day.getDayOfYear());
      }
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + country + (region == null ? "" : "-" + region) + "]";
  }
}
