package eu.inzage.core.internal.jollyday;

import de.focus_shift.jollyday.core.spi.ChristianHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.EthiopianOrthodoxHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayBetweenFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayInMonthHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayRelativeToFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import de.focus_shift.jollyday.core.spi.IslamicHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToEasterSundayHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToWeekdayInMonthHolidayConfiguration;
import java.util.List;

/**
 * The holidays of one calendar, delegated unchanged. jollyday-core picks its parsers by reflecting
 * on this class's methods: it must declare exactly the list-returning methods of {@link
 * HolidayConfigurations} and nothing else that returns a parameterised type.
 */
public final class ExportedHolidays implements HolidayConfigurations {
  private final HolidayConfigurations source;

  ExportedHolidays(HolidayConfigurations source) {
    this.source = source;
  }

  @Override
  public List<FixedHolidayConfiguration> fixed() {
    return source.fixed();
  }

  @Override
  public List<RelativeToFixedHolidayConfiguration> relativeToFixed() {
    return source.relativeToFixed();
  }

  @Override
  public List<RelativeToWeekdayInMonthHolidayConfiguration> relativeToWeekdayInMonth() {
    return source.relativeToWeekdayInMonth();
  }

  @Override
  public List<FixedWeekdayInMonthHolidayConfiguration> fixedWeekdays() {
    return source.fixedWeekdays();
  }

  @Override
  public List<ChristianHolidayConfiguration> christianHolidays() {
    return source.christianHolidays();
  }

  @Override
  public List<IslamicHolidayConfiguration> islamicHolidays() {
    return source.islamicHolidays();
  }

  @Override
  public List<FixedWeekdayBetweenFixedHolidayConfiguration> fixedWeekdayBetweenFixed() {
    return source.fixedWeekdayBetweenFixed();
  }

  @Override
  public List<FixedWeekdayRelativeToFixedHolidayConfiguration> fixedWeekdayRelativeToFixed() {
    return source.fixedWeekdayRelativeToFixed();
  }

  @Override
  public List<EthiopianOrthodoxHolidayConfiguration> ethiopianOrthodoxHolidays() {
    return source.ethiopianOrthodoxHolidays();
  }

  @Override
  public List<RelativeToEasterSundayHolidayConfiguration> relativeToEasterSunday() {
    return source.relativeToEasterSunday();
  }
}
