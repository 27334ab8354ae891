package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.Territories;
import eu.inzage.core.internal.deadline.StatutoryCalendar;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The calendars of public holidays for the 27 Member States, Iceland, Liechtenstein, Norway and
 * Switzerland (Regulation 1182/71 Art. 2(1); see {@code docs/law/deadlines.md#public-holidays}):
 * jollyday's public holidays plus the project's national corrections (the Netherlands counts Good
 * Friday and 5 May every year). Each (country, year) is built once and cached as a bitset.
 * Thread-safe.
 */
public final class HolidayCalendars {
  private static final HolidayCalendars STANDARD = new HolidayCalendars();

  private static final HolidayCalendar WEEKENDS_ONLY =
      new HolidayCalendar() {
        @Override
        public String country() {
          return null;
        }

        @Override
        public String holidayName(LocalDate date) {
          return null;
        }

        @Override
        public boolean isHoliday(LocalDate date) {
          return false;
        }

        @Override
        public String toString() {
          return "HolidayCalendar[weekends only]";
        }
      };

  private final ConcurrentMap<String, HolidayCalendar> calendars = new ConcurrentHashMap<>();

  private HolidayCalendars() {}

  /** The shared standard calendars (one cache for the whole JVM). */
  public static HolidayCalendars standard() {
    return STANDARD;
  }

  /**
   * A calendar of Saturdays and Sundays only: for a controller without an EU establishment or
   * representative (see {@code docs/law/deadlines.md#deadline-country}).
   */
  public static HolidayCalendar weekendsOnly() {
    return WEEKENDS_ONLY;
  }

  /** The supported ISO codes: EU-27, IS, LI, NO and CH (sorted). */
  public static Set<String> supportedCountries() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(Territories.EEA_AND_CH));
  }

  /**
   * The national calendar of a state (federal list only for Germany).
   *
   * @param country ISO 3166-1 alpha-2, any case; {@code EL} means Greece
   * @throws InvalidInputException naming the field {@code country} for anything not supported
   */
  public HolidayCalendar forCountry(String country) {
    String code = supported(country);
    return calendars.computeIfAbsent(code, c -> new StatutoryCalendar(c, null));
  }

  /**
   * The calendar of a state with the public holidays of one of its regions added, e.g. {@code
   * ("DE", "by")} for Bavaria (see {@code docs/law/deadlines.md#public-holidays}: Germany counts
   * its federal list unless a region is configured). Regions are jollyday's codes.
   *
   * @throws InvalidInputException naming {@code country} or {@code region} when unknown
   */
  public HolidayCalendar forRegion(String country, String region) {
    String code = supported(country);
    if (region == null || region.isBlank()) {
      return forCountry(code);
    }
    String key = code + "-" + region.toLowerCase(Locale.ROOT);
    HolidayCalendar existing = calendars.get(key);
    if (existing != null) {
      return existing;
    }
    StatutoryCalendar national = (StatutoryCalendar) forCountry(code);
    if (!national.regions().contains(region.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(
          "region", ViolationCode.INVALID_VALUE, "unknown region of " + code);
    }
    return calendars.computeIfAbsent(key, k -> new StatutoryCalendar(code, region));
  }

  private static String supported(String country) {
    if (country == null || country.isBlank()) {
      throw new InvalidInputException("country", ViolationCode.REQUIRED, "a country is required");
    }
    String code = Normalise.country(country.strip());
    if (!Territories.EEA_AND_CH.contains(code)) {
      throw new InvalidInputException(
          "country",
          ViolationCode.UNKNOWN_COUNTRY,
          "not a supported country (EU-27, IS, LI, NO or CH, ISO 3166-1 alpha-2)");
    }
    return code;
  }
}
