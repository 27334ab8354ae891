package eu.inzage.core.internal.jollyday;

import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService;
import eu.inzage.core.ConfigurationException;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * jollyday's configuration service for the module path: reads each calendar with the other
 * registered service (jollyday-jaxb's) and hands it on wrapped in {@link ExportedCalendar}, whose
 * classes jollyday-core may reflect on. Registered with {@code provides} in {@code
 * module-info.java} only, so that the class path keeps jollyday's own single provider.
 */
public final class ExportingConfigurationService implements HolidayCalendarConfigurationService {
  private static final String JAXB_SERVICE =
      "de.focus_shift.jollyday.jaxb.JaxbConfigurationService";

  private final HolidayCalendarConfigurationService source;

  /** The service reading through jollyday-jaxb (or, without it, the first other provider). */
  public ExportingConfigurationService() {
    this(findSource());
  }

  /** A service wrapping what {@code source} reads. */
  public ExportingConfigurationService(HolidayCalendarConfigurationService source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public HolidayCalendarConfiguration getHolidayCalendarConfiguration(ManagerParameter parameter) {
    HolidayCalendarConfiguration read = source.getHolidayCalendarConfiguration(parameter);
    return read == null ? null : new ExportedCalendar(read);
  }

  private static HolidayCalendarConfigurationService findSource() {
    // Provider types first, instances only of the chosen one: instantiating this class here
    // would recurse.
    List<ServiceLoader.Provider<HolidayCalendarConfigurationService>> others =
        ServiceLoader.load(
                HolidayCalendarConfigurationService.class,
                ExportingConfigurationService.class.getClassLoader())
            .stream()
            .filter(provider -> provider.type() != ExportingConfigurationService.class)
            .collect(Collectors.toList());
    return others.stream()
        .filter(provider -> provider.type().getName().equals(JAXB_SERVICE))
        .findFirst()
        .or(() -> others.stream().findFirst())
        .map(ServiceLoader.Provider::get)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    "no jollyday configuration service found: add jollyday-jaxb"));
  }
}
