package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.lifecycle.RequestEvent;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.validation.ModelValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The proof of posting by registered mail, and the submission event it records. */
class RegisteredMailTest {
  private static final LocalDate POSTED = LocalDate.of(2026, 11, 27);

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(null, "RR123456785NL", POSTED, "carrier", ViolationCode.REQUIRED),
        Arguments.of(" ", "RR123456785NL", POSTED, "carrier", ViolationCode.REQUIRED),
        Arguments.of(
            "PostNL\n", "RR123456785NL", POSTED, "carrier", ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "Post\u0000NL", "RR123456785NL", POSTED, "carrier", ViolationCode.CONTROL_CHARACTERS),
        Arguments.of("P".repeat(101), "RR123456785NL", POSTED, "carrier", ViolationCode.TOO_LONG),
        Arguments.of("PostNL", null, POSTED, "trackingNumber", ViolationCode.REQUIRED),
        Arguments.of(
            "PostNL",
            "RR12345\r6785NL",
            POSTED,
            "trackingNumber",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of(
            "PostNL",
            "RR123\u202e456785NL",
            POSTED,
            "trackingNumber",
            ViolationCode.CONTROL_CHARACTERS),
        Arguments.of("PostNL", "R".repeat(65), POSTED, "trackingNumber", ViolationCode.TOO_LONG),
        Arguments.of("PostNL", "RR123456785NL", null, "postedOn", ViolationCode.REQUIRED));
  }

  @ParameterizedTest(name = "{3} {4}")
  @MethodSource("refused")
  void constructor_badPart_isRefusedNamingIt(
      String carrier, String tracking, LocalDate posted, String field, ViolationCode code) {
    Refusals.refusedAt(() -> new RegisteredMail(carrier, tracking, posted), field, code);
  }

  static Stream<Arguments> days() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 11, 26), true),
        Arguments.of(LocalDate.of(2026, 11, 27), true),
        Arguments.of(LocalDate.of(2026, 11, 28), false));
  }

  @ParameterizedTest(name = "{0} accepted: {1}")
  @MethodSource("days")
  void requirePostedBy_dayAfterTodayOnTheClock_isRefused(LocalDate posted, boolean accepted) {
    // 23:30 UTC on the 26th is already the 27th in Amsterdam
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T23:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    RegisteredMail mail = new RegisteredMail("PostNL", "RR123456785NL", posted);

    if (accepted) {
      assertThat(mail.requirePostedBy(clock)).isSameAs(mail);
      assertThat(ModelValidator.create(clock).validate(mail)).isEmpty();
    } else {
      Refusals.refusedAt(() -> mail.requirePostedBy(clock), "postedOn", ViolationCode.FUTURE_DATE);
      assertThat(ModelValidator.create(clock).validate(mail))
          .extracting(Violation::field, Violation::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("postedOn", ViolationCode.FUTURE_DATE));
    }
  }

  @Test
  void submitted_recordsThePostChannelWithTheProof() {
    RegisteredMail mail = new RegisteredMail(" PostNL ", " RR123456785NL ", POSTED);
    Instant at = Instant.parse("2026-11-27T10:15:00Z");

    RequestEvent.Submitted event = mail.submitted(at);

    assertThat(mail.proof()).isEqualTo("registered mail PostNL RR123456785NL posted 2026-11-27");
    assertThat(event).isEqualTo(new RequestEvent.Submitted(at, ChannelType.POST, mail.proof()));
    assertThat(ModelValidator.withoutClock().validate(event)).isEmpty();
  }

  @Test
  void proof_longestParts_fitsTheEvent() {
    RegisteredMail mail =
        new RegisteredMail(
            "C".repeat(RegisteredMail.MAX_CARRIER_LENGTH),
            "T".repeat(RegisteredMail.MAX_TRACKING_NUMBER_LENGTH),
            POSTED);

    assertThat(mail.proof()).hasSizeLessThanOrEqualTo(500);
    assertThat(ModelValidator.withoutClock().validate(mail.submitted(Instant.EPOCH))).isEmpty();
  }
}
