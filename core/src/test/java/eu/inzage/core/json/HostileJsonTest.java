package eu.inzage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.inzage.core.Fixtures;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.RequestHistory;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an attack run against the JSON readers found (issue "Hostile input"): one row per finding,
 * each refused with the field's path and code, never with the hostile value in the message. No JSON
 * type is coerced into another, dates lie in a plausible range, codes are ASCII.
 */
class HostileJsonTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create(Fixtures.CLOCK);

  /** A valid participant with one field replaced by raw JSON. */
  private static String participant(String field, String rawValue) {
    StringBuilder json = new StringBuilder("{");
    String[][] fields = {
      {"id", "\"p-1\""}, {"name", "\"Jan Jansen\""}, {"residence", "\"NL\""},
    };
    for (String[] f : fields) {
      if (!f[0].equals(field)) {
        json.append('"').append(f[0]).append("\":").append(f[1]).append(',');
      }
    }
    json.append('"').append(field).append("\":").append(rawValue).append('}');
    return json.toString();
  }

  /** A valid request with one submitted event whose {@code at} is raw JSON. */
  private static String request(String events) {
    return "{\"id\":\"r-1\",\"controllerId\":\"tiktok\",\"residence\":\"NL\",\"events\":"
        + events
        + "}";
  }

  private static String submittedAt(String rawAt) {
    return request("[{\"type\":\"submitted\",\"at\":" + rawAt + ",\"channel\":\"EMAIL\"}]");
  }

  static Stream<Arguments> findings() {
    return Stream.of(
        // numbers, arrays and booleans are no dates, texts or codes
        row(
            "birthDate 3000 (a number)",
            Participant.class,
            participant("birthDate", "3000"),
            "birthDate",
            ViolationCode.MALFORMED_JSON,
            "3000"),
        row(
            "birthDate [1977,7,17]",
            Participant.class,
            participant("birthDate", "[1977,7,17]"),
            "birthDate",
            ViolationCode.MALFORMED_JSON,
            "1977"),
        row(
            "birthDate 1.5e3",
            Participant.class,
            participant("birthDate", "1.5e3"),
            "birthDate",
            ViolationCode.MALFORMED_JSON,
            "1.5e3"),
        row(
            "name 12345",
            Participant.class,
            participant("name", "12345"),
            "name",
            ViolationCode.MALFORMED_JSON,
            "12345"),
        row(
            "name 123.25",
            Participant.class,
            participant("name", "123.25"),
            "name",
            ViolationCode.MALFORMED_JSON,
            "123.25"),
        row(
            "name true",
            Participant.class,
            participant("name", "true"),
            "name",
            ViolationCode.MALFORMED_JSON,
            "true"),
        row(
            "name [1977,7,17]",
            Participant.class,
            participant("name", "[1977,7,17]"),
            "name",
            ViolationCode.MALFORMED_JSON,
            "1977"),
        row(
            "name {}",
            Participant.class,
            participant("name", "{\"first\":\"Jan\"}"),
            "name",
            ViolationCode.MALFORMED_JSON,
            "Jan"),
        row(
            "residence 31",
            Participant.class,
            participant("residence", "31"),
            "residence",
            ViolationCode.MALFORMED_JSON,
            "31"),
        // dates: ISO YYYY-MM-DD only, between 1900 and 2200
        row(
            "birthDate year 0000",
            Participant.class,
            participant("birthDate", "\"0000-01-01\""),
            "birthDate",
            ViolationCode.INVALID_VALUE,
            "0000-01-01"),
        row(
            "birthDate 1899-12-31",
            Participant.class,
            participant("birthDate", "\"1899-12-31\""),
            "birthDate",
            ViolationCode.INVALID_VALUE,
            "1899-12-31"),
        row(
            "birthDate with a time",
            Participant.class,
            participant("birthDate", "\"1990-02-14T00:00:00Z\""),
            "birthDate",
            ViolationCode.MALFORMED_JSON,
            "1990-02-14"),
        row(
            "birthDate with a sign",
            Participant.class,
            participant("birthDate", "\"+1990-02-14\""),
            "birthDate",
            ViolationCode.MALFORMED_JSON,
            "1990-02-14"),
        row(
            "birthDate +999999999-12-31",
            Participant.class,
            participant("birthDate", "\"+999999999-12-31\""),
            "birthDate",
            ViolationCode.MALFORMED_JSON,
            "999999999"),
        // codes are ASCII: no case-folding tricks
        row(
            "residence dotless i",
            Participant.class,
            participant("residence", "\"\u0131t\""),
            "residence",
            ViolationCode.UNKNOWN_COUNTRY,
            "\u0131t"),
        row(
            "residence long s",
            Participant.class,
            participant("residence", "\"\u017Fe\""),
            "residence",
            ViolationCode.UNKNOWN_COUNTRY,
            "\u017Fe"),
        row(
            "language Kelvin sign",
            Participant.class,
            participant("language", "\"\u212Ao\""),
            "language",
            ViolationCode.UNKNOWN_LANGUAGE,
            "\u212Ao"),
        // nulls inside collections are refused, not dropped
        row(
            "accounts with a null",
            Participant.class,
            participant("accounts", "{\"tiktok\":null}"),
            "accounts.tiktok",
            ViolationCode.MALFORMED_JSON,
            "tiktok\":null"),
        row(
            "null event",
            RequestHistory.class,
            request("[null,{\"type\":\"acknowledged\",\"at\":\"2021-03-06T08:00:00Z\"}]"),
            "events.0",
            ViolationCode.MALFORMED_JSON,
            "acknowledged"),
        // instants: ISO-8601 with an offset, between 1900 and 2200
        row(
            "at 1e300",
            RequestHistory.class,
            submittedAt("1e300"),
            "events.0.at",
            ViolationCode.MALFORMED_JSON,
            "1e300"),
        row(
            "at epoch seconds",
            RequestHistory.class,
            submittedAt("1614936600"),
            "events.0.at",
            ViolationCode.MALFORMED_JSON,
            "1614936600"),
        row(
            "at year 1e9",
            RequestHistory.class,
            submittedAt("\"+1000000000-01-01T00:00:00Z\""),
            "events.0.at",
            ViolationCode.MALFORMED_JSON,
            "1000000000"),
        row(
            "at year 999999999",
            RequestHistory.class,
            submittedAt("\"+999999999-01-01T00:00:00Z\""),
            "events.0.at",
            ViolationCode.INVALID_VALUE,
            "999999999"),
        row(
            "at year 1899",
            RequestHistory.class,
            submittedAt("\"1899-12-31T23:59:59Z\""),
            "events.0.at",
            ViolationCode.INVALID_VALUE,
            "1899-12-31"),
        row(
            "at without an offset",
            RequestHistory.class,
            submittedAt("\"2021-03-05T09:30:00\""),
            "events.0.at",
            ViolationCode.MALFORMED_JSON,
            "2021-03-05"),
        row(
            "at a date only",
            RequestHistory.class,
            submittedAt("\"2021-03-05\""),
            "events.0.at",
            ViolationCode.MALFORMED_JSON,
            "2021-03-05"),
        // field names are redacted, terminal escapes included
        row(
            "key with a bidi override",
            Participant.class,
            participant("Zzsecret\u202ELukleak", "1"),
            "<redacted>",
            ViolationCode.UNKNOWN_FIELD,
            "Lukleak"),
        row(
            "key with a terminal escape",
            Participant.class,
            participant("\\u001B]0;PWNED\\u0007", "1"),
            "<redacted>",
            ViolationCode.UNKNOWN_FIELD,
            "PWNED"));
  }

  private static Arguments row(
      String finding,
      Class<?> type,
      String json,
      String field,
      ViolationCode code,
      String hostile) {
    return Arguments.of(finding, type, json, field, code, hostile);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void read_hostileValue_refusedWithPathAndWithoutTheValue(
      String finding,
      Class<?> type,
      String json,
      String field,
      ViolationCode code,
      String hostile) {
    InvalidInputException e =
        catchThrowableOfType(() -> VALIDATOR.read(stream(json), type), InvalidInputException.class);

    assertThat(e).as(finding).isNotNull();
    assertThat(e.violations())
        .extracting(Violation::field, Violation::code)
        .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    assertThat(e.getMessage()).doesNotContain(hostile);
  }

  @Test
  void read_200000UnknownFields_reportsAtMost100() {
    StringBuilder json = new StringBuilder("{\"id\":\"p-1\",\"name\":\"Jan\",\"residence\":\"NL\"");
    for (int i = 0; i < 200_000; i++) {
      json.append(",\"x").append(i).append("\":1");
    }
    json.append('}');

    InvalidInputException e =
        catchThrowableOfType(
            () -> VALIDATOR.read(stream(json.toString()), Participant.class),
            InvalidInputException.class);

    assertThat(e.violations()).hasSize(InvalidInputException.MAX_VIOLATIONS);
    assertThat(e.violations()).allMatch(v -> v.code() == ViolationCode.UNKNOWN_FIELD);
    assertThat(e.getMessage()).hasSizeLessThan(10_000).endsWith("(more violations not shown)");
  }

  @Test
  void read_38MegabyteDocument_isTooLong() {
    // two million accounts: an OutOfMemoryError in a small heap before the size cap
    StringBuilder json =
        new StringBuilder("{\"id\":\"p-1\",\"name\":\"Jan\",\"residence\":\"NL\",\"accounts\":{");
    for (int i = 0; json.length() < 38_000_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":{}");
    }
    json.append("}}");

    InvalidInputException e =
        catchThrowableOfType(
            () -> VALIDATOR.read(stream(json.toString()), Participant.class),
            InvalidInputException.class);

    assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.TOO_LONG);
    assertThat(e.getMessage()).contains(String.valueOf(InzageJson.MAX_DOCUMENT_LENGTH));
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
