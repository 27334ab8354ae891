package eu.inzage.core.deadline;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.internal.Normalise;
import eu.inzage.core.internal.Territories;
import eu.inzage.core.internal.deadline.StatutoryCalendar;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The calendars of public holidays for the 27 Member States, Iceland, Liechtenstein, Norway and
 * Switzerland (Regulation 1182/71 Art. 2(1); see {@code docs/law/deadlines.md#public-holidays}):
 * jollyday's public holidays plus the project's national corrections (the Netherlands counts Good
 * Friday and 5 May every year), and the organisation's own configuration: a region per country and
 * days added (a bridge day equated to a public holiday) or removed. {@link #standard()} has no
 * configuration; {@link #builder()} adds it:
 *
 * <pre>{@code
 * HolidayCalendars calendars = HolidayCalendars.builder()
 *     .region("DE", "by")                                          // Bavaria's holidays too
 *     .addHoliday("NL", LocalDate.of(2026, 5, 15), "Bridge day")   // equated by decree
 *     .build();
 * DeadlineEngine engine = DeadlineEngine.builder().calendars(calendars).build();
 * }</pre>
 *
 * Pass the instance to the {@link DeadlineEngine} that every other component (lifecycle, docket,
 * letters) receives, so that every due date is counted with the same days. Each (country, region,
 * year) is built once per JVM and cached as a bitset. Immutable and thread-safe.
 */
public final class HolidayCalendars {
  private static final HolidayCalendars STANDARD = builder().build();

  /** The statutory calendars, by country or country-region, shared by every instance. */
  private static final ConcurrentMap<String, StatutoryCalendar> STATUTORY =
      new ConcurrentHashMap<>();

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

  private final Map<String, String> regions;
  private final Map<String, Map<LocalDate, String>> added;
  private final Map<String, Set<LocalDate>> removed;
  private final ConcurrentMap<String, HolidayCalendar> calendars = new ConcurrentHashMap<>();

  private HolidayCalendars(Builder builder) {
    this.regions = Map.copyOf(builder.regions);
    Map<String, Map<LocalDate, String>> addedCopy = new TreeMap<>();
    builder.added.forEach((country, days) -> addedCopy.put(country, Map.copyOf(days)));
    this.added = Collections.unmodifiableMap(addedCopy);
    Map<String, Set<LocalDate>> removedCopy = new TreeMap<>();
    builder.removed.forEach((country, days) -> removedCopy.put(country, Set.copyOf(days)));
    this.removed = Collections.unmodifiableMap(removedCopy);
  }

  /**
   * The calendars without configuration: national lists only (the federal list for Germany), no day
   * added or removed. The documented default of {@link DeadlineEngine.Builder#calendars}.
   */
  public static HolidayCalendars standard() {
    return STANDARD;
  }

  /** A strict builder for calendars with regions and added or removed days. */
  public static Builder builder() {
    return new Builder();
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
    return Collections.unmodifiableSet(new TreeSet<>(Territories.EEA_AND_CH));
  }

  /**
   * The calendar of a state as configured: its national list, the holidays of the region set for it
   * with {@link Builder#region}, and the days added or removed for it.
   *
   * @param country ISO 3166-1 alpha-2, any case; {@code EL} means Greece
   * @throws InvalidInputException naming the field {@code country} for anything not supported
   */
  public HolidayCalendar forCountry(String country) {
    String code = supported(country);
    return forRegion(code, regions.get(code));
  }

  /**
   * The calendar of a state with the public holidays of one of its regions added, e.g. {@code
   * ("DE", "by")} for Bavaria (see {@code docs/law/deadlines.md#public-holidays}: Germany counts
   * its federal list unless a region is configured), with the days added or removed for the state.
   * Regions are jollyday's codes; a null or blank region gives the national list.
   *
   * @throws InvalidInputException naming {@code country} or {@code region} when unknown
   */
  public HolidayCalendar forRegion(String country, String region) {
    String code = supported(country);
    String regionCode =
        region == null || region.isBlank() ? null : checkedRegion(code, region.strip());
    String key = regionCode == null ? code : code + "-" + regionCode;
    return calendars.computeIfAbsent(key, k -> amended(code, statutory(code, regionCode)));
  }

  private HolidayCalendar amended(String country, HolidayCalendar base) {
    Map<LocalDate, String> plus = added.getOrDefault(country, Map.of());
    Set<LocalDate> minus = removed.getOrDefault(country, Set.of());
    if (plus.isEmpty() && minus.isEmpty()) {
      return base;
    }
    HolidayCalendar calendar = base;
    for (LocalDate day : new TreeSet<>(minus)) {
      calendar = calendar.withoutHoliday(day);
    }
    for (Map.Entry<LocalDate, String> day : new TreeMap<>(plus).entrySet()) {
      calendar = calendar.withHoliday(day.getKey(), day.getValue());
    }
    return calendar;
  }

  private static StatutoryCalendar statutory(String country, String region) {
    String key = region == null ? country : country + "-" + region;
    return STATUTORY.computeIfAbsent(key, k -> new StatutoryCalendar(country, region));
  }

  private static String checkedRegion(String country, String region) {
    String code = Normalise.asciiLower(region);
    if (!statutory(country, null).regions().contains(code)) {
      throw new InvalidInputException(
          "region", ViolationCode.INVALID_VALUE, "unknown region of " + country);
    }
    return code;
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

  @Override
  public String toString() {
    int amendments =
        added.values().stream().mapToInt(Map::size).sum()
            + removed.values().stream().mapToInt(Set::size).sum();
    return "HolidayCalendars[regions="
        + new TreeMap<>(regions)
        + ", "
        + amendments
        + " amendment(s)]";
  }

  /**
   * A strict builder: a country's region once, each day once, every value checked when set (unknown
   * country or region: {@link InvalidInputException}; a second setting: {@link
   * IllegalStateException}).
   */
  public static final class Builder {
    private final Map<String, String> regions = new TreeMap<>();
    private final Map<String, Map<LocalDate, String>> added = new TreeMap<>();
    private final Map<String, Set<LocalDate>> removed = new TreeMap<>();

    private Builder() {}

    /**
     * Counts the public holidays of one region of a state as well, for every deadline in that
     * state, e.g. {@code ("DE", "by")} for a controller acting from Bavaria (Regulation 1182/71
     * Art. 3(4): the public holidays of the place where action is to be taken).
     *
     * @param country ISO 3166-1 alpha-2, any case
     * @param region one of jollyday's region codes of that state, any case
     */
    public Builder region(String country, String region) {
      String code = supported(country);
      if (regions.containsKey(code)) {
        throw new IllegalStateException(
            "region of " + code + " was already set to " + regions.get(code));
      }
      if (region == null || region.isBlank()) {
        throw new IllegalArgumentException("region of " + code + " must not be blank");
      }
      regions.put(code, checkedRegion(code, region.strip()));
      return this;
    }

    /**
     * Counts one more day as a public holiday of a state, e.g. a bridge day equated to a public
     * holiday by royal decree (Dutch Algemene termijnenwet art. 3(3)).
     *
     * @param country ISO 3166-1 alpha-2, any case
     * @param day the day
     * @param name what the day is, e.g. {@code "Bridge day"}; the country is added in brackets
     */
    public Builder addHoliday(String country, LocalDate day, String name) {
      String code = supported(country);
      Objects.requireNonNull(day, "day");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a holiday needs a name");
      }
      once(code, day);
      added.computeIfAbsent(code, c -> new TreeMap<>()).put(day, name.strip());
      return this;
    }

    /**
     * Counts a day as an ordinary day in a state although the statutory list names it (a weekend
     * day stays a weekend day).
     *
     * @param country ISO 3166-1 alpha-2, any case
     * @param day the day
     */
    public Builder removeHoliday(String country, LocalDate day) {
      String code = supported(country);
      Objects.requireNonNull(day, "day");
      once(code, day);
      removed.computeIfAbsent(code, c -> new TreeSet<>()).add(day);
      return this;
    }

    private void once(String country, LocalDate day) {
      String name = added.getOrDefault(country, Map.of()).get(day);
      if (name != null) {
        throw new IllegalStateException(
            "holiday " + country + " " + day + " was already added as " + name);
      }
      if (removed.getOrDefault(country, Set.of()).contains(day)) {
        throw new IllegalStateException("holiday " + country + " " + day + " was already removed");
      }
    }

    /** The immutable calendars. */
    public HolidayCalendars build() {
      return new HolidayCalendars(this);
    }
  }
}
