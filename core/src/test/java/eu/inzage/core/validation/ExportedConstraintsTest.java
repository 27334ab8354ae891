package eu.inzage.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.Fixtures;
import eu.inzage.core.validation.constraints.CountryCode;
import eu.inzage.core.validation.constraints.EmailAddress;
import eu.inzage.core.validation.constraints.MaxLength;
import eu.inzage.core.validation.constraints.ParticipantId;
import eu.inzage.core.validation.constraints.PlainText;
import eu.inzage.core.validation.constraints.Required;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A type outside the model that uses the exported constraints gets the model's codes. */
class ExportedConstraintsTest {

  /** What an adapter might declare: a mail recipient. */
  record Recipient(
      @Required @ParticipantId String participantId,
      @Required @PlainText @MaxLength(20) String name,
      @EmailAddress String email,
      @CountryCode String country) {}

  private static List<String> problems(Object value) {
    return ModelValidator.withoutClock().validate(value).stream()
        .map(v -> v.field() + " " + v.code())
        .toList();
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          participantId | null                  | participantId REQUIRED
          participantId | ../x                  | participantId INVALID_ID
          name          | '  '                  | name REQUIRED
          name          | A\u2028B              | name CONTROL_CHARACTERS
          name          | abcdefghijklmnopqrstu | name TOO_LONG
          email         | a@b                   | email INVALID_EMAIL
          country       | UK                    | country UNKNOWN_COUNTRY
          """)
  void validateField_badValue_hasTheModelsCode(String field, String value, String expected) {
    assertThat(ModelValidator.withoutClock().validateField(Recipient.class, field, value))
        .extracting(v -> v.field() + " " + v.code())
        .containsExactly(expected);
  }

  @Test
  void validate_wholeValue_reportsEveryViolationSorted() {
    Recipient bad = new Recipient(null, "A\r\nB", "x", "XX");

    assertThat(problems(bad))
        .containsExactly(
            "country UNKNOWN_COUNTRY",
            "email INVALID_EMAIL",
            "name CONTROL_CHARACTERS",
            "participantId REQUIRED");
    assertThat(problems(new Recipient("p-1", "Anna", "anna@example.org", "NL"))).isEmpty();
  }

  @Test
  void requireValidField_badValue_throwsWithoutTheValue() {
    assertThatThrownBy(
            () ->
                ModelValidator.create(Fixtures.CLOCK)
                    .requireValidField(Recipient.class, "email", Fixtures.NAME))
        .hasMessage("invalid input: email INVALID_EMAIL (must be a valid e-mail address)")
        .hasMessageNotContaining(Fixtures.NAME);
  }

  @Test
  void validateField_unknownField_isIllegalArgument() {
    assertThatThrownBy(
            () -> ModelValidator.withoutClock().validateField(Recipient.class, "shoeSize", 44))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
