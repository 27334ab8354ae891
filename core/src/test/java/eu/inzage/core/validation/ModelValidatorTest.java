package eu.inzage.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.Fixtures;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Participant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {
  private final ModelValidator validator = ModelValidator.create(Fixtures.CLOCK);

  /**
   * Replaces top-level JSON fields of the participant of {@code docs/formats.md#participant} (which
   * then need not be valid).
   */
  private static Participant with(Map<String, Object> fields) {
    Map<String, Object> tree =
        InzageJson.newMapper()
            .convertValue(Fixtures.zoe(), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    tree.putAll(fields);
    return InzageJson.newMapper().convertValue(tree, Participant.class);
  }

  /**
   * Replaces one JSON field of the participant of {@code docs/formats.md#participant}; {@code null}
   * removes it.
   */
  private static Participant with(String path, Object value) {
    Map<String, Object> tree =
        InzageJson.newMapper()
            .convertValue(Fixtures.zoe(), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    String[] parts = path.split("\\.");
    @SuppressWarnings("unchecked")
    Function<Map<String, Object>, Map<String, Object>> identity = m -> m;
    Map<String, Object> node = identity.apply(tree);
    for (int i = 0; i < parts.length - 1; i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> child = (Map<String, Object>) node.get(parts[i]);
      node = child;
    }
    if (value == null) {
      node.remove(parts[parts.length - 1]);
    } else {
      node.put(parts[parts.length - 1], value);
    }
    return InzageJson.newMapper().convertValue(tree, Participant.class);
  }

  private List<String> problems(Participant p) {
    return validator.validate(p).stream().map(v -> v.field() + " " + v.code()).toList();
  }

  @Test
  void validate_designParticipant_hasNoViolations() {
    assertThat(validator.validate(Fixtures.zoe())).isEmpty();
  }

  @ParameterizedTest(name = "{0} = [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<null>",
      value = {
        // required fields
        "id                     | <null>                    | id REQUIRED",
        "id                     | ''                        | id REQUIRED",
        "name                   | <null>                    | name REQUIRED",
        "name                   | '   '                     | name REQUIRED",
        "residence              | <null>                    | residence REQUIRED",
        // ids
        "id                     | ../etc/passwd             | id INVALID_ID",
        "id                     | .hidden                   | id INVALID_ID",
        "id                     | p 1                       | id INVALID_ID",
        "id                     | p/1                       | id INVALID_ID",
        "id                     | Ünïcode                   | id INVALID_ID",
        "id                     | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | id INVALID_ID",
        // countries
        "residence              | XX                        | residence UNKNOWN_COUNTRY",
        "residence              | UK                        | residence UNKNOWN_COUNTRY",
        "residence              | NLD                       | residence UNKNOWN_COUNTRY",
        "address.country        | ZZ                        | address.country UNKNOWN_COUNTRY",
        // e-mail
        "email                  | zoe                       | email INVALID_EMAIL",
        "email                  | zoe@localhost             | email INVALID_EMAIL",
        "email                  | zoe@@example.org          | email INVALID_EMAIL",
        "email                  | zoe@example..org          | email INVALID_EMAIL",
        "email                  | 'zoe @example.org'        | email INVALID_EMAIL",
        "accounts.tiktok.email  | not-an-email              | accounts.tiktok.email INVALID_EMAIL",
        // phone
        "phone                  | 12345                     | phone INVALID_PHONE",
        "phone                  | +31 6 1234 5678 9012 3456 | phone INVALID_PHONE",
        "phone                  | call me                   | phone INVALID_PHONE",
        "phone                  | 06+12345678               | phone INVALID_PHONE",
        // dates
        "birthDate              | 2026-11-29                | birthDate FUTURE_DATE",
        // language
        "language               | xx                        | language UNKNOWN_LANGUAGE",
        // lengths
        "postalCode_placeholder | -                         | -",
      })
  void validate_badField_isReportedWithPathAndCode(String field, String value, String expected) {
    if (field.equals("postalCode_placeholder")) {
      return; // keeps the table's trailing comma tidy
    }
    assertThat(problems(with(field, value))).containsExactly(expected);
  }

  @ParameterizedTest(name = "control character U+{0}")
  @ValueSource(
      strings = {
        "000D", "000A", "0000", "0009", "001B", "0085", "2028", "2029", "202E", "2066", "FEFF"
      })
  void validate_controlCharacterInAnyTextField_isControlCharacters(String hex) {
    String c = Character.toString(Integer.parseInt(hex, 16));
    assertThat(problems(with("name", "Zoë" + c + "Bcc: x")))
        .containsExactly("name CONTROL_CHARACTERS");
    assertThat(problems(with("address.street", "Main" + c + "Street")))
        .containsExactly("address.street CONTROL_CHARACTERS");
    assertThat(problems(with("accounts.tiktok.username", "@zoe" + c)))
        .containsExactly("accounts.tiktok.username CONTROL_CHARACTERS");
    assertThat(problems(with("address.city", c + "Amsterdam")))
        .containsExactly("address.city CONTROL_CHARACTERS");
  }

  @ParameterizedTest(name = "{0} longer than {1}")
  @CsvSource({
    "name, 200",
    "address.street, 1000",
    "address.city, 200",
    "address.postalCode, 20",
    "accounts.tiktok.username, 200"
  })
  void validate_textOverItsLimit_isTooLong(String field, int limit) {
    assertThat(problems(with(field, "é".repeat(limit)))).isEmpty();
    assertThat(problems(with(field, "é".repeat(limit + 1)))).containsExactly(field + " TOO_LONG");
  }

  @Test
  void validate_hundredThousandCharacterStreet_isTooLong() {
    assertThat(problems(with("address.street", "x".repeat(100_000))))
        .containsExactly("address.street TOO_LONG");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zoë Ångström-Łukasiewicz",
        "Ωμέγα Παπαδοπούλου",
        "Иван Петров",
        "O'Brien-Nuñez Jr.",
        "李小龙"
      })
  void validate_namesFromEverywhere_areValid(String name) {
    assertThat(problems(with("name", name))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+31612345678",
        "+31 6 1234 5678",
        "0031-6-12345678",
        "(030) 1234567",
        "+49.30.1234567"
      })
  void validate_plausiblePhones_areValid(String phone) {
    assertThat(problems(with("phone", phone))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zoe@example.org",
        "z.o+e@sub.example.co.uk",
        "zoë@exämple.de",
        "a_b@xn--bcher-kva.example"
      })
  void validate_plausibleEmails_areValid(String email) {
    assertThat(problems(with("email", email))).isEmpty();
  }

  @Test
  void validate_birthDateToday_isValid() {
    assertThat(problems(with("birthDate", "2026-11-28"))).isEmpty();
  }

  @Test
  void validate_accountUnderAnInvalidSlug_isInvalidId() {
    Participant p = with("accounts", Map.of("Tik Tok", Map.of("username", "@zoe")));
    assertThat(problems(p)).containsExactly("accounts.<redacted> INVALID_ID");
  }

  @Test
  void validate_severalProblems_areAllReportedSortedByField() {
    Participant p =
        with(
            Map.of(
                "id", "../x",
                "name", "A\r\nB",
                "email", "bad",
                "residence", "XX"));

    assertThat(problems(p))
        .containsExactly(
            "email INVALID_EMAIL",
            "id INVALID_ID",
            "name CONTROL_CHARACTERS",
            "residence UNKNOWN_COUNTRY");
  }

  @Test
  void read_unknownFieldAndInvalidValues_areReportedTogether() {
    String text = "{\"id\":\"p-1\",\"name\":\"A\\r\\nB\",\"residence\":\"XX\",\"shoeSize\":44}";

    assertThat(
            Fixtures.violationsOf(
                () ->
                    validator.read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        Participant.class)))
        .containsExactly(
            "name CONTROL_CHARACTERS", "residence UNKNOWN_COUNTRY", "shoeSize UNKNOWN_FIELD");
  }

  @Test
  void requireValid_invalid_throwsWithEveryViolation() {
    Participant bad = with("email", "nope");
    assertThatThrownBy(() -> validator.requireValid(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: email INVALID_EMAIL (must be a valid e-mail address)");
  }

  @Test
  void validate_builtInControllerProfiles_areValid() {
    ControllerProfiles.builtIn()
        .all()
        .forEach(profile -> assertThat(validator.validate(profile)).as(profile.id()).isEmpty());
  }

  @Test
  void validate_mandateAndCampaignFixtures_areValid() {
    assertThat(validator.validate(Fixtures.mandate())).isEmpty();
    assertThat(validator.validate(Fixtures.campaign())).isEmpty();
    assertThat(validator.validate(Fixtures.request())).isEmpty();
    assertThat(validator.validate(Fixtures.foundation())).isEmpty();
  }

  @Test
  void violationMessages_neverRepeatTheValue() {
    List<Violation> violations = validator.validate(with("email", "secret-value-in-email"));
    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.message()).doesNotContain("secret"));
  }
}
