package eu.inzage.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {
  private static final HolidayCalendars CALENDARS = HolidayCalendars.standard();

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          NL | 2025-04-18 | Good Friday (NL)
          NL | 2024-05-05 | Liberation Day (NL)
          NL | 2025-04-26 | Kings' Birthday (NL)
          BE | 2026-11-02 |
          BE | 2026-11-15 |
          BE | 2025-12-31 |
          BE | 2025-11-11 | Armistice Day (BE)
          DE | 2025-11-19 |
          DE | 2025-10-03 | German Unity Day (DE)
          CH | 2025-01-02 |
          IE | 2025-02-03 | St. Brigid's Day (IE)
          IE | 2025-02-01 |
          IE | 2026-02-02 | St. Brigid's Day (IE)
          SK | 2025-08-29 | National Uprising (SK)
          SI | 2025-02-08 | Prešeren Day (SI)
          LI | 2025-01-01 | New Year's Day (LI)
          NO | 2025-05-17 | Constitution Day (NO)
          """)
  void holidayName_jollydayPublicHolidaysWithCorrections(
      String country, LocalDate day, String expected) {
    assertThat(CALENDARS.forCountry(country).holidayName(day)).isEqualTo(expected);
  }

  @Test
  void supportedCountries_all31() {
    assertThat(HolidayCalendars.supportedCountries()).hasSize(31).contains("SK", "SI", "CH", "GR");
    for (String country : HolidayCalendars.supportedCountries()) {
      assertThat(CALENDARS.forCountry(country).isHoliday(LocalDate.parse("2025-12-25")))
          .as(country)
          .isTrue();
    }
  }

  @Test
  void withHoliday_bridgeDay_countsAndNamesCountry() {
    HolidayCalendar amended =
        CALENDARS.forCountry("NL").withHoliday(LocalDate.parse("2025-05-30"), "Bridge day");

    assertThat(amended.holidayName(LocalDate.parse("2025-05-30"))).isEqualTo("Bridge day (NL)");
    assertThat(amended.isWorkingDay(LocalDate.parse("2025-05-30"))).isFalse();
    assertThat(amended.holidayName(LocalDate.parse("2025-04-18"))).isEqualTo("Good Friday (NL)");
    assertThat(CALENDARS.forCountry("NL").isHoliday(LocalDate.parse("2025-05-30"))).isFalse();
  }

  @Test
  void withoutHoliday_removesDay() {
    HolidayCalendar amended =
        CALENDARS.forCountry("NL").withoutHoliday(LocalDate.parse("2025-04-18"));

    assertThat(amended.isWorkingDay(LocalDate.parse("2025-04-18"))).isTrue();
  }

  @Test
  void amendedCalendar_usedByEngine_rollsOverBridgeDay() {
    HolidayCalendar amended =
        CALENDARS.forCountry("NL").withHoliday(LocalDate.parse("2025-05-30"), "Bridge day");

    Deadline deadline =
        DeadlineEngine.standard()
            .compute(
                DeadlineQuery.receivedOn(LocalDate.parse("2025-04-29")).calendar(amended).build());

    assertThat(deadline.due()).isEqualTo("2025-06-02");
    assertThat(deadline.rollovers().get(0).toString()).isEqualTo("2025-05-29 Ascension Day (NL)");
  }

  @Test
  void forRegion_bavaria_addsEpiphany() {
    LocalDate epiphany = LocalDate.parse("2025-01-06");

    assertThat(CALENDARS.forCountry("DE").isHoliday(epiphany)).isFalse();
    assertThat(CALENDARS.forRegion("DE", "by").holidayName(epiphany)).isEqualTo("Epiphany (DE-BY)");
  }

  @Test
  void forRegion_unknown_invalidInput() {
    assertThatThrownBy(() -> CALENDARS.forRegion("DE", "zz"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("region");
  }

  @Test
  void weekendsOnly_noHolidaysNoCountry() {
    HolidayCalendar calendar = HolidayCalendars.weekendsOnly();

    assertThat(calendar.country()).isNull();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-12-25"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-12-27"))).isFalse();
  }

  @Test
  void builder_addHoliday_countsForCountryAndEngine() {
    HolidayCalendars calendars =
        HolidayCalendars.builder()
            .addHoliday("nl", LocalDate.parse("2025-05-30"), "Bridge day")
            .build();
    DeadlineEngine engine = DeadlineEngine.builder().calendars(calendars).build();

    Deadline deadline =
        engine.compute(
            engine
                .queryFor(LocalDate.parse("2025-04-29"), calendars.forCountry("NL"), null)
                .build());

    assertThat(calendars.forCountry("NL").holidayName(LocalDate.parse("2025-05-30")))
        .isEqualTo("Bridge day (NL)");
    assertThat(calendars.forCountry("BE").isHoliday(LocalDate.parse("2025-05-30"))).isFalse();
    assertThat(deadline.due()).isEqualTo("2025-06-02");
    assertThat(
            HolidayCalendars.standard().forCountry("NL").isHoliday(LocalDate.parse("2025-05-30")))
        .isFalse();
  }

  @Test
  void builder_removeHoliday_dayCountsAsWorkingDay() {
    HolidayCalendars calendars =
        HolidayCalendars.builder().removeHoliday("NL", LocalDate.parse("2025-04-18")).build();

    assertThat(calendars.forCountry("NL").isWorkingDay(LocalDate.parse("2025-04-18"))).isTrue();
    assertThat(calendars.forCountry("NL").isHoliday(LocalDate.parse("2025-04-21"))).isTrue();
  }

  @Test
  void builder_region_forCountryCountsTheRegion() {
    HolidayCalendars calendars =
        HolidayCalendars.builder()
            .region("DE", "BY")
            .addHoliday("DE", LocalDate.parse("2025-01-07"), "Office closure")
            .build();
    HolidayCalendar germany = calendars.forCountry("de");

    assertThat(germany.holidayName(LocalDate.parse("2025-01-06"))).isEqualTo("Epiphany (DE-BY)");
    assertThat(germany.holidayName(LocalDate.parse("2025-01-07"))).isEqualTo("Office closure (DE)");
    assertThat(germany.country()).isEqualTo("DE");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          region twice | region of DE was already set to by
          day added twice | holiday NL 2025-05-30 was already added as Bridge day
          day added and removed | holiday NL 2025-05-30 was already added as Bridge day
          """)
  void builder_settingTwice_namesTheSetting(String label, String message) {
    HolidayCalendars.Builder builder =
        HolidayCalendars.builder()
            .region("DE", "by")
            .addHoliday("NL", LocalDate.parse("2025-05-30"), "Bridge day");

    assertThatThrownBy(
            () -> {
              switch (label) {
                case "region twice" -> builder.region("DE", "he");
                case "day added twice" ->
                    builder.addHoliday("NL", LocalDate.parse("2025-05-30"), "Other");
                default -> builder.removeHoliday("NL", LocalDate.parse("2025-05-30"));
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"XX, by, country, UNKNOWN_COUNTRY", "DE, zz, region, INVALID_VALUE"})
  void builder_unknownCountryOrRegion_rejectedWhenSet(
      String country, String region, String field, String code) {
    assertThatThrownBy(() -> HolidayCalendars.builder().region(country, region))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo(field);
              assertThat(e.violations().get(0).code().name()).isEqualTo(code);
            });
  }
}
