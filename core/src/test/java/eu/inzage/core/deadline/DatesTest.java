package eu.inzage.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates typed by a user: strict ISO, within 1900-01-01..2200-12-31, never echoed in errors. */
class DatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "+999999999-12-31, INVALID_VALUE",
    "-999999999-01-01, INVALID_VALUE",
    "0000-01-01, INVALID_VALUE",
    "1899-12-31, INVALID_VALUE",
    "2201-01-01, INVALID_VALUE",
    "2025-02-30, INVALID_VALUE",
    "2025-03-18T00:00:00Z, INVALID_VALUE",
    "20250318, INVALID_VALUE",
    "'', REQUIRED"
  })
  void parse_implausibleOrMalformed_refusedWithoutTheText(String text, ViolationCode code) {
    InvalidInputException e =
        catchThrowableOfType(() -> Dates.parse("--received", text), InvalidInputException.class);

    assertThat(e.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("--received", code));
    if (!text.isEmpty()) {
      assertThat(e.getMessage()).doesNotContain(text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1900-01-01", "2025-03-18", "2200-12-31"})
  void parse_plausible_isTheDate(String text) {
    assertThat(Dates.parse("--received", text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2025-03-19..+999999999-12-31", "2025-03-19..2201-01-01", "1800-01-01..2025-03-19"})
  void pause_outsideTheRange_isInvalidSuspended(String text) {
    InvalidInputException e =
        catchThrowableOfType(() -> IdentityPause.parse(text), InvalidInputException.class);

    assertThat(e.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("suspended", ViolationCode.INVALID_VALUE));
  }
}
