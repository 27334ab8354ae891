package eu.inzage.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.model.ControllerProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineEngineTest {
  private static final DeadlineEngine ENGINE = DeadlineEngine.standard();
  private static final HolidayCalendar NL = ENGINE.calendars().forCountry("NL");

  /**
   * The table of {@code docs/law/deadlines.md}. Columns: case, country ({@code -} for weekends
   * only), received, extended, pause (FROM..TO or empty), reading (empty for the default), expected
   * one-month date, expected due date, expected pause honoured, expected suspended days, expected
   * roll-overs (separated by {@code ;}). Holiday facts checked against jollyday 2.19.0's data files
   * and {@code docs/law/deadlines.md}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock =
          """
          EDPB 5 March, Easter Monday IE 2021 | IE | 2021-03-05 | false | | | 2021-04-06 | 2021-04-06 | false | 0 | 2021-04-05 Easter Monday (IE)
          EDPB 5 March on a working day | NL | 2024-03-05 | false | | | 2024-04-05 | 2024-04-05 | false | 0 |
          EDPB 31 August to 30 September | NL | 2021-08-31 | false | | | 2021-09-30 | 2021-09-30 | false | 0 |
          month end 31 January to 28 February | NL | 2025-01-31 | false | | | 2025-02-28 | 2025-02-28 | false | 0 |
          leap year 29 January to 29 February | DE | 2024-01-29 | false | | | 2024-02-29 | 2024-02-29 | false | 0 |
          leap year 31 January to 29 February | DE | 2024-01-31 | false | | | 2024-02-29 | 2024-02-29 | false | 0 |
          from 29 February over Easter DE | DE | 2024-02-29 | false | | | 2024-04-02 | 2024-04-02 | false | 0 | 2024-03-29 Good Friday (DE);2024-03-30 Saturday;2024-03-31 Sunday;2024-04-01 Easter Monday (DE)
          Good Friday is no holiday in FR | FR | 2024-02-29 | false | | | 2024-03-29 | 2024-03-29 | false | 0 |
          received on a Saturday counts | IE | 2025-03-01 | false | | | 2025-04-01 | 2025-04-01 | false | 0 |
          NL counts Good Friday | NL | 2025-03-18 | false | | | 2025-04-22 | 2025-04-22 | false | 0 | 2025-04-18 Good Friday (NL);2025-04-19 Saturday;2025-04-20 Sunday;2025-04-21 Easter Monday (NL)
          BE does not count Good Friday | BE | 2025-03-18 | false | | | 2025-04-18 | 2025-04-18 | false | 0 |
          IE does not count Good Friday | IE | 2025-03-18 | false | | | 2025-04-18 | 2025-04-18 | false | 0 |
          Christmas NL | NL | 2025-11-25 | false | | | 2025-12-29 | 2025-12-29 | false | 0 | 2025-12-25 1st Christmas day (NL);2025-12-26 2nd Christmas day (NL);2025-12-27 Saturday;2025-12-28 Sunday
          Christmas DE | DE | 2025-11-25 | false | | | 2025-12-29 | 2025-12-29 | false | 0 | 2025-12-25 1st Christmas day (DE);2025-12-26 2nd Christmas day (DE);2025-12-27 Saturday;2025-12-28 Sunday
          New Year BE | BE | 2025-12-01 | false | | | 2026-01-02 | 2026-01-02 | false | 0 | 2026-01-01 New Year's Day (BE)
          New Year SI counts 2 January | SI | 2025-12-01 | false | | | 2026-01-05 | 2026-01-05 | false | 0 | 2026-01-01 New Year's Day (SI);2026-01-02 New Year's Day (SI);2026-01-03 Saturday;2026-01-04 Sunday
          national day FR | FR | 2025-06-14 | false | | | 2025-07-15 | 2025-07-15 | false | 0 | 2025-07-14 National Day (FR)
          national day BE | BE | 2025-06-21 | false | | | 2025-07-22 | 2025-07-22 | false | 0 | 2025-07-21 National Day (BE)
          Saint Patrick IE | IE | 2025-02-17 | false | | | 2025-03-18 | 2025-03-18 | false | 0 | 2025-03-17 Saint Patrick's Day (IE)
          Annunciation GR | GR | 2025-02-25 | false | | | 2025-03-26 | 2025-03-26 | false | 0 | 2025-03-25 Annunciation (GR)
          Greece as EL | EL | 2025-02-25 | false | | | 2025-03-26 | 2025-03-26 | false | 0 | 2025-03-25 Annunciation (GR)
          Constitution Day PL on a Saturday | PL | 2025-04-03 | false | | | 2025-05-05 | 2025-05-05 | false | 0 | 2025-05-03 Saturday;2025-05-04 Sunday
          King's Day NL | NL | 2026-03-27 | false | | | 2026-04-28 | 2026-04-28 | false | 0 | 2026-04-27 Kings' Birthday (NL)
          5 May NL | NL | 2026-04-05 | false | | | 2026-05-06 | 2026-05-06 | false | 0 | 2026-05-05 Liberation Day (NL)
          All Souls is an observance in BE | BE | 2026-10-02 | false | | | 2026-11-02 | 2026-11-02 | false | 0 |
          weekends only ignores Good Friday | - | 2025-03-18 | false | | | 2025-04-18 | 2025-04-18 | false | 0 |
          weekends only rolls Saturday | - | 2025-04-10 | false | | | 2025-05-12 | 2025-05-12 | false | 0 | 2025-05-10 Saturday;2025-05-11 Sunday
          extension from 31 January | NL | 2025-01-31 | true | | | 2025-02-28 | 2025-04-30 | false | 0 |
          extension with roll-over IE | IE | 2021-03-05 | true | | | 2021-04-06 | 2021-06-08 | false | 0 | 2021-06-05 Saturday;2021-06-06 Sunday;2021-06-07 Bank Holiday (IE)
          pause SHIFT | NL | 2025-03-03 | false | 2025-03-05..2025-03-12 | | 2025-04-10 | 2025-04-10 | true | 7 |
          pause SHIFT explicit | NL | 2025-03-03 | false | 2025-03-05..2025-03-12 | SHIFT | 2025-04-10 | 2025-04-10 | true | 7 |
          pause RESTART | NL | 2025-03-03 | false | 2025-03-05..2025-03-12 | RESTART | 2025-04-14 | 2025-04-14 | true | 7 | 2025-04-12 Saturday;2025-04-13 Sunday
          pause on the 5th working day | NL | 2025-03-03 | false | 2025-03-10..2025-03-12 | | 2025-04-07 | 2025-04-07 | true | 2 | 2025-04-05 Saturday;2025-04-06 Sunday
          pause asked too late | NL | 2025-03-03 | false | 2025-03-11..2025-03-20 | | 2025-04-03 | 2025-04-03 | false | 0 |
          pause threshold skips NL holidays | NL | 2025-04-17 | false | 2025-04-28..2025-05-02 | | 2025-05-21 | 2025-05-21 | true | 4 |
          same pause too late on weekends only | - | 2025-04-17 | false | 2025-04-28..2025-05-02 | | 2025-05-19 | 2025-05-19 | false | 0 | 2025-05-17 Saturday;2025-05-18 Sunday
          pause SHIFT with extension | NL | 2025-01-31 | true | 2025-02-03..2025-02-10 | | 2025-03-07 | 2025-05-07 | true | 7 |
          pause RESTART with extension | NL | 2025-01-31 | true | 2025-02-03..2025-02-10 | RESTART | 2025-03-10 | 2025-05-12 | true | 7 | 2025-05-10 Saturday;2025-05-11 Sunday
          empty pause | IE | 2025-03-03 | false | 2025-03-04..2025-03-04 | | 2025-04-03 | 2025-04-03 | true | 0 |
          """)
  void compute_tableOfLaw_matchesExpected(
      String label,
      String country,
      LocalDate received,
      boolean extended,
      String pause,
      PauseReading reading,
      LocalDate oneMonth,
      LocalDate due,
      boolean honoured,
      int suspended,
      String rollovers) {
    DeadlineQuery.Builder query = DeadlineQuery.receivedOn(received);
    if (!country.equals("-")) {
      query.calendar(ENGINE.calendars().forCountry(country));
    }
    if (extended) {
      query.extended();
    }
    if (pause != null) {
      query.pause(IdentityPause.parse(pause));
    }
    if (reading != null) {
      query.reading(reading);
    }

    Deadline deadline = ENGINE.compute(query.build());

    assertThat(deadline.received()).isEqualTo(received);
    assertThat(deadline.oneMonth()).as("oneMonth").isEqualTo(oneMonth);
    assertThat(deadline.due()).as("due").isEqualTo(due);
    assertThat(deadline.country())
        .isEqualTo(country.equals("-") ? null : country.replace("EL", "GR"));
    assertThat(deadline.extended()).isEqualTo(extended);
    assertThat(deadline.pauseHonoured()).isEqualTo(honoured);
    assertThat(deadline.suspendedDays()).isEqualTo(suspended);
    List<String> expectedRollovers =
        rollovers == null ? List.of() : Arrays.asList(rollovers.split(";"));
    assertThat(deadline.rollovers())
        .map(Rollover::toString)
        .containsExactlyElementsOf(expectedRollovers);
  }

  @Test
  void compute_extensionNotifiedAfterOneMonth_oneMonthDateStands() {
    Deadline deadline =
        ENGINE.compute(
            DeadlineQuery.receivedOn(LocalDate.parse("2025-01-31"))
                .calendar(NL)
                .extensionNotifiedOn(LocalDate.parse("2025-03-03"))
                .build());

    assertThat(deadline.extended()).isFalse();
    assertThat(deadline.due()).isEqualTo("2025-02-28");
  }

  @Test
  void compute_extensionNotifiedOnOneMonthDate_extends() {
    Deadline deadline =
        ENGINE.compute(
            DeadlineQuery.receivedOn(LocalDate.parse("2025-01-31"))
                .calendar(NL)
                .extensionNotifiedOn(LocalDate.parse("2025-02-28"))
                .build());

    assertThat(deadline.extended()).isTrue();
    assertThat(deadline.due()).isEqualTo("2025-04-30");
  }

  @Test
  void compute_swissResidentAndZoom_thirtyDaysSwissCalendarNoExtension() {
    ControllerProfile zoom = ControllerProfiles.builtIn().require("zoom");

    Deadline deadline =
        ENGINE.compute(
            ENGINE.queryFor(LocalDate.parse("2025-07-02"), zoom, "CH").extended().build());

    assertThat(deadline.regime()).isEqualTo(Regime.SWISS_FADP);
    assertThat(deadline.country()).isEqualTo("CH");
    assertThat(deadline.extended()).isFalse();
    assertThat(deadline.due()).isEqualTo("2025-08-04");
    assertThat(deadline.oneMonth()).isEqualTo(deadline.due());
    assertThat(deadline.rollovers())
        .map(Rollover::toString)
        .containsExactly(
            "2025-08-01 National Day (CH)", "2025-08-02 Saturday", "2025-08-03 Sunday");
  }

  @Test
  void compute_swissResidentAndPalantirOverChristmas_rollsPastSwissChristmas() {
    ControllerProfile palantir = ControllerProfiles.builtIn().require("palantir");

    Deadline deadline =
        ENGINE.compute(ENGINE.queryFor(LocalDate.parse("2025-11-25"), palantir, "CH").build());

    assertThat(deadline.regime()).isEqualTo(Regime.SWISS_FADP);
    assertThat(deadline.due()).isEqualTo("2025-12-26");
  }

  @Test
  void compute_swissResidentAndTikTok_gdprWithIrishCalendar() {
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");

    Deadline deadline =
        ENGINE.compute(ENGINE.queryFor(LocalDate.parse("2021-03-05"), tiktok, "CH").build());

    assertThat(deadline.regime()).isEqualTo(Regime.GDPR);
    assertThat(deadline.country()).isEqualTo("IE");
    assertThat(deadline.due()).isEqualTo("2021-04-06");
  }

  @ParameterizedTest(name = "calendar {0}, residence {1}: {2} in {3}")
  @CsvSource({
    "NL, NL, GDPR, NL, 2025-08-04",
    "NL, CH, GDPR, NL, 2025-08-04",
    "none, CH, SWISS_FADP, CH, 2025-08-04",
    "none, DE, GDPR, , 2025-08-04",
    "CH, CH, SWISS_FADP, CH, 2025-08-04",
    "IE, , GDPR, IE, 2025-08-05"
  })
  void queryFor_calendarOfTheActingState_regimeAndCalendar(
      String calendar, String residence, Regime regime, String country, LocalDate due) {
    HolidayCalendar acting =
        calendar.equals("none")
            ? HolidayCalendars.weekendsOnly()
            : ENGINE.calendars().forCountry(calendar);

    Deadline deadline =
        ENGINE.compute(ENGINE.queryFor(LocalDate.parse("2025-07-02"), acting, residence).build());

    assertThat(deadline.regime()).isEqualTo(regime);
    assertThat(deadline.country()).isEqualTo(country);
    assertThat(deadline.due()).isEqualTo(due);
  }

  @Test
  void queryFor_engineWithBridgeDay_controllerDeadlineCountsIt() {
    DeadlineEngine engine =
        DeadlineEngine.builder()
            .calendars(
                HolidayCalendars.builder()
                    .addHoliday("IE", LocalDate.parse("2021-04-06"), "Bridge day")
                    .build())
            .build();
    ControllerProfile tiktok = ControllerProfiles.builtIn().require("tiktok");

    Deadline deadline =
        engine.compute(engine.queryFor(LocalDate.parse("2021-03-05"), tiktok, "NL").build());

    assertThat(deadline.due()).isEqualTo("2021-04-07");
    assertThat(deadline.rollovers().get(deadline.rollovers().size() - 1).toString())
        .isEqualTo("2021-04-06 Bridge day (IE)");
  }

  @Test
  void calendarFor_builtInControllers_followLaw() {
    ControllerProfiles profiles = ControllerProfiles.builtIn();

    assertThat(ENGINE.calendarFor(profiles.require("tiktok")).country()).isEqualTo("IE");
    assertThat(ENGINE.calendarFor(profiles.require("zoom")).country()).isEqualTo("IE");
    assertThat(ENGINE.calendarFor(profiles.require("palantir")).country()).isNull();
  }

  @Test
  void receiptDay_lateEveningUtc_isNextDayInDublinSummerTime() {
    LocalDate day =
        DeadlineEngine.receiptDay(
            Instant.parse("2025-06-30T23:30:00Z"), ZoneId.of("Europe/Dublin"));

    assertThat(day).isEqualTo("2025-07-01");
  }

  @Test
  void isLateOn_dayAfterDue_late() {
    Deadline deadline =
        ENGINE.compute(
            DeadlineQuery.receivedOn(LocalDate.parse("2021-03-05"))
                .calendar(ENGINE.calendars().forCountry("IE"))
                .build());

    assertThat(deadline.isLateOn(LocalDate.parse("2021-04-06"))).isFalse();
    assertThat(deadline.isLateOn(LocalDate.parse("2021-04-07"))).isTrue();
    assertThat(deadline.lateFrom()).isEqualTo("2021-04-07");
  }

  @Test
  void compute_customThreshold_pauseAfterTwoWorkingDaysIgnored() {
    DeadlineEngine strict = DeadlineEngine.builder().pauseThresholdWorkingDays(2).build();

    Deadline deadline =
        strict.compute(
            DeadlineQuery.receivedOn(LocalDate.parse("2025-03-03"))
                .calendar(NL)
                .pause(IdentityPause.parse("2025-03-06..2025-03-12"))
                .build());

    assertThat(deadline.pauseHonoured()).isFalse();
    assertThat(deadline.due()).isEqualTo("2025-04-03");
  }

  @Test
  void compute_pauseBeforeReceipt_rejectedNamingSuspended() {
    DeadlineQuery query =
        DeadlineQuery.receivedOn(LocalDate.parse("2025-03-03"))
            .pause(IdentityPause.parse("2025-03-01..2025-03-05"))
            .build();

    assertThatThrownBy(() -> ENGINE.compute(query))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("suspended");
  }

  @ParameterizedTest
  @CsvSource({"2025-03-12..2025-03-05", "2025-03-05", "2025-03-05..", "2025-02-30..2025-03-01"})
  void parse_badInterval_invalidInputNamingSuspended(String text) {
    assertThatThrownBy(() -> IdentityPause.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("suspended"));
  }

  @ParameterizedTest
  @CsvSource({"XX", "US", "GB", "nl-", "''"})
  void forCountry_unsupported_invalidInputNamingCountry(String country) {
    assertThatThrownBy(() -> HolidayCalendars.standard().forCountry(country))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("country"));
  }

  @Test
  void parse_unparseableDate_invalidValue() {
    assertThatThrownBy(() -> Dates.parse("received", "2025-13-01"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("received");
              assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.INVALID_VALUE);
            });
  }

  @Test
  void builder_settingTwice_namesCurrentValue() {
    DeadlineEngine.Builder builder = DeadlineEngine.builder().pauseThresholdWorkingDays(5);

    assertThatThrownBy(() -> builder.pauseThresholdWorkingDays(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pauseThresholdWorkingDays was already set to 5");
  }
}
