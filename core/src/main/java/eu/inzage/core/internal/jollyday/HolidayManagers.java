package eu.inzage.core.internal.jollyday;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * jollyday's holiday manager of one calendar, configured to work on the class path and on the
 * module path alike.
 */
public final class HolidayManagers {
  private HolidayManagers() {}

  /**
   * The manager of one of jollyday's calendars (a lower-case ISO 3166-1 code such as {@code nl}).
   * On the module path, where {@link ExportingConfigurationService} is a second provider beside
   * jollyday-jaxb, the parameter selects it; on the class path only jollyday-jaxb's provider is
   * registered and jollyday uses it directly.
   */
  public static HolidayManager forCalendar(String calendarCode) {
    ManagerParameter parameter = ManagerParameters.create(calendarCode);
    parameter.setProperty(
        ManagerParameter.CONFIGURATION_SERVICE_IMPL, ExportingConfigurationService.class.getName());
    return HolidayManager.getInstance(parameter);
  }
}
