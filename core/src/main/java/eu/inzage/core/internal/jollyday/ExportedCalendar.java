package eu.inzage.core.internal.jollyday;

import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import java.util.stream.Stream;

/** One calendar (a state or a region of it) as read by jollyday-jaxb, with its holidays wrapped. */
public final class ExportedCalendar implements HolidayCalendarConfiguration {
  private final HolidayCalendarConfiguration source;

  ExportedCalendar(HolidayCalendarConfiguration source) {
    this.source = source;
  }

  @Override
  public String hierarchy() {
    return source.hierarchy();
  }

  @Override
  public String description() {
    return source.description();
  }

  @Override
  public HolidayConfigurations holidays() {
    HolidayConfigurations holidays = source.holidays();
    return holidays == null ? null : new ExportedHolidays(holidays);
  }

  @Override
  public Stream<HolidayCalendarConfiguration> subConfigurations() {
    return source.subConfigurations().map(ExportedCalendar::new);
  }
}
