package eu.inzage.core.internal.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.net.URL;
import java.time.Year;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calendars jollyday reads through {@link ExportingConfigurationService} are the ones
 * jollyday-jaxb reads: the same holidays, regions included. (The module path itself is proved by
 * the {@code modulepath} module's test.)
 */
class ExportingConfigurationServiceTest {

  @Test
  void holidays_throughTheExportedClasses_equalJaxbsOwn() {
    // a parameter of its own (jollyday caches managers by calendar), re-initialised with the
    // exporting service
    URL bavaria = HolidayManager.class.getResource("/holidays/Holidays_de.xml");
    ManagerParameter parameter = ManagerParameters.create(bavaria);
    HolidayManager exported = HolidayManager.getInstance(parameter);
    exported.setConfigurationService(new ExportingConfigurationService());
    exported.init(parameter);
    HolidayManager jaxb = HolidayManagers.forCalendar("de");

    Set<Holiday> inBavaria = exported.getHolidays(Year.of(2025), "by");

    assertThat(exported.getConfigurationService())
        .isInstanceOf(ExportingConfigurationService.class);
    assertThat(inBavaria).isEqualTo(jaxb.getHolidays(Year.of(2025), "by"));
    assertThat(inBavaria)
        .extracting(Holiday::getDescription)
        .contains("Good Friday", "Epiphany", "Corpus Christi");
    assertThat(exported.getCalendarHierarchy().getChildren().keySet())
        .isEqualTo(jaxb.getCalendarHierarchy().getChildren().keySet())
        .contains("by");
  }

  @Test
  void calendar_wrapsEveryLevel_andDelegatesItsLists() {
    HolidayCalendarConfiguration calendar =
        new ExportingConfigurationService()
            .getHolidayCalendarConfiguration(ManagerParameters.create("de"));

    assertThat(calendar).isInstanceOf(ExportedCalendar.class);
    assertThat(calendar.hierarchy()).isEqualTo("de");
    assertThat(calendar.holidays()).isInstanceOf(ExportedHolidays.class);
    assertThat(calendar.holidays().fixed()).isNotEmpty();
    assertThat(calendar.subConfigurations())
        .isNotEmpty()
        .allSatisfy(region -> assertThat(region).isInstanceOf(ExportedCalendar.class));
  }

  @Test
  void exportedHolidays_declaresExactlyTheListMethodsJollydayReflectsOn() {
    // jollyday-core invokes every declared method that returns a parameterised type
    Set<String> reflectedOn =
        Arrays.stream(ExportedHolidays.class.getDeclaredMethods())
            .filter(m -> m.getGenericReturnType() instanceof ParameterizedType)
            .map(Method::getName)
            .collect(Collectors.toSet());
    Set<String> api =
        Arrays.stream(HolidayConfigurations.class.getMethods())
            .map(Method::getName)
            .collect(Collectors.toSet());

    assertThat(reflectedOn).isEqualTo(api).hasSize(10);
  }
}
